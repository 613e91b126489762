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
const n8nReleases_cjs_1 = require('../dev/n8nReleases.cjs');
const baseline_cjs_1 = require('./baseline.cjs');
const n8nCompare_cjs_1 = require('./n8nCompare.cjs');
const measure_cjs_1 = require('./measure.cjs');
const report_cjs_1 = require('./report.cjs');
const fs = __importStar(require('node:fs'));
const os = __importStar(require('node:os'));
const path = __importStar(require('node:path'));
function option(name, fallback) {
	const i = process.argv.indexOf(`--${name}`);
	return i > 0 ? Number(process.argv[i + 1]) : fallback;
}
const settings = {
	latencyMs: option('latency', 20),
	items: option('items', 1000),
	leads: option('leads', 20000),
	repeat: option('repeat', 3),
};
const outIndex = process.argv.indexOf('--out');
const outFile =
	outIndex > 0 ? process.argv[outIndex + 1] : path.join(process.cwd(), 'bench', 'results.json');
const CREATE_VARIANTS = ['axios-create', 'axios-create-fresh', 'helper-create', 'node-create'];
function creates(run, inFlight) {
	const runs = {};
	const times = inFlight === 1 ? 1 : settings.repeat;
	for (const variant of CREATE_VARIANTS)
		runs[variant] = (0, measure_cjs_1.medianOf)(times, () =>
			run(variant, settings.items, inFlight),
		);
	return runs;
}
function updateReadme({ date, machine: m, settings: s, raw, table }) {
	const file = path.join(process.cwd(), 'docs', 'performance.md');
	const [start, end] = ['<!-- bench:start -->', '<!-- bench:end -->'];
	const n8n = raw.n8n
		? `real n8n ${(0, n8nReleases_cjs_1.selectedRelease)().version}`
		: 'without the real n8n';
	const run = `Latest run (${date.slice(0, 10)}, Node ${m.node}, ${m.cpus} cores (${m.cpuModel}), ${m.memoryGb} GB, ${s.latencyMs} ms latency, ${s.items} items, ${s.leads} leads; ${n8n}):`;
	const block = `${start}\n\n${run}\n\n\`\`\`\n${table}\n\`\`\`\n\n${end}`;
	const text = fs.readFileSync(file, 'utf8');
	if (!text.includes(start)) throw new Error(`docs/performance.md has no ${start} marker`);
	fs.writeFileSync(
		file,
		text.replace(new RegExp(`${start}[\\s\\S]*?${end}`), () => block),
	);
}
async function main() {
	const { child, info } = await (0, measure_cjs_1.startSandbox)(settings.leads, settings.latencyMs);
	const { items } = settings;
	const actionLeads = Math.max(1, Math.round(items / 10));
	const log = (line) => process.stdout.write(`bench: ${line}\n`);
	const run = (variant, count, inFlight = 1) => {
		log(`${variant}, ${count} items, ${inFlight} in flight`);
		return (0, measure_cjs_1.measure)(info, variant, count, inFlight);
	};
	const baseline = (0, baseline_cjs_1.ensureBaselineNode)();
	if (baseline.reason) log(`no baseline node: ${baseline.reason}`);
	const beforeAfter = (scenario, count, inFlight) => ({
		node: run(`node-${scenario}`, count, inFlight),
		baseline: baseline.file ? run(`baseline-${scenario}`, count, inFlight) : undefined,
	});
	const formItems = Math.max(10, Math.round(items / 5));
	try {
		log(`sandbox with ${settings.leads} leads, ${settings.latencyMs} ms latency`);
		const raw = {
			axiosSearch: run('axios-search', 1),
			nodeSearch: run('node-search', 1),
			nodeSearchRawDates: run('node-search-raw-dates', 1),
			create: { 1: creates(run, 1), 8: creates(run, 8), 32: creates(run, 32) },
			expressions8: (0, measure_cjs_1.medianOf)(settings.repeat, () =>
				run('node-create-expressions', items, 8),
			),
			convertSmall: run('node-convert', Math.max(1, Math.round(items / 10))),
			convertLarge: run('node-convert', items),
			upsert: {
				new: beforeAfter('upsert-new', items, 8),
				existing: beforeAfter('upsert-existing', items, 8),
				half: beforeAfter('upsert-half', items, 8),
			},
			formExecutions: beforeAfter('form-executions', formItems, 1),
			timelineByIdentifier: beforeAfter('timeline-by-identifier', items, 8),
			triggerIdle: run('trigger-idle', 0),
			triggerNewLeads: run('trigger-new-leads', items, 8),
			triggerNewActions: run('trigger-new-actions', actionLeads, 8),
		};
		if ((0, n8nCompare_cjs_1.n8nInstalled)() && !process.argv.includes('--no-n8n')) {
			log("real n8n found; comparing with n8n's HTTP Request node");
			raw.n8n = await (0, n8nCompare_cjs_1.compareWithHttpRequestNode)(info, items, () =>
				(0, measure_cjs_1.sandboxCounts)(info),
			);
		}
		const figures = (0, report_cjs_1.figuresOf)(raw, settings.items);
		const table = (0, report_cjs_1.tableOf)(raw, figures, settings.items);
		process.stdout.write(table + '\n');
		const machine = {
			node: process.version,
			cpus: os.cpus().length,
			cpuModel: os.cpus()[0]?.model ?? 'unknown',
			memoryGb: Math.round(os.totalmem() / 1073741824),
		};
		const results = { date: new Date().toISOString(), machine, settings, figures, raw, table };
		fs.mkdirSync(path.dirname(outFile), { recursive: true });
		fs.writeFileSync(outFile, JSON.stringify(results, null, 2) + '\n');
		log(`written to ${path.relative(process.cwd(), outFile)}`);
		if (process.argv.includes('--docs')) {
			updateReadme(results);
			log('docs/performance.md table updated');
		}
	} finally {
		child.kill('SIGTERM');
	}
}
main().catch((error) => {
	process.stderr.write(`bench failed: ${error.message}\n`);
	process.exit(1);
});
//# sourceMappingURL=run.cjs.map
