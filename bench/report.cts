/** The bench's figures (ratios of one run) and the Markdown table docs/performance.md shows. */
import type { CpuFigure } from './cpuRatio.cjs';
import type { Measure } from './measure.cjs';
import type { N8nComparison } from './n8nCompare.cjs';

export interface Raw {
	axiosSearch: Measure;
	nodeSearch: Measure;
	nodeSearchRawDates: Measure;
	/** The second of two Return All runs in one process (definitions kept from the first). */
	nodeSearchTwice: Measure;
	/** The pipeline report per status and assignee: by Lead › Count, or Return All + counting. */
	report: { count: Measure; returnAll: Measure };
	/**
	 * Create variants by in-flight: axios-create, axios-create-fresh, helper-create (n8n's
	 * request helper alone), auth-create (a minimal node through httpRequestWithAuthentication),
	 * node-create.
	 */
	create: Record<1 | 8 | 32, Record<string, Measure>>;
	/** The node's CPU per item against the floor's, in pairs side by side (bench/cpuRatio.cts). */
	cpu?: CpuFigures;
	expressions8: Measure;
	convertSmall: Measure;
	convertLarge: Measure;
	/** Create or Update by this node and by the node before batched lookups. */
	upsert: Record<UpsertMix, { node: Measure; baseline?: Measure }>;
	/** Single-item executions (a form), 10 % returning leads. */
	formExecutions: { node: Measure; baseline?: Measure };
	timelineByIdentifier: { node: Measure; baseline?: Measure };
	/** Create or Update (Queued): at the documented pace, and with Confirm. */
	queued: { paced: Measure; confirm: Measure };
	triggerIdle: Measure;
	triggerNewLeads: Measure;
	triggerNewActions: Measure;
	n8n?: N8nComparison;
}

type Row = [string, string, string, string, string];

/**
 * Against the credentialed floor at 1, 8 and 32 in flight; at 32 that ratio split in two: the
 * node against the bounded floor, the bounded floor against the floor (older results lack them).
 */
export type CpuFigures = Record<1 | 8 | 32, CpuFigure> &
	Partial<Record<'bounded32' | 'boundCost32', CpuFigure>>;

const IN_FLIGHT = [1, 8, 32] as const;

export type UpsertMix = 'new' | 'existing' | 'half';

/** Requests per item without the metadata requests (GETs), which do not grow with items. */
const writesPerItem = (m: Measure) =>
	Math.round(((m.requests - (m.metadataRequests ?? 0)) / m.rows) * 1000) / 1000;

const ratio = (a: number, b: number) => Math.round((a / b) * 100) / 100;
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const perItem = (m: Measure, items: number) => Math.round((m.requests / items) * 100) / 100;
const round2 = (n: number) => Math.round(n * 100) / 100;

const MIXES: UpsertMix[] = ['new', 'existing', 'half'];
const mixes = <T,>(f: (mix: UpsertMix) => T) =>
	Object.fromEntries(MIXES.map((mix) => [mix, f(mix)])) as Record<UpsertMix, T>;

