/**
 * npm run bench -- [--latency 20] [--items 1000] [--leads 20000] [--out bench/results.json]
 * The sandbox runs in its own process with a simulated network latency; each variant runs
 * in a fresh process. Every figure is a ratio against a baseline measured in the same run.
 */
import axios from 'axios';

import type { N8nComparison } from './n8nCompare.cjs';
import { compareWithHttpRequestNode, n8nInstalled } from './n8nCompare.cjs';
import * as childProcess from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

interface Measure {
	wallMs: number;
	peakRssMb: number;
	peakDeltaMb: number;
	rows: number;
	requests: number;
}

function option(name: string, fallback: number): number {
	const i = process.argv.indexOf(`--${name}`);
	return i > 0 ? Number(process.argv[i + 1]) : fallback;
}

const latency = option('latency', 20);
const items = option('items', 1000);
const leads = option('leads', 20000);
const outIndex = process.argv.indexOf('--out');
const outFile =
	outIndex > 0 ? process.argv[outIndex + 1] : path.join(process.cwd(), 'bench', 'results.json');
const build = path.join(process.cwd(), '.build');

function startSandbox(): Promise<{
	child: ReturnType<typeof childProcess.spawn>;
	info: { baseUrl: string; enterpriseId: string; syncToken: string };
}> {
	const child = childProcess.spawn(process.execPath, [
		path.join(build, 'sandbox', 'cli.cjs'),
		'--port',
		'0',
		'--seed',
		String(leads),
		'--latency',
		String(latency),
		'--json',
	]);
	return new Promise((resolve, reject) => {
		let out = '';
		child.stdout.on('data', (chunk: Buffer) => {
			out += chunk.toString();
			if (out.includes('\n')) resolve({ child, info: JSON.parse(out.split('\n')[0]) });
		});
		child.once('exit', (code) => reject(new Error(`sandbox exited with ${code}`)));
	});
}

let variantNo = 0;

/** Requests the sandbox answered so far. Connection: close, because spawnSync below blocks
 * this process past the server's keep-alive. */
async function requestsSoFar(info: { baseUrl: string }): Promise<number> {
	const res = await axios.get(`${new URL(info.baseUrl).origin}/__sandbox/stats`, {
		headers: { Connection: 'close' },
	});
	return (res.data as { requests: number }).requests;
}

