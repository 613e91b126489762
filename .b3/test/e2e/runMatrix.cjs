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
const n8nReleases_cjs_1 = require('../../dev/n8nReleases.cjs');
const n8nRuntime_cjs_1 = require('../../dev/n8nRuntime.cjs');
const say = (line) => process.stdout.write(`[e2e matrix] ${line}\n`);
function runSuite(version, jestArgs) {
	const jest = path.join(process.cwd(), 'node_modules', 'jest', 'bin', 'jest.js');
	const result = childProcess.spawnSync(
		process.execPath,
		[jest, '-c', 'jest.e2e.config.js', ...jestArgs],
		{ stdio: 'inherit', env: { ...process.env, TELECRM_N8N: version } },
	);
	return result.status === 0;
}
function main() {
	const outcomes = [];
	for (const release of (0, n8nReleases_cjs_1.matrixReleases)()) {
		const name = `n8n ${release.version} (${release.line})`;
		say(`== ${name}`);
		let passed = false;
		try {
			(0, n8nRuntime_cjs_1.ensureRuntime)((line) => say(line), release);
			passed = runSuite(release.version, process.argv.slice(2));
		} catch (error) {
			const message =
				error instanceof n8nRuntime_cjs_1.RuntimeInstallError
					? error.message
					: `n8n runtime: ${String(error)}`;
			process.stderr.write(`${message}\n`);
		}
		outcomes.push(`${name}: ${passed ? 'passed' : 'FAILED'}`);
	}
	for (const line of outcomes) say(line);
	process.exitCode = outcomes.every((line) => line.endsWith('passed')) ? 0 : 1;
}
main();
//# sourceMappingURL=runMatrix.cjs.map
