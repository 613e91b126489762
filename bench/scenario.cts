/**
 * One benchmark variant, in its own process so its memory is its own. Prints one JSON line:
 * {wallMs, cpuUs, cpuSystemUs, cpuUsPerItem, peakRssMb, peakDeltaMb, rows, requests, …}. Only
 * the variant's timed part is measured; its setup (leads to update, a trigger to activate),
 * the process's start-up and module loading are not. With BENCH_CPU_PROFILE=<file>,
 * the timed part is also CPU-profiled into that file.
 */
import '../dev/engineEnv.cjs';

import axios from 'axios';
import type { AxiosRequestConfig } from 'axios';
import type { IDataObject, IHttpRequestOptions, INodeParameters, INodeType } from 'n8n-workflow';

import { authenticatedFloorNode } from './authFloor.cjs';
import { ensureBaselineNode } from './baseline.cjs';

import { sandboxCounts } from './measure.cjs';
import { runNode, runPoll } from '../engine/harness';
import { stopRecording } from '../engine/secrets';
import * as fs from 'node:fs';
import * as http from 'node:http';
import { Session } from 'node:inspector/promises';
import * as path from 'node:path';
import * as clock from 'node:timers';

interface Args {
	variant: string;
	baseUrl: string;
	enterpriseId: string;
	syncToken: string;
	asyncToken: string;
	asyncBaseUrl: string;
	items: number;
	inFlight: number;
	prefix: string;
}

/** A variant: optional untimed setup, then the timed part, which returns the rows it made. */
interface Variant {
	setup?: () => Promise<void>;
	run: () => Promise<number>;
	/**
	 * false: no peak-memory sampling. Each sample (rss) costs about 0.1 ms of CPU, so a run's CPU
	 * grew with its wall time: the CPU figure's pair counts only the work.
	 */
	sampleMemory?: false;
}

const args = JSON.parse(process.argv[2]) as Args;
stopRecording();
const api = `${args.baseUrl}/enterprise/${args.enterpriseId}`;
const headers = { Authorization: `Bearer ${args.syncToken}` };
const credentials = {
	enterpriseId: args.enterpriseId,
	syncToken: args.syncToken,
	baseUrl: args.baseUrl,
	asyncToken: args.asyncToken,
	asyncBaseUrl: args.asyncBaseUrl,
};

/** `n` people with their own phones, numbered from `first`. */
const people = (n: number, first = 0): IDataObject[] =>
	Array.from({ length: n }, (_, k) => {
		const i = first + k;
		return {
			phone: `${args.prefix}${String(i).padStart(6, '0')}`,
			name: `Bench Lead ${i}`,
			email: `bench${i}@example.com`,
		};
	});

/** Runs `send` for every row, up to `inFlight` at once, as a script would. */
async function inParallel(rows: IDataObject[], send: (row: IDataObject) => Promise<unknown>) {
	let next = 0;
	const worker = async () => {
		while (next < rows.length) await send(rows[next++]);
	};
	await Promise.all(Array.from({ length: args.inFlight }, worker));
	return rows.length;
}

/** A plain axios loop creating the leads; `body` adds to each lead, `config` to each request. */
const axiosLoop =
	(body: IDataObject = {}, config: () => AxiosRequestConfig = () => ({})) =>
	async () =>
		await inParallel(people(args.items), async (fields) => {
			await axios.post(`${api}/lead`, { fields, ...body }, { headers, ...config() });
		});

/** Reusing connections (Node's keep-alive agent). */
const axiosCreate = axiosLoop();

/** Leads created with one Site Visit each: activity for the New Action trigger. */
const axiosCreateWithVisit = axiosLoop({
	actions: [{ type: '1001', fields: { note: 'bench visit' } }],
});

/** A new connection for every request, as n8n's request helper makes them. */
const axiosCreateFresh = axiosLoop({}, () => ({ httpAgent: new http.Agent() }));

type RequestHelper = (options: IHttpRequestOptions) => Promise<unknown>;

/**
 * n8n-core's own request helper (the one behind `httpRequestWithAuthentication`), no node:
 * the copies of @n8n/di and @n8n/backend-network that n8n-core itself loads.
 */
async function n8nRequestHelper(): Promise<RequestHelper> {
	const from = { paths: [path.dirname(require.resolve('n8n-core'))] };
	const di = (await import(require.resolve('@n8n/di', from))) as {
		Container: { get<T>(type: unknown): T };
	};
	const network = (await import(require.resolve('@n8n/backend-network', from))) as {
		OutboundHttp: unknown;
	};
	return di.Container.get<{ requests(): { request: RequestHelper } }>(
		network.OutboundHttp,
	).requests().request;
}

