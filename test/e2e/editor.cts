/**
 * Drives the TeleCRM node in the real n8n editor as a person does: add the node from the
 * panel, pick dropdowns and list entries, type into fields and mapper columns, execute the
 * step, read the output panel.
 */
import * as path from 'node:path';
import type { Locator, Page } from 'playwright-core';

const OPTION = '.el-select-dropdown__item:visible, [role="option"]:visible';

export interface StepOutput {
	/** "1 item", "50 items"… as the output panel shows it; undefined after an error. */
	count?: string;
	/** The output panel's text (table view), or the error shown there. */
	text: string;
	ok: boolean;
}

export class NodeEditor {
	constructor(
		private readonly page: Page,
		private readonly baseUrl: string,
		private readonly artifacts: string,
	) {}

	/** A new workflow, the TeleCRM node added through the nodes panel and its action chosen. */
	async add(action: string): Promise<void> {
		await this.page.goto(`${this.baseUrl}/workflow/new`);
		await this.page.click('[data-test-id="node-creator-plus-button"]');
		await this.page.keyboard.type('TeleCRM');
		await this.page.click('[data-test-id="node-creator-item-name"]:has-text("TeleCRM")');
		// The panel lists the package's triggers first; its actions may sit in a folded section.
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

	/**
	 * Picks the credential with this ID in the first credential dropdown (with two credential
	 * types on a node, n8n fills in only one by itself), then presses the mapper's Retry, as a
	 * person does when the fields could not load without it.
	 */
	async chooseCredential(id: string): Promise<void> {
		await this.page.getByPlaceholder('Select Credential').first().click();
		await this.page.locator(`[data-test-id="node-credentials-select-item-${id}"]:visible`).click();
		const retry = this.page.getByText('Retry', { exact: true }).first();
		if (await retry.isVisible().catch(() => false)) await retry.click();
	}

	private input(name: string) {
		return this.page.locator(`[data-test-id="parameter-input-${name}"]`).first();
	}

	/**
	 * Opens a dropdown parameter (or mapper column) and clicks the option with that text. Its
	 * options load from TeleCRM: a person waits for them, types to filter a long list, and
	 * opens the dropdown again if it still shows nothing.
	 */
	async choose(name: string, option: string): Promise<void> {
		const item = this.page.locator(OPTION).filter({ hasText: option }).first();
		const shown = async (ms: number) =>
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

	/** Types into a text parameter or mapper column. */
	async type(name: string, value: string): Promise<void> {
		const field = this.input(name).locator('input, textarea').first();
		await field.click();
		await field.fill(value);
		await this.page.keyboard.press('Tab');
	}

	async toggle(name: string): Promise<void> {
		await this.input(name).locator('.el-switch, [role="switch"]').first().click();
	}

	/** A resource locator in its "From list" mode: optionally search, then click the row. */
	async pickFromList(name: string, search?: string): Promise<string> {
		await this.input(name).locator('[data-test-id="rlc-input"]').click();
		const rows = this.page.locator('[data-test-id="rlc-item"]');
		const row = search === undefined ? rows.first() : await this.searchList(search, rows);
		const label = (await row.textContent())?.trim() ?? '';
		await row.click();
		return label;
	}

	/**
	 * Types into the list's search box and returns the first row showing what was typed. n8n
	 * 1.x's box drops keys typed the moment it appears: a person sees no match and types again.
	 */
	private async searchList(search: string, rows: Locator): Promise<Locator> {
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

	/** Clicks "Execute step" and waits for the output panel to show items or an error. */
	async execute(): Promise<StepOutput> {
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
		// The table renders a moment after the item count.
		const rendered = panel.locator('[data-test-id="ndv-data-container"] td').first();
		if (ok) await rendered.waitFor({ timeout: 10_000 }).catch(() => undefined);
		return {
			ok,
			count: ok ? (await count.first().textContent())?.trim() : undefined,
			text: (await panel.textContent()) ?? '',
		};
	}

	async screenshot(name: string): Promise<void> {
		await this.page.screenshot({ path: path.join(this.artifacts, `${name}.png`) });
	}
}
