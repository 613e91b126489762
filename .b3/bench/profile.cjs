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
exports.compareTable = compareTable;
exports.summarise = summarise;
const measure_cjs_1 = require('./measure.cjs');
const report_cjs_1 = require('./report.cjs');
const fs = __importStar(require('node:fs'));
const path = __importStar(require('node:path'));
const OWNERS = [
	['waiting (idle)', /^\(idle\)$/],
	['this package', /\/(nodes|credentials)\/(TeleCrm|TeleCrmTrigger|TeleCrmSyncApi)/],
	[
		'bench and profiler',
		/\/(bench|test)\/|^node:inspector|^memoryUsage$|node:internal\/process\/per_thread/,
	],
	[
		"n8n's expression engine",
		/n8n-workflow\/dist\/cjs\/(expression|workflow-data-proxy|workflow-expression)|luxon|@n8n\/tournament|expression-runtime/,
	],
	["n8n's request helper", /@n8n\/backend-network|proxy-from-env/],
	['axios (under the helper, or the loop)', /\/axios\/|follow-redirects|form-data/],
	[
		'Node.js HTTP and sockets',
		/^node:(_http|http|net|url|dns|internal\/(streams|stream_base|url))|^(connect|writev|close|parse|getaddrinfo)$/,
	],
	["n8n's execution engine", /n8n-core|n8n-workflow|@n8n\//],
	['garbage collection', /^\(garbage collector\)$/],
	['Node.js runtime (events, timers, promises)', /^node:|^\((program|root)\)$|^runMicrotasks$/],
];
function ownerOf(frame) {
	const key = frame.url || frame.functionName;
	return OWNERS.find(([, pattern]) => pattern.test(key))?.[0] ?? 'other';
}
function selfTimes(profile) {
	const times = new Map();
	profile.samples.forEach((id, i) =>
		times.set(id, (times.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000),
	);
	return times;
}
function split(profile) {
	const byId = new Map(profile.nodes.map((n) => [n.id, n]));
	const out = { total: 0, owners: new Map(), functions: new Map() };
	const add = (map, key, ms) => map.set(key, (map.get(key) ?? 0) + ms);
	for (const [id, ms] of selfTimes(profile)) {
		const frame = byId.get(id).callFrame;
		const where = frame.url
			? `${frame.url.split(/node_modules\/|\.build\//).pop()}:${frame.lineNumber}`
			: '';
		out.total += ms;
		add(out.owners, ownerOf(frame), ms);
		add(out.functions, `${frame.functionName || '(anonymous)'} ${where}`.trim(), ms);
	}
	return out;
}
function compareTable(columns) {
	const splits = columns.map(([, profile]) => split(profile));
	const owners = [...OWNERS.map(([owner]) => owner), 'other'];
	const cells = (owner) => splits.map((s) => (s.owners.get(owner) ?? 0).toFixed(0));
	return (0, report_cjs_1.markdownTable)(
		['Owner', ...columns.map(([name]) => name)],
		[
			...owners.map((owner) => [owner, ...cells(owner)]),
			['profiled in all', ...splits.map((s) => s.total.toFixed(0))],
		],
	);
}
function summarise(profile, top = 12) {
	const { total, owners, functions } = split(profile);
	const lines = (map, n) =>
		[...map]
			.sort((a, b) => b[1] - a[1])
			.slice(0, n)
			.map(
				([k, ms]) =>
					`  ${((ms / total) * 100).toFixed(1).padStart(5)} %  ${ms.toFixed(0).padStart(6)} ms  ${k}`,
			);
	return [
		`profiled ${total.toFixed(0)} ms`,
		'by owner:',
		...lines(owners, OWNERS.length + 1),
		'top functions (self time):',
		...lines(functions, top),
	].join('\n');
}
function option(name, fallback) {
	const i = process.argv.indexOf(`--${name}`);
	return i > 0 ? process.argv[i + 1] : fallback;
}
async function main() {
	const compare = process.argv.indexOf('--compare');
	if (compare > 0) {
		const columns = process.argv.slice(compare + 1).map((arg) => {
			const [name, file] = arg.split('=');
			return [name, JSON.parse(fs.readFileSync(file, 'utf8'))];
		});
		process.stdout.write(compareTable(columns) + '\n');
		return;
	}
	const saved = process.argv.indexOf('--summarise');
	if (saved > 0) {
		process.stdout.write(
			summarise(JSON.parse(fs.readFileSync(process.argv[saved + 1], 'utf8'))) + '\n',
		);
		return;
	}
	const out = path.resolve(option('out', path.join('bench', 'profile.cpuprofile')));
	const { child, info } = await (0, measure_cjs_1.startSandbox)(
		2000,
		Number(option('latency', '20')),
	);
	try {
		process.env.BENCH_CPU_PROFILE = out;
		const variant = option('variant', 'node-create');
		const m = (0, measure_cjs_1.measure)(
			info,
			variant,
			Number(option('items', '1000')),
			Number(option('in-flight', '8')),
		);
		process.stdout.write(
			`${variant}: ${m.wallMs} ms wall, ${m.requests} requests; profile in ${path.relative(process.cwd(), out)}\n`,
		);
		process.stdout.write(summarise(JSON.parse(fs.readFileSync(out, 'utf8'))) + '\n');
	} finally {
		child.kill('SIGTERM');
	}
}
main().catch((error) => {
	process.stderr.write(`bench:profile failed: ${error.message}\n`);
	process.exit(1);
});
//# sourceMappingURL=profile.cjs.map