async function measure(
	info: { baseUrl: string; enterpriseId: string; syncToken: string },
	variant: string,
	count: number,
	inFlight = 1,
): Promise<Measure> {
	const stats = async () => ({ requests: await requestsSoFar(info) });
	const before = (await stats()).requests;
	const prefix = `91${String(60 + variantNo++).padStart(2, '0')}`;
	const args = JSON.stringify({ ...info, variant, items: count, inFlight, prefix });
	const run = childProcess.spawnSync(
		process.execPath,
		[path.join(build, 'bench', 'scenario.cjs'), args],
		{ encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
	);
	if (run.status !== 0) throw new Error(`${variant} failed: ${run.stderr}`);
	const result = JSON.parse(run.stdout.trim().split('\n').pop()!) as Omit<Measure, 'requests'>;
	return { ...result, requests: (await stats()).requests - before };
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

/** Rows for the real-n8n comparison; n8n's start-up (the generator-only run) is taken off. */
function n8nRows(c: N8nComparison): Array<[string, string, string, string, string]> {
	const part = (ms: number) => seconds(ms - c.generatorOnly.ms);
	return [
		[
			'In real n8n, 32 in flight: request time',
			part(c.teleCrm32InFlight.ms),
			`${part(c.httpRequestAllAtOnce.ms)} (HTTP Request node, all at once)`,
			`${c.ratio32VsAllAtOnce}`,
			'',
		],
		[
			'In real n8n, one at a time: request time',
			part(c.teleCrmOneAtATime.ms),
			'(the HTTP Request node has no such mode)',
			'',
			'',
		],
	];
}
const ratio = (a: number, b: number) => Math.round((a / b) * 100) / 100;

async function main() {
	const { child, info } = await startSandbox();
	try {
		process.stdout.write(
			`bench: sandbox with ${leads} leads, ${latency} ms latency; ${items} items per write scenario\n`,
		);
		// Return All first, while the workspace holds exactly the seeded leads.
		const axiosSearch = await measure(info, 'axios-search', 1);
		const nodeSearch = await measure(info, 'node-search', 1);
		const axiosCreate = await measure(info, 'axios-create', items);
		const nodeCreate = await measure(info, 'node-create', items);
		const node8 = await measure(info, 'node-create', items, 8);
		const axios8 = await measure(info, 'axios-create', items, 8);
		const convertSmall = await measure(info, 'node-convert', Math.max(1, Math.round(items / 10)));
		const convertLarge = await measure(info, 'node-convert', items);

		const withN8n = n8nInstalled() && !process.argv.includes('--no-n8n');
		let n8nComparison: N8nComparison | undefined;
		if (withN8n) {
			process.stdout.write('bench: real n8n found; comparing with its HTTP Request node\n');
			n8nComparison = await compareWithHttpRequestNode(
				info,
				items,
				async () => await requestsSoFar(info),
			);
		}

		const throughput = (m: Measure, n: number) => (n / m.wallMs) * 1000;
		const figures = {
			createSequentialWallRatio: ratio(nodeCreate.wallMs, axiosCreate.wallMs),
			createRequestsPerItem: ratio(nodeCreate.requests, items),
			createMetadataRequests: nodeCreate.requests - items,
			createPeakDeltaMb: { node: nodeCreate.peakDeltaMb, axios: axiosCreate.peakDeltaMb },
			parallel8SpeedupVsSequentialAxios: ratio(
				throughput(node8, items),
				throughput(axiosCreate, items),
			),
			parallel8VsParallelAxiosWallRatio: ratio(node8.wallMs, axios8.wallMs),
			returnAllRequests: {
				node: nodeSearch.requests,
				axios: axiosSearch.requests,
				// ceil(N/100) pages, plus the node's one field-definitions request (dates shown as ISO).
				expected: Math.ceil(nodeSearch.rows / 100) + 1,
			},
			returnAllWallRatio: ratio(nodeSearch.wallMs, axiosSearch.wallMs),
			returnAllPeakDeltaRatio: ratio(nodeSearch.peakDeltaMb, axiosSearch.peakDeltaMb),
			n8nHttpRequestNodeRatio32VsAllAtOnce: n8nComparison?.ratio32VsAllAtOnce ?? null,
			metadataRequestsPerExecution: {
				[String(convertSmall.rows)]: convertSmall.requests - convertSmall.rows,
				[String(convertLarge.rows)]: convertLarge.requests - convertLarge.rows,
			},
		};
		const rows: Array<[string, string, string, string, string]> = [
			[
				'Create leads, one at a time: wall time',
				seconds(nodeCreate.wallMs),
				`${seconds(axiosCreate.wallMs)} (axios loop)`,
				`${figures.createSequentialWallRatio}`,
				'<= 1.15',
			],
			[
				'Create leads: HTTP requests per item',
				`${figures.createRequestsPerItem}`,
				'1',
				`+${figures.createMetadataRequests} metadata`,
				'1 + constant',
			],
			[
				'Create leads: peak memory over start',
				`${nodeCreate.peakDeltaMb} MB`,
				`${axiosCreate.peakDeltaMb} MB`,
				'',
				'',
			],
			[
				'Create leads, 8 in flight: throughput',
				`${Math.round(throughput(node8, items))}/s`,
				`${Math.round(throughput(axiosCreate, items))}/s (axios, sequential)`,
				`${figures.parallel8SpeedupVsSequentialAxios}x`,
				'>= 5x',
			],
			[
				'  same, vs axios 8 in flight: wall time',
				seconds(node8.wallMs),
				seconds(axios8.wallMs),
				`${figures.parallel8VsParallelAxiosWallRatio}`,
				'',
			],
			...(n8nComparison ? n8nRows(n8nComparison) : []),
			[
				`Return All over ${nodeSearch.rows} leads: requests`,
				`${nodeSearch.requests}`,
				`${axiosSearch.requests}`,
				'',
				`= ${figures.returnAllRequests.expected} (pages + 1 field definitions)`,
			],
			[
				'Return All: wall time',
				seconds(nodeSearch.wallMs),
				seconds(axiosSearch.wallMs),
				`${figures.returnAllWallRatio}`,
				'',
			],
			[
				'Return All: peak memory over start',
				`${nodeSearch.peakDeltaMb} MB`,
				`${axiosSearch.peakDeltaMb} MB (rows held)`,
				`${figures.returnAllPeakDeltaRatio}`,
				'<= 2',
			],
			[
				'Metadata requests per execution',
				Object.entries(figures.metadataRequestsPerExecution)
					.map(([n, r]) => `${r} at ${n} items`)
					.join(', '),
				'',
				'',
				'constant',
			],
		];
		const head: [string, string, string, string, string] = [
			'Measure',
			'TeleCRM node',
			'Baseline',
			'Ratio',
			'Target',
		];
		const widths = head.map((_, c) => Math.max(...[head, ...rows].map((r) => r[c].length)));
		const line = (r: string[]) => `| ${r.map((cell, c) => cell.padEnd(widths[c])).join(' | ')} |`;
		const table = [
			line(head),
			`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`,
			...rows.map(line),
		].join('\n');
		process.stdout.write(table + '\n');
		const results = {
			date: new Date().toISOString(),
			machine: {
				node: process.version,
				cpus: os.cpus().length,
				memoryGb: Math.round(os.totalmem() / 1073741824),
			},
			settings: { latencyMs: latency, items, leads },
			figures,
			raw: {
				axiosCreate,
				nodeCreate,
				node8,
				axios8,
				axiosSearch,
				nodeSearch,
				convertSmall,
				convertLarge,
				n8nComparison,
			},
			table,
		};
		fs.mkdirSync(path.dirname(outFile), { recursive: true });
		fs.writeFileSync(outFile, JSON.stringify(results, null, 2) + '\n');
		process.stdout.write(`written to ${path.relative(process.cwd(), outFile)}\n`);
	} finally {
		child.kill('SIGTERM');
	}
}

main().catch((error: Error) => {
	process.stderr.write(`bench failed: ${error.message}\n`);
	process.exit(1);
});
