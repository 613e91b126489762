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
exports.BASELINE_NODE = exports.BASELINE_REV = void 0;
exports.ensureBaselineNode = ensureBaselineNode;
const childProcess = __importStar(require('node:child_process'));
const fs = __importStar(require('node:fs'));
const os = __importStar(require('node:os'));
const path = __importStar(require('node:path'));
exports.BASELINE_REV = 'a23d37f';
const dir = path.join(os.tmpdir(), `n8n-nodes-telecrm-bench-${exports.BASELINE_REV}`);
exports.BASELINE_NODE = path.join(dir, 'dist', 'nodes', 'TeleCrm', 'TeleCrm.node.js');
function ensureBaselineNode() {
	if (fs.existsSync(exports.BASELINE_NODE)) return { file: exports.BASELINE_NODE };
	const git = childProcess.spawnSync(
		'git',
		['archive', '--format=tar', exports.BASELINE_REV, 'nodes', 'credentials', 'package.json'],
		{ maxBuffer: 64 * 1024 * 1024 },
	);
	if (git.status !== 0)
		return { reason: `git has no ${exports.BASELINE_REV} here (shallow clone?): ${git.stderr}` };
	fs.rmSync(dir, { recursive: true, force: true });
	fs.mkdirSync(dir, { recursive: true });
	childProcess.execFileSync('tar', ['-x', '-C', dir], { input: git.stdout });
	fs.symlinkSync(path.join(process.cwd(), 'node_modules'), path.join(dir, 'node_modules'));
	const tsconfig = {
		extends: path.join(process.cwd(), 'tsconfig.json'),
		compilerOptions: { rootDir: '.', outDir: 'dist', declaration: false, sourceMap: false },
		include: ['credentials/**/*', 'nodes/**/*', 'package.json'],
	};
	fs.writeFileSync(path.join(dir, 'tsconfig.json'), JSON.stringify(tsconfig));
	const tsc = path.join(process.cwd(), 'node_modules', 'typescript', 'bin', 'tsc');
	const built = childProcess.spawnSync(process.execPath, [tsc, '-p', dir], { encoding: 'utf8' });
	if (built.status !== 0) return { reason: `the baseline did not compile: ${built.stdout}` };
	return { file: exports.BASELINE_NODE };
}
//# sourceMappingURL=baseline.cjs.map