async function helperCreate() {
	const request = await n8nRequestHelper();
	return await inParallel(people(args.items), async (fields) => {
		await request({
			method: 'POST',
			baseURL: args.baseUrl,
			url: `/enterprise/${args.enterpriseId}/lead`,
			headers: { ...headers, 'Content-Type': 'application/json' },
			body: { fields },
			json: true,
			returnFullResponse: true,
			ignoreHttpStatusErrors: true,
			disableFollowRedirect: true,
		});
	});
}

/** The minimal node through the same engine loop (bench/authFloor.cts), bounded or not. */
async function authenticatedCreate(
	rows = people(args.items),
	inFlight = args.inFlight,
	bounded = false,
) {
	const result = await runNode({
		parameters: {},
		items: rows,
		credentials,
		nodeType: authenticatedFloorNode(inFlight, bounded),
	});
	if (result.error) throw new Error(result.error.message);
	const failed = result.items.filter((i) => !i.json.lead_id);
	if (failed.length) throw new Error(`${failed.length} leads not created`);
	return result.items.length;
}

async function axiosSearch(): Promise<number> {
	const rows: IDataObject[] = [];
	for (let skip = 0; ; skip += 100) {
		const page = (
			await axios.post(`${api}/lead/search`, {}, { headers, params: { skip, limit: 100 } })
		).data as { data: IDataObject[]; total_count: number };
		rows.push(...page.data);
		if (page.data.length < 100 || rows.length >= page.total_count) break;
	}
	return rows.length;
}

/** The node under test, or the node before batched lookups (bench/baseline.cts). */
async function nodeType(baseline: boolean): Promise<INodeType | undefined> {
	if (!baseline) return undefined;
	const { file, reason } = ensureBaselineNode();
	if (!file) throw new Error(reason);
	const { TeleCrm } = (await import(file)) as { TeleCrm: new () => INodeType };
	return new TeleCrm();
}

async function nodeRun(
	parameters: INodeParameters,
	items: IDataObject[],
	baseline = false,
): Promise<number> {
	return (await nodeOutput(parameters, items, baseline)).length;
}

/** The node's output items (JSON), every item checked for an error. */
async function nodeOutput(
	parameters: INodeParameters,
	items: IDataObject[],
	baseline = false,
): Promise<IDataObject[]> {
	const result = await runNode({
		parameters,
		items,
		credentials,
		continueOnFail: true,
		nodeType: await nodeType(baseline),
	});
	if (result.error) throw new Error(result.error.message);
	const errors = result.items.filter((i) => i.json.error);
	if (errors.length)
		throw new Error(`${errors.length} items failed: ${String(errors[0].json.error)}`);
	return result.items.map((i) => i.json);
}

const returnAll = { resource: 'lead', operation: 'search', returnAll: true, filters: {} };

/** Leads per value of `key`, as the old report's Code node counted them. */
function countsBy(rows: IDataObject[], key: string): Map<string, number> {
	const counts = new Map<string, number>();
	for (const row of rows) counts.set(String(row[key]), (counts.get(String(row[key])) ?? 0) + 1);
	return counts;
}

/**
 * The pipeline report over the whole workspace, per status and per assignee: by Lead › Count
 * (a search per group), or by Return All and counting the leads. Rows: the leads reported.
 */
const pipelineReport = {
	count: async () => {
		const count = { resource: 'lead', operation: 'count', filters: {} };
		const perStatus = await nodeOutput({ ...count, groupBy: 'status' }, [{}]);
		await nodeOutput({ ...count, groupBy: 'assignee' }, [{}]);
		return perStatus.reduce((sum, group) => sum + Number(group.count), 0);
	},
	returnAll: async () => {
		const leads = await nodeOutput(returnAll, [{}]);
		countsBy(leads, 'status');
		countsBy(leads, 'assignee');
		return leads.length;
	},
};

const autoMap = { mappingMode: 'autoMapInputData', value: null, matchingColumns: [], schema: [] };
const byExpressions = {
	mappingMode: 'defineBelow',
	value: { phone: '={{ $json.phone }}', name: '={{ $json.name }}', email: '={{ $json.email }}' },
	matchingColumns: [],
	schema: [],
};

/** Lead › Create (or Create or Update) of `rows`, with the given mapper. */
const nodeWrite = async (
	operation: string,
	fields: object,
	rows = people(args.items),
	baseline = false,
	inFlight = args.inFlight,
) =>
	await nodeRun(
		{
			resource: 'lead',
			operation,
			fields: fields as INodeParameters[string],
			requestOptions: { itemsInFlight: inFlight },
		},
		rows,
		baseline,
	);

/**
 * Create or Update of `args.items` leads of which the first `existing` exist already (made
 * in the untimed setup), by this node or the baseline.
 */
