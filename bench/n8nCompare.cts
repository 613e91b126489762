/**
 * Where the real n8n from the e2e suite is installed: the same creates through n8n's own
 * HTTP Request node and through this node, each in `n8n execute`. Times are the nodes' own
 * execution times as n8n records them, so n8n's start-up is not part of them.
 */
import { N8nInstance, packTarball, runtimeDir } from '../dev/n8nRuntime.cjs';
import { selectedRelease } from '../dev/n8nReleases.cjs';
import type { ExecutionResult } from '../dev/n8nRuntime.cjs';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

export interface SandboxInfo {
	baseUrl: string;
	enterpriseId: string;
	syncToken: string;
}

export interface SandboxCounts {
	requests: number;
	/** GET requests: in the write benchmarks, the metadata requests. */
	gets?: number;
	/** What the Async endpoint dropped silently so far (telecrm would have lost it). */
	asyncDrops?: number;
	/** The most requests the sandbox answered at once since the last reading. */
	maxInFlight: number;
}

interface Timed extends SandboxCounts {
	/** Sum of the execution times n8n recorded for the workflow's request-making nodes. */
	ms: number;
}

export interface N8nComparison {
	items: number;
	/**
	 * The HTTP Request node fires every item's request without waiting for answers (its
	 * batching option only spaces them out); Loop Over Items in batches of 32 caps it at 32.
	 */
	httpRequestAllAtOnce: Timed;
	httpRequestBatchesOf32: Timed;
	teleCrmOneAtATime: Timed;
	teleCrm32InFlight: Timed;
	ratio32VsAllAtOnce: number;
	ratio32VsBatchesOf32: number;
}

export function n8nInstalled(): boolean {
	return fs.existsSync(path.join(runtimeDir(), '.complete'));
}

interface WorkflowNode {
	name: string;
	type: string;
	typeVersion: number;
	parameters: Record<string, unknown>;
	credentials?: Record<string, unknown>;
}

const link = (...names: string[]) => ({
	main: names.map((name) => (name ? [{ node: name, type: 'main', index: 0 }] : [])),
});

/** Manual trigger → item generator → `steps` (wired by `wiring`, default a chain). */
function workflow(
	id: string,
	items: number,
	prefix: string,
	steps: WorkflowNode[],
	wiring?: Record<string, unknown>,
) {
	const generator = {
		name: 'Make items',
		type: 'n8n-nodes-base.code',
		typeVersion: 2,
		parameters: {
			jsCode: `return Array.from({ length: ${items} }, (_, i) => ({ json: { phone: '${prefix}' + String(i).padStart(6, '0'), name: 'Bench ' + i, email: 'bench' + i + '@example.com' } }));`,
		},
	};
	const trigger = {
		name: 'Run now',
		type: 'n8n-nodes-base.manualTrigger',
		typeVersion: 1,
		parameters: {},
	};
	const nodes = [trigger, generator, ...steps].map((node, i) => ({
		id: `b${i}`,
		position: [i * 200, 0],
		...node,
	}));
	const chain: Record<string, unknown> = {};
	nodes.slice(0, -1).forEach((node, i) => (chain[node.name] = link(nodes[i + 1].name)));
	return {
		id,
		name: id,
		active: false,
		nodes,
		connections: { ...chain, ...wiring },
		settings: { executionOrder: 'v1' },
		pinData: {},
	};
}

function httpRequestNode(sandbox: SandboxInfo): WorkflowNode {
	return {
		name: 'HTTP Request',
		type: 'n8n-nodes-base.httpRequest',
		typeVersion: 4.2,
		parameters: {
			method: 'POST',
			url: `${sandbox.baseUrl}/enterprise/${sandbox.enterpriseId}/lead`,
			sendHeaders: true,
			headerParameters: {
				parameters: [{ name: 'Authorization', value: `Bearer ${sandbox.syncToken}` }],
			},
			sendBody: true,
			specifyBody: 'json',
			jsonBody: '={{ JSON.stringify({ fields: $json }) }}',
			options: {},
		},
	};
}