export function figuresOf(raw: Raw, items: number) {
	const wall = (f: 1 | 8 | 32, variant: string) =>
		ratio(raw.create[f]['node-create'].wallMs, raw.create[f][variant].wallMs);
	const byInFlight = (variant: string) => ({
		1: wall(1, variant),
		8: wall(8, variant),
		32: wall(32, variant),
	});
	const node1 = raw.create[1]['node-create'];
	return {
		createVsAxios: byInFlight('axios-create'),
		createVsAxiosNewConnections: byInFlight('axios-create-fresh'),
		createVsN8nRequestHelper: byInFlight('helper-create'),
		createVsAuthenticatedFloor: byInFlight('auth-create'),
		createCpuVsAuthenticatedFloor: raw.cpu ? cpuSummary(raw.cpu) : null,
		createCpuUsPerItem: createCpuPerItem(raw.create),
		createRequestsPerItem: perItem(node1, items),
		createMetadataRequests: node1.requests - items,
		expressionsVsAutoMap8: ratio(raw.expressions8.wallMs, raw.create[8]['node-create'].wallMs),
		returnAllRequests: returnAllRequestFigures(raw),
		// Kept from the first run: the second reads no definitions, only the pages.
		returnAllSecondRunMetadata:
			raw.nodeSearchTwice.requests - Math.ceil(raw.nodeSearchTwice.rows / 100),
		returnAllWallRatio: ratio(raw.nodeSearch.wallMs, raw.axiosSearch.wallMs),
		report: reportFigures(raw.report),
		returnAllPeakDeltaRatio: ratio(raw.nodeSearch.peakDeltaMb, raw.axiosSearch.peakDeltaMb),
		upsertRequestsPerItem: mixes((mix) => writesPerItem(raw.upsert[mix].node)),
		upsertMetadataRequests: raw.upsert.new.node.metadataRequests ?? 0,
		upsertWallVsBaseline: mixes((mix) => {
			const { node, baseline } = raw.upsert[mix];
			return baseline ? ratio(node.wallMs, baseline.wallMs) : null;
		}),
		formRequestsPerExecution: formFigures(raw.formExecutions),
		timelineByIdentifierRequestsPerItem: {
			node: perItem(raw.timelineByIdentifier.node, items),
			baseline: raw.timelineByIdentifier.baseline
				? perItem(raw.timelineByIdentifier.baseline, items)
				: null,
		},
		queued: queuedFigures(raw.queued, items),
		trigger: triggerFigures(raw, items),
		n8n32VsHttpRequestAllAtOnce: raw.n8n?.ratio32VsAllAtOnce ?? null,
		n8n32VsHttpRequestBatchesOf32: raw.n8n?.ratio32VsBatchesOf32 ?? null,
		metadataRequestsPerExecution: {
			[String(raw.convertSmall.rows)]: raw.convertSmall.requests - raw.convertSmall.rows,
			[String(raw.convertLarge.rows)]: raw.convertLarge.requests - raw.convertLarge.rows,
		},
	};
}

/** The CPU figures without their runs (those stay in raw.cpu). */
function cpuSummary(cpu: CpuFigures) {
	const withoutRuns = (figure: CpuFigure): Omit<CpuFigure, 'runs'> =>
		Object.fromEntries(Object.entries(figure).filter(([key]) => key !== 'runs')) as never;
	return {
		1: withoutRuns(cpu[1]),
		8: withoutRuns(cpu[8]),
		32: withoutRuns(cpu[32]),
		bounded32: cpu.bounded32 ? withoutRuns(cpu.bounded32) : null,
		boundCost32: cpu.boundCost32 ? withoutRuns(cpu.boundCost32) : null,
	};
}

/** Every create variant's CPU per item (µs) in its median-wall run, by in-flight. */
function createCpuPerItem(create: Raw['create']) {
	const perVariant = (runs: Record<string, Measure>) =>
		Object.fromEntries(Object.entries(runs).map(([v, m]) => [v, m.cpuUsPerItem ?? null]));
	return Object.fromEntries(IN_FLIGHT.map((f) => [f, perVariant(create[f])]));
}

/** Return All's requests against the pages it must read. */
function returnAllRequestFigures(raw: Raw) {
	return {
		node: raw.nodeSearch.requests,
		axios: raw.axiosSearch.requests,
		// ceil(N/100) pages, plus the node's one field-definitions request (dates shown as ISO).
		expected: Math.ceil(raw.nodeSearch.rows / 100) + 1,
		// With Dates in Output = Epoch Milliseconds, exactly ceil(N/100).
		nodeRawDates: raw.nodeSearchRawDates.requests,
		expectedRawDates: Math.ceil(raw.nodeSearchRawDates.rows / 100),
	};
}

/** The pipeline report: requests and seconds by Lead › Count and by Return All. */
function reportFigures({ count, returnAll }: Raw['report']) {
	return {
		leads: count.rows,
		countRequests: count.requests,
		returnAllRequests: returnAll.requests,
		countSeconds: round2(count.wallMs / 1000),
		returnAllSeconds: round2(returnAll.wallMs / 1000),
	};
}

/** Requests per one-item execution (a form), with and without the metadata requests. */
function formFigures({ node, baseline }: Raw['formExecutions']) {
	return {
		node: writesPerItem(node),
		baseline: baseline ? writesPerItem(baseline) : null,
		metadata: (node.metadataRequests ?? 0) / node.rows,
		// Every request, metadata included.
		total: round2(node.requests / node.rows),
		baselineTotal: baseline ? round2(baseline.requests / baseline.rows) : null,
	};
}

/** Requests of an idle poll, of one finding new leads, of one finding new actions. */
function triggerFigures(raw: Raw, items: number) {
	return {
		idleRequests: raw.triggerIdle.requests,
		newLeadsRequests: raw.triggerNewLeads.requests,
		newLeadsExpected: 1 + Math.ceil(items / 100),
		newLeadsEmitted: raw.triggerNewLeads.rows,
		newActionsRequests: raw.triggerNewActions.requests,
		// Lead-search pages, one timeline search per active lead, one custom-actions request.
		newActionsExpected:
			Math.ceil(raw.triggerNewActions.rows / 100) + raw.triggerNewActions.rows + 1,
		newActionsEmitted: raw.triggerNewActions.rows,
	};
}