function upsert(existing: (items: number) => number, baseline = false): Variant {
	const rows = people(args.items);
	return {
		setup: async () => {
			await nodeType(baseline);
			await inParallel(rows.slice(0, existing(rows.length)), async (fields) => {
				await axios.post(`${api}/lead`, { fields }, { headers });
			});
		},
		run: async () =>
			await nodeWrite(
				'upsert',
				autoMap,
				rows.map((p) => ({ ...p, name: `${String(p.name)} (upserted)` })),
				baseline,
			),
	};
}

/**
 * A form's single submissions: `args.items` executions of one item each, one after another;
 * every tenth phone has a lead already (a returning visitor).
 */
function formExecutions(baseline = false): Variant {
	const rows = people(args.items);
	return {
		setup: async () => {
			await nodeType(baseline);
			for (const fields of rows.filter((_, i) => i % 10 === 0))
				await axios.post(`${api}/lead`, { fields }, { headers });
		},
		run: async () => {
			for (const row of rows) await nodeWrite('upsert', autoMap, [row], baseline);
			return rows.length;
		},
	};
}

/** Timeline › Create with the lead By Identifier, one lead per item (made in the setup). */
function timelineByIdentifier(baseline = false): Variant {
	return {
		setup: async () => {
			await nodeType(baseline);
			await axiosCreate();
		},
		run: async () =>
			await nodeRun(
				{
					resource: 'action',
					operation: 'create',
					lead: { __rl: true, mode: 'identifier', value: '={{ $json.phone }}' },
					actionType: '1001',
					actionFields: {
						mappingMode: 'defineBelow',
						value: { note: 'bench visit' },
						matchingColumns: [],
						schema: [],
					},
					requestOptions: { itemsInFlight: args.inFlight },
				},
				people(args.items),
				baseline,
			),
	};
}

/**
 * Create or Update (Queued) of `args.items` new leads: at the documented pace (18,000 an hour)
 * or, for Confirm's request count, at a pace the bench can wait for.
 */
function queuedUpsert(confirm: boolean, requestsPerHour?: number): Variant {
	return {
		run: async () =>
			await nodeRun(
				{
					resource: 'lead',
					operation: 'upsertQueued',
					fields: autoMap,
					confirm,
					confirmWithin: 60,
					queueOptions: requestsPerHour ? { requestsPerHour } : {},
					requestOptions: { itemsInFlight: args.inFlight },
				},
				people(args.items),
			),
	};
}

/** A TeleCRM Trigger event's poll: activated, then (after `before`) one timed poll. */
function triggerPoll(event: string, before: () => Promise<unknown>): Variant {
	const staticData: IDataObject = {};
	const poll = async () => {
		const outcome = await runPoll({ parameters: { event }, credentials, staticData });
		if (outcome.error) throw outcome.error;
		return outcome.items?.length ?? 0;
	};
	return {
		setup: async () => {
			await poll();
			await before();
		},
		run: poll,
	};
}

/**
 * Warmed: an untimed execution of WARM_ITEMS other leads (32 in flight) first, in the same
 * process, so the timed one runs compiled code, as in a long-running n8n, and holds no one-off
 * cost (the first request's set-up, the node's workspace definitions, kept for 5 minutes).
 */
const WARM_ITEMS = 200;
const warm = (create: (rows: IDataObject[], inFlight?: number) => Promise<number>): Variant => ({
	setup: async () => void (await create(people(WARM_ITEMS, args.items), 32)),
	run: async () => await create(people(args.items)),
	sampleMemory: false,
});

