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
var __importDefault =
	(this && this.__importDefault) ||
	function (mod) {
		return mod && mod.__esModule ? mod : { default: mod };
	};
Object.defineProperty(exports, '__esModule', { value: true });
exports.startSandbox = startSandbox;
exports.sandboxCounts = sandboxCounts;
exports.measure = measure;
exports.medianOf = medianOf;
const axios_1 = __importDefault(require('axios'));
const childProcess = __importStar(require('node:child_process'));
const path = __importStar(require('node:path'));
const build = path.join(process.cwd(), '.build');
function startSandbox(leads, latency) {
	const child = childProcess.spawn(process.execPath, [
		path.join(build, 'sandbox', 'cli.cjs'),
		...['--port', '0', '--seed', String(leads), '--latency', String(latency), '--json'],
	]);
	return new Promise((resolve, reject) => {
		let out = '';
		child.stdout.on('data', (chunk) => {
			out += chunk.toString();
			if (out.includes('\n')) resolve({ child, info: JSON.parse(out.split('\n')[0]) });
		});
		child.once('exit', (code) => reject(new Error(`sandbox exited with ${code}`)));
	});
}
async function sandboxCounts(info) {
	const res = await axios_1.default.get(
		`${new URL(info.baseUrl).origin}/__sandbox/stats?resetMax=1`,
		{
			headers: { Connection: 'close' },
		},
	);
	return res.data;
}
let runNo = 0;
function measure(info, variant, items, inFlight = 1) {
	const prefix = `9${500 + runNo++}`;
	const args = JSON.stringify({ ...info, variant, items, inFlight, prefix });
	const run = childProcess.spawnSync(
		process.execPath,
		[path.join(build, 'bench', 'scenario.cjs'), args],
		{ encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
	);
	if (run.status !== 0) throw new Error(`${variant} failed: ${run.stderr}`);
	return JSON.parse(run.stdout.trim().split('\n').pop());
}
function medianOf(times, take) {
	const runs = Array.from({ length: times }, take).sort((a, b) => a.wallMs - b.wallMs);
	return runs[Math.floor(runs.length / 2)];
}
//# sourceMappingURL=measure.cjs.map