/** Async requests per lead, Confirm's lookups per lead, and the time the pace takes. */
function queuedFigures({ paced, confirm }: Raw['queued'], items: number) {
	const writes = (m: Measure) => m.requests - (m.metadataRequests ?? 0);
	// 18,000 an hour is one request every 200 ms: the first goes at once.
	const pacedMs = ((items - 1) * 3_600_000) / 18_000;
	return {
		requestsPerLead: round2(writes(paced) / items),
		metadataRequests: paced.metadataRequests ?? 0,
		confirmLookupsPerLead: round2((writes(confirm) - items) / items),
		seconds: round2(paced.wallMs / 1000),
		pacedSeconds: round2(pacedMs / 1000),
		drops: (paced.asyncDrops ?? 0) + (confirm.asyncDrops ?? 0),
	};
}

export type Figures = ReturnType<typeof figuresOf>;

function createRows(raw: Raw, figures: Figures, items: number): Row[] {
	const targets: Record<number, string> = { 1: '<= 1.10', 8: '<= 1.15', 32: '' };
	return IN_FLIGHT.flatMap((f): Row[] => {
		const runs = raw.create[f];
		const node = seconds(runs['node-create'].wallMs);
		const cpu = raw.cpu ? [cpuRow(raw.cpu[f]), ...boundedRow(raw.cpu, f)] : [];
		return [
			[
				`Create ${items} leads, ${f} in flight`,
				node,
				`${seconds(runs['axios-create'].wallMs)} (axios)`,
				`${figures.createVsAxios[f]}`,
				targets[f],
			],
			[
				'  vs axios, new connection per request',
				node,
				seconds(runs['axios-create-fresh'].wallMs),
				`${figures.createVsAxiosNewConnections[f]}`,
				'',
			],
			[
				"  vs n8n's request helper alone",
				node,
				seconds(runs['helper-create'].wallMs),
				`${figures.createVsN8nRequestHelper[f]}`,
				'',
			],
			[
				'  vs httpRequestWithAuthentication (minimal node)',
				node,
				seconds(runs['auth-create'].wallMs),
				`${figures.createVsAuthenticatedFloor[f]}`,
				'<= 1.05',
			],
			...cpu,
		];
	});
}

/** The node's CPU per item against the floor's: the median ratio, the last pairs' spread. */
function cpuRow(c: CpuFigure, floor?: string, subject = ''): Row {
	return [
		`${subject}Create ${c.items} leads, ${c.inFlight} in flight: CPU per item vs ${floor ?? 'httpRequestWithAuthentication (minimal node)'}`,
		`${c.nodeUsPerItem} µs`,
		`${c.floorUsPerItem} µs`,
		`${c.ratio.toFixed(2)} (spread ${c.spread.toFixed(3)}, ${c.repeats} pairs)`,
		c.inFlight === 32 && !floor ? '<= 1.05, spread <= 0.03' : '',
	];
}

/** At 32 in flight, the ratio split: the node against the bounded floor, that against the floor. */
function boundedRow(cpu: CpuFigures, inFlight: 1 | 8 | 32): Row[] {
	if (inFlight !== 32 || !cpu.bounded32 || !cpu.boundCost32) return [];
	return [
		cpuRow(cpu.bounded32, 'the same, its answers read within a bound (bounded floor)', '  '),
		cpuRow(cpu.boundCost32, 'httpRequestWithAuthentication', '  Bounded floor: '),
	];
}

const HEAD: Row = ['Measure', 'TeleCRM node', 'Baseline', 'Ratio', 'Target'];

/** The CPU rows alone (npm run bench -- --only cpu). */
export function cpuTable(cpu: CpuFigures): string {
	return markdownTable(
		HEAD,
		IN_FLIGHT.flatMap((f) => [cpuRow(cpu[f]), ...boundedRow(cpu, f)]),
	);
}