const variants: Record<string, () => Variant> = {
	'axios-create': () => ({ run: axiosCreate }),
	'axios-create-fresh': () => ({ run: axiosCreateFresh }),
	'helper-create': () => ({ run: helperCreate }),
	'auth-create': () => ({ run: authenticatedCreate }),
	// The same work as the loops above: each item's fields sent as they are.
	'node-create': () => ({ run: async () => await nodeWrite('create', autoMap) }),
	// The CPU figure's pair (bench/cpuRatio.cts): the floor and the node, both warmed.
	'auth-create-warm': () => warm(authenticatedCreate),
	// The same floor reading its answers within a bound, as the node must.
	'auth-create-bounded-warm': () =>
		warm(async (rows, inFlight) => await authenticatedCreate(rows, inFlight, true)),
	'node-create-warm': () =>
		warm(async (rows, inFlight) => await nodeWrite('create', autoMap, rows, false, inFlight)),
	// Each field mapped by an expression: n8n evaluates three expressions per item.
	'node-create-expressions': () => ({ run: async () => await nodeWrite('create', byExpressions) }),
	'node-upsert-new': () => upsert(() => 0),
	'node-upsert-existing': () => upsert((n) => n),
	'node-upsert-half': () => upsert((n) => Math.floor(n / 2)),
	'baseline-upsert-new': () => upsert(() => 0, true),
	'baseline-upsert-existing': () => upsert((n) => n, true),
	'baseline-upsert-half': () => upsert((n) => Math.floor(n / 2), true),
	'node-form-executions': () => formExecutions(),
	'baseline-form-executions': () => formExecutions(true),
	'node-timeline-by-identifier': () => timelineByIdentifier(),
	'baseline-timeline-by-identifier': () => timelineByIdentifier(true),
	'node-upsert-queued': () => queuedUpsert(false),
	'node-upsert-queued-confirm': () => queuedUpsert(true, 3_600_000),
	'axios-search': () => ({ run: axiosSearch }),
	'node-search': () => ({ run: async () => await nodeRun(returnAll, [{}]) }),
	// A scheduled search run twice in one process: the second is timed (kept definitions).
	'node-search-twice': () => ({
		setup: async () => void (await nodeRun(returnAll, [{}])),
		run: async () => await nodeRun(returnAll, [{}]),
	}),
	'node-report-count': () => ({ run: pipelineReport.count }),
	'node-report-return-all': () => ({ run: pipelineReport.returnAll }),
	// Dates left as epoch milliseconds: no field definitions are needed.
	'node-search-raw-dates': () => ({
		run: async () => await nodeRun({ ...returnAll, requestOptions: { dates: 'raw' } }, [{}]),
	}),
	'node-convert': () => ({
		run: async () =>
			await nodeRun(
				{ resource: 'lead', operation: 'create', fields: autoMap as INodeParameters[string] },
				people(args.items).map((p, i) => ({
					...p,
					follow_up_date: new Date(Date.UTC(2026, 11, 1 + (i % 28))).toISOString(),
					interests: 'Villa, Plot',
					status: 'qualified',
					contact_source: 'Website',
					rating: String(1 + (i % 5)),
					deal_size: 1000 + i,
				})),
			),
	}),
	'trigger-idle': () => triggerPoll('newLead', async () => {}),
	'trigger-new-leads': () => triggerPoll('newLead', axiosCreate),
	'trigger-new-actions': () => triggerPoll('newAction', axiosCreateWithVisit),
};

/** With BENCH_CPU_PROFILE=<file>, the timed run (not the module loading) is profiled there. */
async function profiled<T>(run: () => Promise<T>): Promise<T> {
	const file = process.env.BENCH_CPU_PROFILE;
	if (!file) return await run();
	const session = new Session();
	session.connect();
	await session.post('Profiler.enable');
	await session.post('Profiler.start');
	const result = await run();
	const { profile } = await session.post('Profiler.stop');
	fs.writeFileSync(file, JSON.stringify(profile));
	session.disconnect();
	return result;
}

async function main() {
	const make = variants[args.variant];
	if (!make) throw new Error(`unknown variant ${args.variant}`);
	const variant = make();
	await variant.setup?.();
	const before = await sandboxCounts(args);
	const baseline = process.memoryUsage().rss;
	let peak = baseline;
	// rss() alone: the full memoryUsage() also walks the heap, CPU the timed part would count.
	const sample = () => (peak = Math.max(peak, process.memoryUsage.rss()));
	const sampler = variant.sampleMemory === false ? undefined : clock.setInterval(sample, 10);
	const cpuBefore = process.cpuUsage();
	const started = process.hrtime.bigint();
	const rows = await profiled(variant.run);
	const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
	// The whole process's threads (main, GC, libuv pool), user and system, in the timed part.
	const cpu = process.cpuUsage(cpuBefore);
	clock.clearInterval(sampler);
	peak = Math.max(peak, process.memoryUsage().rss);
	const after = await sandboxCounts(args);
	const requests = after.requests - before.requests;
	const metadataRequests = (after.gets ?? 0) - (before.gets ?? 0);
	const mb = (bytes: number) => Math.round((bytes / 1048576) * 10) / 10;
	process.stdout.write(
		JSON.stringify({
			wallMs: Math.round(wallMs),
			cpuUs: cpu.user + cpu.system,
			cpuSystemUs: cpu.system,
			cpuUsPerItem: args.items > 0 ? Math.round((cpu.user + cpu.system) / args.items) : undefined,
			peakRssMb: mb(peak),
			peakDeltaMb: mb(peak - baseline),
			rows,
			requests,
			metadataRequests,
			asyncDrops: (after.asyncDrops ?? 0) - (before.asyncDrops ?? 0),
		}) + '\n',
	);
}

main().catch((error: Error) => {
	process.stderr.write(`bench scenario failed: ${error.message}\n`);
	process.exit(1);
});
