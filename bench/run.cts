/**
 * npm run bench -- [--latency 20] [--items 1000] [--leads 20000] [--repeat 3] [--no-n8n]
 *                  [--out bench/results.json] [--docs] [--only cpu]
 * With --docs, the table in docs/performance.md (between its bench markers) becomes this run's.
 * With --only cpu, only the CPU figure against the floor is measured: its rows on stdout, its
 * figures in --out when given (bench/results.json is left alone).
 * Every figure is a ratio against a baseline measured in the same run, on the same sandbox.
 */
import { selectedRelease } from '../dev/n8nReleases.cjs';
import { ensureBaselineNode } from './baseline.cjs';
import type { CpuRun } from './cpuRatio.cjs';
import { CPU_SETTLE_RULE, pairedCpuFigure } from './cpuRatio.cjs';
import { compareWithHttpRequestNode, n8nInstalled } from './n8nCompare.cjs';
import type { Measure } from './measure.cjs';
import type { SandboxInfo } from './n8nCompare.cjs';
import { measure, measureBeside, medianOf, sandboxCounts, startSandbox } from './measure.cjs';
import type { CpuFigures, Raw } from './report.cjs';
import { cpuTable, figuresOf, tableOf } from './report.cjs';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

function option(name: string, fallback: number): number {
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
const only = process.argv.indexOf('--only');
const onlyCpu = only > 0 && process.argv[only + 1] === 'cpu';
const outFile =
	outIndex > 0 ? process.argv[outIndex + 1] : path.join(process.cwd(), 'bench', 'results.json');

const CREATE_VARIANTS = [
	'axios-create',
	'axios-create-fresh',
	'helper-create',
	'auth-create',
	'node-create',
];
type CreateRuns = Record<string, Measure>;

/** Every create variant at one number in flight; the short runs take the median of several. */
function creates(run: (v: string, n: number, f: number) => Measure, inFlight: number) {
	const runs: CreateRuns = {};
	const times = inFlight === 1 ? 1 : settings.repeat;
	for (const variant of CREATE_VARIANTS)
		runs[variant] = medianOf(times, () => run(variant, settings.items, inFlight));
	return runs;
}

/** A fifth of the items, at least 10: for the scenarios one item at a time would make long. */
const aFifth = (items: number) => Math.max(10, Math.round(items / 5));

/** A run's CPU figures alone, as the results file keeps them. */
const cpuOf = ({ cpuUs, cpuSystemUs, cpuUsPerItem, wallMs }: Measure): CpuRun => ({
	cpuUs,
	cpuSystemUs,
	cpuUsPerItem,
	wallMs,
});

/**
 * One repeat of the CPU figure: the warmed node and the warmed floor side by side, each in
 * its own process, so the machine's other work falls on both alike (one after the other,
 * their ratio moved by 0.1 to 0.3 from pair to pair on two shared cores).
 */
const cpuPair =
	(info: SandboxInfo, items: number, inFlight: number, [subject, floorVariant]: Pair) =>
	async (nodeFirst: boolean): Promise<{ node: CpuRun; floor: CpuRun }> => {
		log(`cpu: ${subject} and ${floorVariant} side by side, ${items} items, ${inFlight} in flight`);
		const run = (variant: string) => measureBeside(info, variant, items, inFlight);
		const [node, floor] = nodeFirst
			? await Promise.all([run(subject), run(floorVariant)])
			: (await Promise.all([run(floorVariant), run(subject)])).reverse();
		return { node: cpuOf(node), floor: cpuOf(floor) };
	};

/** What is measured against what: scenario variants (bench/scenario.cts). */
type Pair = [subject: string, floor: string];
const NODE_VS_FLOOR: Pair = ['node-create-warm', 'auth-create-warm'];

/**
 * The node's CPU per item against the credentialed floor's, both warmed, in pairs repeated
 * until their ratios agree, at most 3 × --repeat times (bench/cpuRatio.cts). At 32 in flight
 * the ratio is also split in two: the node against the bounded floor (the same minimal node,
 * its answers read within a bound as the node's are), and the bounded floor against the floor.
 * One in flight waits out the latency for every item: a fifth of the items keeps runs short.
 */
async function cpuFigures(info: SandboxInfo): Promise<CpuFigures> {
	const rule = { ...CPU_SETTLE_RULE, maxRepeats: 3 * settings.repeat };
	const series = async (inFlight: 1 | 8 | 32, pair = NODE_VS_FLOOR) => {
		const items = inFlight === 1 ? aFifth(settings.items) : settings.items;
		const runPair = cpuPair(info, items, inFlight, pair);
		const figure = await pairedCpuFigure({ items, inFlight }, runPair, rule);
		const { ratio, spread, repeats } = figure;
		log(`cpu, ${inFlight} in flight, ${pair.join(' / ')}: ${ratio} (spread ${spread}, ${repeats})`);
		return figure;
	};
	const bounded = 'auth-create-bounded-warm';
	return {
		1: await series(1),
		8: await series(8),
		32: await series(32),
		bounded32: await series(32, [NODE_VS_FLOOR[0], bounded]),
		boundCost32: await series(32, [bounded, NODE_VS_FLOOR[1]]),
	};
}

interface Results {
	date: string;
	machine: { node: string; cpus: number; cpuModel: string; memoryGb: number };
	settings: typeof settings;
	raw: Raw;
	table: string;
}

function updateReadme({ date, machine: m, settings: s, raw, table }: Results): void {
	const file = path.join(process.cwd(), 'docs', 'performance.md');
	const [start, end] = ['<!-- bench:start -->', '<!-- bench:end -->'];
	const n8n = raw.n8n ? `real n8n ${selectedRelease().version}` : 'without the real n8n';
	const run = `Latest run (${date.slice(0, 10)}, Node ${m.node}, ${m.cpus} cores (${m.cpuModel}), ${m.memoryGb} GB, ${s.latencyMs} ms latency, ${s.items} items, ${s.leads} leads; ${n8n}):`;
	const block = `${start}\n\n${run}\n\n\`\`\`\n${table}\n\`\`\`\n\n${end}`;
	const text = fs.readFileSync(file, 'utf8');
	if (!text.includes(start)) throw new Error(`docs/performance.md has no ${start} marker`);
	fs.writeFileSync(
		file,
		text.replace(new RegExp(`${start}[\\s\\S]*?${end}`), () => block),
	);
}

const log = (line: string) => process.stdout.write(`bench: ${line}\n`);

async function main() {
	if (only > 0 && !onlyCpu) throw new Error(`--only takes "cpu", not "${process.argv[only + 1]}"`);
	const { child, info } = await startSandbox(settings.leads, settings.latencyMs);
	// This node, and the node before batched lookups when git has it (bench/baseline.cts).
	const baseline: { file?: string; reason?: string } = onlyCpu ? {} : ensureBaselineNode();
	if (baseline.reason) log(`no baseline node: ${baseline.reason}`);
	try {
		log(`sandbox with ${settings.leads} leads, ${settings.latencyMs} ms latency`);
		if (onlyCpu) return writeCpuResults(await cpuFigures(info));
		const raw = await measureScenarios(info, Boolean(baseline.file));
		if (n8nInstalled() && !process.argv.includes('--no-n8n')) {
			log("real n8n found; comparing with n8n's HTTP Request node");
			raw.n8n = await compareWithHttpRequestNode(info, settings.items, () => sandboxCounts(info));
		}
		writeResults(raw);
	} finally {
		child.kill('SIGTERM');
	}
}

/** Every scenario, in this order: Return All first, while the workspace holds only the seed. */
async function measureScenarios(info: SandboxInfo, withBaseline: boolean): Promise<Raw> {
	const { items } = settings;
	// New Action reads each active lead's timeline: a tenth of the items keeps the poll short.
	const actionLeads = Math.max(1, Math.round(items / 10));
	const run = (variant: string, count: number, inFlight = 1) => {
		log(`${variant}, ${count} items, ${inFlight} in flight`);
		return measure(info, variant, count, inFlight);
	};
	const beforeAfter = (scenario: string, count: number, inFlight: number) => ({
		node: run(`node-${scenario}`, count, inFlight),
		baseline: withBaseline ? run(`baseline-${scenario}`, count, inFlight) : undefined,
	});
	// A form's submissions: 200 one-item executions at 1000 items.
	const formItems = aFifth(items);
	return {
		axiosSearch: run('axios-search', 1),
		nodeSearch: run('node-search', 1),
		nodeSearchRawDates: run('node-search-raw-dates', 1),
		nodeSearchTwice: run('node-search-twice', 1),
		report: {
			count: run('node-report-count', 1),
			returnAll: run('node-report-return-all', 1),
		},
		create: { 1: creates(run, 1), 8: creates(run, 8), 32: creates(run, 32) },
		cpu: await cpuFigures(info),
		expressions8: medianOf(settings.repeat, () => run('node-create-expressions', items, 8)),
		convertSmall: run('node-convert', Math.max(1, Math.round(items / 10))),
		convertLarge: run('node-convert', items),
		upsert: {
			new: beforeAfter('upsert-new', items, 8),
			existing: beforeAfter('upsert-existing', items, 8),
			half: beforeAfter('upsert-half', items, 8),
		},
		formExecutions: beforeAfter('form-executions', formItems, 1),
		timelineByIdentifier: beforeAfter('timeline-by-identifier', items, 8),
		queued: {
			paced: run('node-upsert-queued', items, 8),
			confirm: run('node-upsert-queued-confirm', items, 8),
		},
		triggerIdle: run('trigger-idle', 0),
		triggerNewLeads: run('trigger-new-leads', items, 8),
		triggerNewActions: run('trigger-new-actions', actionLeads, 8),
	};
}

function machine(): Results['machine'] {
	return {
		node: process.version,
		cpus: os.cpus().length,
		cpuModel: os.cpus()[0]?.model ?? 'unknown',
		memoryGb: Math.round(os.totalmem() / 1073741824),
	};
}

/** The table on stdout, the results file, and with --docs the table in docs/performance.md. */
function writeResults(raw: Raw): void {
	const figures = figuresOf(raw, settings.items);
	const table = tableOf(raw, figures, settings.items);
	process.stdout.write(table + '\n');
	const results = {
		date: new Date().toISOString(),
		machine: machine(),
		settings,
		figures,
		raw,
		table,
	};
	fs.mkdirSync(path.dirname(outFile), { recursive: true });
	fs.writeFileSync(outFile, JSON.stringify(results, null, 2) + '\n');
	log(`written to ${path.relative(process.cwd(), outFile)}`);
	if (process.argv.includes('--docs')) {
		updateReadme(results);
		log('docs/performance.md table updated');
	}
}

/** --only cpu: the CPU rows on stdout, the figures in --out when given. */
function writeCpuResults(cpu: CpuFigures): void {
	process.stdout.write(cpuTable(cpu) + '\n');
	if (outIndex < 0) return;
	const results = { date: new Date().toISOString(), machine: machine(), settings, cpu };
	fs.mkdirSync(path.dirname(outFile), { recursive: true });
	fs.writeFileSync(outFile, JSON.stringify(results, null, 2) + '\n');
	log(`written to ${path.relative(process.cwd(), outFile)}`);
}

main().catch((error: Error) => {
	process.stderr.write(`bench failed: ${error.message}\n`);
	process.exit(1);
});
