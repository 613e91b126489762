'use strict';
var __createBinding =
	(this && this.__createBinding) ||
	(Object.create
		? function (o, m, k, k2) {
				if (k2 === undefined) k2 = k;
				var desc = Object.getOwnPropertyDescriptor(m, k);
				if (!desc || ('get' in desc ? !m.__esModule : desc.writable || desc.configurable)) {
					desc = {
						enumerable: true,
						get: function () {
							return m[k];
						},
					};
				}
				Object.defineProperty(o, k2, desc);
			}
		: function (o, m, k, k2) {
				if (k2 === undefined) k2 = k;
				o[k2] = m[k];
			});
var __setModuleDefault =
	(this && this.__setModuleDefault) ||
	(Object.create
		? function (o, v) {
				Object.defineProperty(o, 'default', { enumerable: true, value: v });
			}
		: function (o, v) {
				o['default'] = v;
			});
var __importStar =
	(this && this.__importStar) ||
	(function () {
		var ownKeys = function (o) {
			ownKeys =
				Object.getOwnPropertyNames ||
				function (o) {
					var ar = [];
					for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
					return ar;
				};
			return ownKeys(o);
		};
		return function (mod) {
			if (mod && mod.__esModule) return mod;
			var result = {};
			if (mod != null)
				for (var k = ownKeys(mod), i = 0; i < k.length; i++)
					if (k[i] !== 'default') __createBinding(result, mod, k[i]);
			__setModuleDefault(result, mod);
			return result;
		};
	})();
Object.defineProperty(exports, '__esModule', { value: true });
exports.NodeEditor = void 0;
const path = __importStar(require('node:path'));
const OPTION = '.el-select-dropdown__item:visible, [role="option"]:visible';
class NodeEditor {
	page;
	baseUrl;
	artifacts;
	constructor(page, baseUrl, artifacts) {
		this.page = page;
		this.baseUrl = baseUrl;
		this.artifacts = artifacts;
	}
	async add(action) {
		await this.page.goto(`${this.baseUrl}/workflow/new`);
		await this.page.click('[data-test-id="node-creator-plus-button"]');
		await this.page.keyboard.type('TeleCRM');
		await this.page.click('[data-test-id="node-creator-item-name"]:has-text("TeleCRM")');
		const choice = this.page.getByText(action, { exact: true });
		await this.page.waitForTimeout(500);
		if (!(await choice.isVisible()))
			await this.page
				.getByText(/^Actions \(\d+\)$/)
				.first()
				.click();
		await choice.click();
		await this.page.waitForSelector('[data-test-id="node-parameters"]');
	}
	input(name) {
		return this.page.locator(`[data-test-id="parameter-input-${name}"]`).first();
	}
	async choose(name, option) {
		const item = this.page.locator(OPTION).filter({ hasText: option }).first();
		const shown = async (ms) =>
			await item
				.waitFor({ state: 'visible', timeout: ms })
				.then(() => true)
				.catch(() => false);
		for (let attempt = 0; attempt < 3; attempt++) {
			await this.input(name).click();
			if (await shown(5000)) return await item.click();
			await this.page.keyboard.type(option);
			if (await shown(5000)) return await item.click();
			await this.page.keyboard.press('Escape');
		}
		throw new Error(`the dropdown "${name}" never showed "${option}"`);
	}
	async type(name, value) {
		const field = this.input(name).locator('input, textarea').first();
		await field.click();
		await field.fill(value);
		await this.page.keyboard.press('Tab');
	}
	async toggle(name) {
		await this.input(name).locator('.el-switch, [role="switch"]').first().click();
	}
	async pickFromList(name, search) {
		await this.input(name).locator('[data-test-id="rlc-input"]').click();
		const rows = this.page.locator('[data-test-id="rlc-item"]');
		const row = search === undefined ? rows.first() : await this.searchList(search, rows);
		const label = (await row.textContent())?.trim() ?? '';
		await row.click();
		return label;
	}
	async searchList(search, rows) {
		const box = this.page
			.locator('input[data-test-id="rlc-search"], [data-test-id="rlc-search"] input')
			.first();
		await box.waitFor();
		const match = rows.filter({ hasText: search }).first();
		for (let attempt = 0; attempt < 3; attempt++) {
			await box.fill('');
			await box.pressSequentially(search, { delay: 30 });
			const shown = await match
				.waitFor({ state: 'visible', timeout: 5000 })
				.then(() => true)
				.catch(() => false);
			if (shown) return match;
		}
		throw new Error(`the list never showed a row containing "${search}"`);
	}
	async execute() {
		await this.page.click('[data-test-id="node-execute-button"]');
		const panel = this.page.locator('[data-test-id="output-panel"]');
		const count = panel.locator('[data-test-id="ndv-items-count"]');
		const error = panel.locator(
			'[data-test-id="node-error-message"], .node-error-view, [class*="error"]',
		);
		await Promise.race([
			count.first().waitFor({ timeout: 60_000 }),
			error.first().waitFor({ timeout: 60_000 }),
		]);
		const ok = (await count.count()) > 0;
		const rendered = panel.locator('[data-test-id="ndv-data-container"] td').first();
		if (ok) await rendered.waitFor({ timeout: 10_000 }).catch(() => undefined);
		return {
			ok,
			count: ok ? (await count.first().textContent())?.trim() : undefined,
			text: (await panel.textContent()) ?? '',
		};
	}
	async screenshot(name) {
		await this.page.screenshot({ path: path.join(this.artifacts, `${name}.png`) });
	}
}
exports.NodeEditor = NodeEditor;
//# sourceMappingURL=editor.cjs.map
