/**
 * Where the real n8n from the e2e suite is installed: the same creates through n8n's own
 * HTTP Request node and through this node, both in `n8n execute`. A third workflow with only
 * the item generator measures n8n's fixed cost, which is taken off both.
 */
import { N8nInstance, packTarball, runtimeDir } from '../dev/n8nRuntime.cjs';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

export interface SandboxInfo {
	baseUrl: string;
	enterpriseId: string;
	syncToken: string;
}

interface Timed {
	ms: number;
	requests: number;
}

export interface N8nComparison {
	items: number;
	generatorOnly: Timed;
	/**
	 * The HTTP Request node fires every item's request without waiting for answers (its
	 * batching option only spaces them out), so it has no one-at-a-time mode to compare with.
	 */
	httpRequestAllAtOnce: Timed;
	teleCrmOneAtATime: Timed;
	teleCrm32InFlight: Timed;
	/** Request time (generator taken off) of TeleCRM at 32 in flight over the HTTP Request node's. */
	ratio32VsAllAtOnce: number;
}

export function n8nInstalled(): boolean {
	return fs.existsSync(path.join(runtimeDir(), '.complete'));
}

const trigger = {
	id: 'b1',
	name: 'Run now',
	type: 'n8n-nodes-base.manualTrigger',
	typeVersion: 1,
	position: [0, 0],
	parameters: {},
};

function generator(items: number, prefix: string) {
	return {
		id: 'b2',
		name: 'Make items',
		type: 'n8n-nodes-base.code',
		typeVersion: 2,
		position: [200, 0],
		parameters: {
			jsCode: `return Array.from({ length: ${items} }, (_, i) => ({ json: { phone: '${prefix}' + String(i).padStart(6, '0'), name: 'Bench ' + i, email: 'bench' + i + '@example.com' } }));`,
		},
	};
}

function workflow(id: string, items: number, prefix: string, last?: Record<string, unknown>) {
	const nodes: Array<Record<string, unknown>> = [trigger, generator(items, prefix)];
	const connections: Record<string, unknown> = {
		'Run now': { main: [[{ node: 'Make items', type: 'main', index: 0 }]] },
	};
	if (last) {
		nodes.push({ id: 'b3', position: [400, 0], ...last });
		connections['Make items'] = { main: [[{ node: String(last.name), type: 'main', index: 0 }]] };
	}
	return {
		id,
		name: id,
		active: false,
		nodes,
		connections,
		settings: { executionOrder: 'v1' },
		pinData: {},
	};
}

export async function compareWithHttpRequestNode(
	sandbox: SandboxInfo,
	items: number,
	requestsSoFar: () => Promise<number>,
): Promise<N8nComparison> {
	const work = fs.mkdtempSync(path.join(os.tmpdir(), 'telecrm-bench-n8n-'));
	const n8n = new N8nInstance({
		bin: path.join(runtimeDir(), 'node_modules', 'n8n', 'bin', 'n8n'),
		userFolder: work,
		port: 5900,
	});
	n8n.installPackage(packTarball(work));
	n8n.importJson('credentials', [
		{ id: 'benchTeleCrm', name: 'TeleCRM sandbox', type: 'teleCrmSyncApi', data: sandbox },
	]);
	const api = `${sandbox.baseUrl}/enterprise/${sandbox.enterpriseId}`;
	const httpRequest = (options: Record<string, unknown>) => ({
		name: 'HTTP Request',
		type: 'n8n-nodes-base.httpRequest',
		typeVersion: 4.2,
		parameters: {
			method: 'POST',
			url: `${api}/lead`,
			sendHeaders: true,
			headerParameters: {
				parameters: [{ name: 'Authorization', value: `Bearer ${sandbox.syncToken}` }],
			},
			sendBody: true,
			specifyBody: 'json',
			jsonBody: '={{ JSON.stringify({ fields: $json }) }}',
			options,
		},
	});
	const teleCrm = (itemsInFlight: number) => ({
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
	n8n.importJson('workflow', workflow('benchGeneratorOnly', items, '919301'));
	n8n.importJson('workflow', workflow('benchHttpAll', items, '919302', httpRequest({})));
	n8n.importJson('workflow', workflow('benchTeleCrmOne', items, '919304', teleCrm(1)));
	n8n.importJson('workflow', workflow('benchTeleCrm32', items, '919305', teleCrm(32)));
	const timed = async (id: string) => {
		const before = await requestsSoFar();
		const started = Date.now();
		const result = await n8n.execute(id);
		if (result.error) throw new Error(`${id}: ${result.error.message}`);
		return { ms: Date.now() - started, requests: (await requestsSoFar()) - before };
	};
	const generatorOnly = await timed('benchGeneratorOnly');
	const httpRequestAllAtOnce = await timed('benchHttpAll');
	const teleCrmOneAtATime = await timed('benchTeleCrmOne');
	const teleCrm32InFlight = await timed('benchTeleCrm32');
	fs.rmSync(work, { recursive: true, force: true });
	const part = (t: Timed) => t.ms - generatorOnly.ms;
	const ratio = (a: Timed, b: Timed) => Math.round((part(a) / part(b)) * 100) / 100;
	return {
		items,
		generatorOnly,
		httpRequestAllAtOnce,
		teleCrmOneAtATime,
		teleCrm32InFlight,
		ratio32VsAllAtOnce: ratio(teleCrm32InFlight, httpRequestAllAtOnce),
	};
}