function n8nRows(c: N8nComparison): Row[] {
	const t = (m: { ms: number; maxInFlight: number }) =>
		`${seconds(m.ms)} (${m.maxInFlight} at once)`;
	return [
		[
			'Real n8n, TeleCRM 32 in flight: node time',
			t(c.teleCrm32InFlight),
			`${t(c.httpRequestAllAtOnce)} HTTP Request`,
			`${c.ratio32VsAllAtOnce}`,
			'<= 1.0',
		],
		[
			'  vs HTTP Request in batches of 32',
			t(c.teleCrm32InFlight),
			`${t(c.httpRequestBatchesOf32)} Loop Over Items`,
			`${c.ratio32VsBatchesOf32}`,
			'<= 1.0',
		],
		['Real n8n, TeleCRM one at a time', t(c.teleCrmOneAtATime), '', '', ''],
	];
}

function otherRows(raw: Raw, figures: Figures, items: number): Row[] {
	return [
		...createExtraRows(raw, figures),
		...upsertRows(raw, figures, items),
		...formRows(raw, figures),
		...queuedRows(figures, items),
		...timelineRows(figures, items),
		...returnAllRows(raw, figures),
		...pipelineReportRows(raw, figures),
		...triggerRows(raw, figures, items),
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
}

/** Create: expressions against Map Automatically, requests per item, memory. */
function createExtraRows(raw: Raw, figures: Figures): Row[] {
	return [
		[
			`Create, 8 in flight, 3 expressions per item`,
			seconds(raw.expressions8.wallMs),
			`${seconds(raw.create[8]['node-create'].wallMs)} (Map Automatically)`,
			`${figures.expressionsVsAutoMap8}`,
			'',
		],
		[
			'Create: HTTP requests per item',
			`${figures.createRequestsPerItem}`,
			'1',
			`+${figures.createMetadataRequests} metadata`,
			'1 + constant',
		],
		[
			'Create, 1 in flight: peak memory over start',
			`${raw.create[1]['node-create'].peakDeltaMb} MB`,
			`${raw.create[1]['axios-create'].peakDeltaMb} MB (axios)`,
			'',
			'',
		],
	];
}

/** Return All against axios paging by hand: requests, wall time, memory. */
function returnAllRows(raw: Raw, figures: Figures): Row[] {
	return [
		[
			`Return All over ${raw.nodeSearch.rows} leads: requests`,
			`${raw.nodeSearch.requests}`,
			`${raw.axiosSearch.requests} (axios)`,
			'',
			`= ${figures.returnAllRequests.expected} (pages + 1)`,
		],
		[
			'  same, dates as epoch ms (no field definitions)',
			`${figures.returnAllRequests.nodeRawDates}`,
			`${raw.axiosSearch.requests} (axios)`,
			'',
			`= ${figures.returnAllRequests.expectedRawDates} (pages)`,
		],
		[
			'  same, run again in the same process: metadata',
			`${figures.returnAllSecondRunMetadata}`,
			'1 (first run)',
			'',
			'= 0',
		],
		[
			'Return All: wall time',
			seconds(raw.nodeSearch.wallMs),
			seconds(raw.axiosSearch.wallMs),
			`${figures.returnAllWallRatio}`,
			'',
		],
		[
			'Return All: peak memory over start',
			`${raw.nodeSearch.peakDeltaMb} MB`,
			`${raw.axiosSearch.peakDeltaMb} MB (rows held)`,
			`${figures.returnAllPeakDeltaRatio}`,
			'<= 2',
		],
	];
}

/** The pipeline report by Lead › Count against Return All and counting. */
function pipelineReportRows(raw: Raw, figures: Figures): Row[] {
	return [
		[
			`Pipeline report over ${figures.report.leads} leads (status, assignee): requests`,
			`${figures.report.countRequests} (Count)`,
			`${figures.report.returnAllRequests} (Return All + counting)`,
			`${ratio(figures.report.countRequests, figures.report.returnAllRequests)}`,
			'groups + 2 + metadata',
		],
		[
			'  same: wall time',
			seconds(raw.report.count.wallMs),
			seconds(raw.report.returnAll.wallMs),
			`${ratio(raw.report.count.wallMs, raw.report.returnAll.wallMs)}`,
			'',
		],
	];
}

/** The trigger: an idle poll, new leads, new actions. */
function triggerRows(raw: Raw, figures: Figures, items: number): Row[] {
	const { trigger } = figures;
	return [
		[
			'Trigger, idle poll: requests, time',
			`${trigger.idleRequests}, ${seconds(raw.triggerIdle.wallMs)}`,
			'',
			'',
			'= 1',
		],
		[
			`Trigger, poll finding ${items} new leads`,
			`${trigger.newLeadsRequests}, ${seconds(raw.triggerNewLeads.wallMs)}`,
			`${trigger.newLeadsEmitted} emitted`,
			'',
			`= ${trigger.newLeadsExpected} (1 + pages)`,
		],
		[
			`Trigger, New Action, ${trigger.newActionsEmitted} leads with a new action`,
			`${trigger.newActionsRequests}, ${seconds(raw.triggerNewActions.wallMs)}`,
			`${trigger.newActionsEmitted} emitted`,
			'',
			`= ${trigger.newActionsExpected} (pages + 1 per lead + 1)`,
		],
	];
}

const LEADS: Record<UpsertMix, string> = {
	new: 'new leads',
	existing: 'existing leads',
	half: 'leads, half of them existing',
};

/** Batched lookups: requests per item, and wall time against the node before them. */
function upsertRows(raw: Raw, figures: Figures, items: number): Row[] {
	const meta = `+${figures.upsertMetadataRequests} metadata`;
	const rows: Row[] = MIXES.map((mix) => [
		`Create or Update, ${items} ${LEADS[mix]}: requests per item`,
		`${figures.upsertRequestsPerItem[mix]}`,
		raw.upsert[mix].baseline
			? `${writesPerItem(raw.upsert[mix].baseline!)} (search per item)`
			: '2 (search per item)',
		meta,
		'<= 1.02 + metadata',
	]);
	for (const mix of MIXES) {
		const { node, baseline } = raw.upsert[mix];
		if (!baseline) continue;
		rows.push([
			`  same, ${LEADS[mix]}, 8 in flight: wall time`,
			seconds(node.wallMs),
			`${seconds(baseline.wallMs)} (search per item)`,
			`${figures.upsertWallVsBaseline[mix]}`,
			'<= 0.6',
		]);
	}
	return rows;
}

/** Single-item executions (a form): requests per execution against searching first. */
function formRows(raw: Raw, figures: Figures): Row[] {
	const form = figures.formRequestsPerExecution;
	return [
		[
			`Form: ${raw.formExecutions.node.rows} one-item executions, 10 % returning: requests per execution`,
			`${form.node}`,
			form.baseline === null ? '' : `${form.baseline} (search first)`,
			`+${form.metadata} metadata`,
			'<= 1.2 (0.9 × 1 + 0.1 × 3)',
		],
		[
			'  same, every request, metadata included',
			`${form.total}`,
			form.baselineTotal === null ? '' : `${form.baselineTotal} (search first)`,
			'',
			'<= 1.25',
		],
	];
}

/** Create or Update (Queued): Async requests, Confirm's lookups, time at the pace, drops. */
function queuedRows(figures: Figures, items: number): Row[] {
	return [
		[
			`Create or Update (Queued), ${items} leads: Async requests per lead`,
			`${figures.queued.requestsPerLead}`,
			'',
			`+${figures.queued.metadataRequests} metadata`,
			'= 1',
		],
		[
			'  same, with Confirm: Sync lookups per lead',
			`${figures.queued.confirmLookupsPerLead}`,
			'',
			'',
			'<= 0.02',
		],
		[
			'  same, time at the paced rate (18,000 an hour)',
			`${figures.queued.seconds} s`,
			`${figures.queued.pacedSeconds} s (the pace)`,
			`${ratio(figures.queued.seconds, Math.max(figures.queued.pacedSeconds, 0.01))}`,
			'',
		],
		['  same, anything the Async API would have dropped', `${figures.queued.drops}`, '', '', '= 0'],
	];
}

function timelineRows(figures: Figures, items: number): Row[] {
	const timeline = figures.timelineByIdentifierRequestsPerItem;
	return [
		[
			`Timeline Create By Identifier, ${items} items: requests per item`,
			`${timeline.node}`,
			timeline.baseline === null ? '' : `${timeline.baseline} (search per item)`,
			'',
			'<= 1.02',
		],
	];
}

export function tableOf(raw: Raw, figures: Figures, items: number): string {
	const rows = [
		...createRows(raw, figures, items),
		...(raw.n8n ? n8nRows(raw.n8n) : []),
		...otherRows(raw, figures, items),
	];
	return markdownTable(HEAD, rows);
}

/** A Markdown table with padded columns, as docs/performance.md shows it in a code block. */
export function markdownTable(head: string[], rows: string[][]): string {
	const widths = head.map((_, c) => Math.max(...[head, ...rows].map((r) => r[c].length)));
	const line = (r: string[]) => `| ${r.map((cell, c) => cell.padEnd(widths[c])).join(' | ')} |`;
	return [
		line(head),
		`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`,
		...rows.map(line),
	].join('\n');
}
