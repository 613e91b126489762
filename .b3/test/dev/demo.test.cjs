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
const childProcess = __importStar(require('node:child_process'));
const path = __importStar(require('node:path'));
it('npm run demo: creates, updates, refuses, and reports', async () => {
	const child = childProcess.spawn(process.execPath, [
		path.join(process.cwd(), '.build', 'dev', 'demo.cjs'),
	]);
	let out = '';
	child.stdout.on('data', (chunk) => (out += chunk.toString()));
	const code = await new Promise((resolve) => child.once('close', resolve));
	expect(code).toBe(0);
	const created = /Jane Doe: lead ([0-9a-f]{24}) created; action 1003 CREATED/.exec(out);
	expect(created).not.toBeNull();
	expect(out).toContain(`Jane D.: lead ${created[1]} updated; action 1003 CREATED`);
	expect(out).toMatch(/Omar Haddad: lead [0-9a-f]{24} created/);
	expect(out).toContain(
		'Typo Tom: refused: Item 3: Field "email" has a value TeleCRM would not accept: "tom@example"',
	);
	expect(out).toMatch(/\d+ leads in 1 search request\(s\)/);
	expect(out).toContain('per assignee:');
});
//# sourceMappingURL=demo.test.cjs.map
