/**
 * npm run bench -- --profile [--variant node-create] [--items 1000] [--in-flight 8]
 *                            [--latency 20] [--out bench/profile.cpuprofile]
 * CPU-profiles one scenario's timed part (not its module loading) and prints where the time
 * went: grouped by who owns the code, then the functions with the most self time.
 * `--summarise FILE` prints the same for a saved .cpuprofile; `--compare NAME=FILE …` prints
 * a table of the time by owner, one column per saved profile.
 */
import { measure, startSandbox } from './measure.cjs';
import { markdownTable } from './report.cjs';
import * as fs from 'node:fs';
import * as path from 'node:path';

interface ProfileNode {
	id: number;
	callFrame: { functionName: string; url: string; lineNumber: number };
}

interface CpuProfile {
	nodes: ProfileNode[];
	samples: number[];
	timeDeltas: number[];
}

/** Who owns a piece of code, by its file; the first matching rule wins. */
const OWNERS: Array<[string, RegExp]> = [
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

function ownerOf(frame: ProfileNode['callFrame']): string {
	const key = frame.url || frame.functionName;
	return OWNERS.find(([, pattern]) => pattern.test(key))?.[0] ?? 'other';
}

/** Self time per node id, in ms. */
function selfTimes(profile: CpuProfile): Map<number, number> {
	const times = new Map<number, number>();
	profile.samples.forEach((id, i) =>
		times.set(id, (times.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000),
	);
	return times;
}

interface Split {
	total: number;
	owners: Map<string, number>;
	functions: Map<string, number>;
}

/** Self time (ms) by owner and by function. */
function split(profile: CpuProfile): Split {
	const byId = new Map(profile.nodes.map((n) => [n.id, n]));
	const out: Split = { total: 0, owners: new Map(), functions: new Map() };
	const add = (map: Map<string, number>, key: string, ms: number) =>
		map.set(key, (map.get(key) ?? 0) + ms);
	for (const [id, ms] of selfTimes(profile)) {
		const frame = byId.get(id)!.callFrame;
		const where = frame.url
			? `${frame.url.split(/node_modules\/|\.build\//).pop()}:${frame.lineNumber}`
			: '';
		out.total += ms;
		add(out.owners, ownerOf(frame), ms);
		add(out.functions, `${frame.functionName || '(anonymous)'} ${where}`.trim(), ms);
	}
	return out;
}

/** Milliseconds by owner, one column per profile, as a Markdown table. */
export function compareTable(columns: Array<[string, CpuProfile]>): string {
	const splits = columns.map(([, profile]) => split(profile));
	const owners = [...OWNERS.map(([owner]) => owner), 'other'];
	const cells = (owner: string) => splits.map((s) => (s.owners.get(owner) ?? 0).toFixed(0));
	return markdownTable(
		['Owner', ...columns.map(([name]) => name)],
		[
			...owners.map((owner) => [owner, ...cells(owner)]),
			['profiled in all', ...splits.map((s) => s.total.toFixed(0))],
		],
	);
}

export function summarise(profile: CpuProfile, top = 12): string {
	const { total, owners, functions } = split(profile);
	const lines = (map: Map<string, number>, n: number) =>
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

function option(name: string, fallback: string): string {
	const i = process.argv.indexOf(`--${name}`);
	return i > 0 ? process.argv[i + 1] : fallback;
}

async function main() {
	const compare = process.argv.indexOf('--compare');
	if (compare > 0) {
		// --compare name=file.cpuprofile ...
		const columns = process.argv.slice(compare + 1).map((arg): [string, CpuProfile] => {
			const [name, file] = arg.split('=');
			return [name, JSON.parse(fs.readFileSync(file, 'utf8')) as CpuProfile];
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
	const { child, info } = await startSandbox(2000, Number(option('latency', '20')));
	try {
		process.env.BENCH_CPU_PROFILE = out;
		const variant = option('variant', 'node-create');
		const m = measure(
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

main().catch((error: Error) => {
	process.stderr.write(`npm run bench -- --profile failed: ${error.message}\n`);
	process.exit(1);
});