const loopOverItems: WorkflowNode = {
	name: 'Loop Over Items',
	type: 'n8n-nodes-base.splitInBatches',
	typeVersion: 3,
	parameters: { batchSize: 32, options: {} },
};

const teleCrm = (itemsInFlight: number): WorkflowNode => ({
	name: 'TeleCRM',
	type: 'n8n-nodes-telecrm.teleCrm',
	typeVersion: 1,
	credentials: { teleCrmSyncApi: { id: 'benchTeleCrm', name: 'TeleCRM sandbox' } },
	parameters: {
		resource: 'lead',
		operation: 'create',
		fields: { mappingMode: 'autoMapInputData', value: null, matchingColumns: [], schema: [] },
		requestOptions: { itemsInFlight },
	},
});

/** Execution time n8n recorded for every run of the named nodes. */
function nodeTime(result: ExecutionResult, names: string[]): number {
	return names
		.flatMap((name) => result.runData[name] ?? [])
		.reduce((sum, run) => sum + (run.executionTime ?? 0), 0);
}

function importWorkflows(n8n: N8nInstance, sandbox: SandboxInfo, items: number): void {
	const http = httpRequestNode(sandbox);
	// Loop Over Items: its "loop" output (the second) feeds the HTTP Request node, which returns.
	const loopWiring = {
		'Loop Over Items': link('', 'HTTP Request'),
		'HTTP Request': link('Loop Over Items'),
	};
	n8n.importJson('workflow', workflow('benchHttpAll', items, '919302', [http]));
	n8n.importJson(
		'workflow',
		workflow('benchHttpLoop32', items, '919303', [loopOverItems, http], loopWiring),
	);
	n8n.importJson('workflow', workflow('benchTeleCrmOne', items, '919304', [teleCrm(1)]));
	n8n.importJson('workflow', workflow('benchTeleCrm32', items, '919305', [teleCrm(32)]));
}

export async function compareWithHttpRequestNode(
	sandbox: SandboxInfo,
	items: number,
	counts: () => Promise<SandboxCounts>,
): Promise<N8nComparison> {
	const work = fs.mkdtempSync(path.join(os.tmpdir(), 'telecrm-bench-n8n-'));
	const n8n = new N8nInstance({
		runtime: {
			bin: path.join(runtimeDir(), 'node_modules', 'n8n', 'bin', 'n8n'),
			release: selectedRelease(),
		},
		userFolder: work,
		port: 5900,
	});
	n8n.installPackage(packTarball(work));
	n8n.importJson('credentials', [
		{ id: 'benchTeleCrm', name: 'TeleCRM sandbox', type: 'teleCrmSyncApi', data: sandbox },
	]);
	importWorkflows(n8n, sandbox, items);
	const timed = async (id: string, names: string[]): Promise<Timed> => {
		const before = await counts();
		const result = await n8n.execute(id);
		if (result.error) throw new Error(`${id}: ${result.error.message}`);
		const after = await counts();
		return {
			ms: nodeTime(result, names),
			requests: after.requests - before.requests,
			maxInFlight: after.maxInFlight,
		};
	};
	const http = ['HTTP Request'];
	const httpRequestAllAtOnce = await timed('benchHttpAll', http);
	const httpRequestBatchesOf32 = await timed('benchHttpLoop32', ['Loop Over Items', ...http]);
	const teleCrmOneAtATime = await timed('benchTeleCrmOne', ['TeleCRM']);
	const teleCrm32InFlight = await timed('benchTeleCrm32', ['TeleCRM']);
	fs.rmSync(work, { recursive: true, force: true });
	const ratio = (a: Timed, b: Timed) => Math.round((a.ms / b.ms) * 100) / 100;
	return {
		items,
		httpRequestAllAtOnce,
		httpRequestBatchesOf32,
		teleCrmOneAtATime,
		teleCrm32InFlight,
		ratio32VsAllAtOnce: ratio(teleCrm32InFlight, httpRequestAllAtOnce),
		ratio32VsBatchesOf32: ratio(teleCrm32InFlight, httpRequestBatchesOf32),
	};
}
