/**
 * The package installed by hand with its peer dependency, as `npm install n8n-nodes-telecrm`
 * in ~/.n8n/nodes does: the package then has its own n8n-workflow, so the errors n8n's request
 * helper throws are another copy's classes. Retries and fallbacks must work all the same.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import axios from 'axios';

import { EXAMPLE_CREDENTIAL_ID } from '../../dev/examples.cjs';
import { ensureRuntime, N8nInstance, packTarball } from '../../dev/n8nRuntime.cjs';
import type { Sandbox } from '../../sandbox/server.cjs';
import { startSandbox } from '../../sandbox/server.cjs';

let sandbox: Sandbox;
let n8n: N8nInstance;
let nodesFolder: string;

/** Manual Trigger → one TeleCRM node with these parameters. */
function workflow(id: string, parameters: Record<string, unknown>) {
	return {
		id,
		name: id,
		nodes: [
			{
				id: `${id}-start`,
				name: 'Start',
				type: 'n8n-nodes-base.manualTrigger',
				typeVersion: 1,
				position: [0, 0],
				parameters: {},
			},
			{
				id: `${id}-telecrm`,
				name: 'TeleCRM',
				type: 'n8n-nodes-telecrm.teleCrm',
				typeVersion: 1,
				position: [220, 0],
				credentials: { teleCrmSyncApi: { id: EXAMPLE_CREDENTIAL_ID, name: 'TeleCRM sandbox' } },
				parameters,
			},
		],
		connections: { Start: { main: [[{ node: 'TeleCRM', type: 'main', index: 0 }]] } },
		settings: { executionOrder: 'v1' },
		pinData: {},
	};
}

const mapper = (value: Record<string, string>) => ({
	mappingMode: 'defineBelow',
	value,
	matchingColumns: [],
	schema: [],
});

async function run(id: string) {
	const result = await n8n.execute(id);
	expect(result.error).toBeUndefined();
	return result.runData.TeleCRM[0].data!.main[0].map((item) => item.json);
}

const withPhone = (phone: string) => sandbox.state.leads.filter((l) => l.fields.phone === phone);

beforeAll(async () => {
	const runtime = ensureRuntime();
	const work = fs.mkdtempSync(path.join(os.tmpdir(), 'telecrm-peers-'));
	sandbox = await startSandbox({ seed: 10 });
	n8n = new N8nInstance({
		runtime,
		userFolder: work,
		port: 6900 + Math.floor(Math.random() * 50) * 2,
	});
	n8n.npmInstallPackage(packTarball(work));
	nodesFolder = path.join(work, '.n8n', 'nodes', 'node_modules');
	n8n.importSandboxWorkspace(sandbox);
	const lead = sandbox.state.leads[0];
	const workflows = [
		workflow('peersGet', {
			resource: 'lead',
			operation: 'get',
			lead: { __rl: true, mode: 'id', value: lead.id },
		}),
		workflow('peersCreate', {
			resource: 'lead',
			operation: 'create',
			fields: mapper({ phone: '919844400001', name: 'Lost Answer' }),
		}),
		workflow('peersUpsert', {
			resource: 'lead',
			operation: 'upsert',
			fields: mapper({ phone: '919844400002', name: 'From n8n' }),
			matchStrategy: 'lookUpFirst',
		}),
		// One item, Automatic: created first, answered 409, looked up, updated.
		workflow('peersUpsertExisting', {
			resource: 'lead',
			operation: 'upsert',
			fields: mapper({ phone: String(lead.fields.phone), name: 'Returning' }),
		}),
	];
	for (const wf of workflows) n8n.importJson('workflow', wf);
}, 600_000);

afterAll(async () => {
	await sandbox?.stop();
});

describe('installed with npm, peers included (a second n8n-workflow)', () => {
	it('npm installed the peer n8n-workflow beside the package', () => {
		expect(fs.existsSync(path.join(nodesFolder, 'n8n-nodes-telecrm'))).toBe(true);
		expect(fs.existsSync(path.join(nodesFolder, 'n8n-workflow', 'package.json'))).toBe(true);
	});

	it('a read whose connection dropped is retried', async () => {
		sandbox.faults.add({ kind: 'drop', match: /^GET \/lead\// });
		const [lead] = await run('peersGet');
		expect(lead.lead_id).toBe(sandbox.state.leads[0].id);
		expect(sandbox.faults.log.byKind.drop).toBe(1);
	});

	it('a create whose answer was lost is found afterwards, not sent twice', async () => {
		sandbox.faults.add({ kind: 'drop', match: /^POST \/lead$/, after: true });
		const [lead] = await run('peersCreate');
		expect(lead.recovered).toMatch(/answer to the create request was lost/);
		expect(withPhone('919844400001')).toHaveLength(1);
	});

	it('Create or Update: a lead created by someone else after the lookup ends as an update', async () => {
		sandbox.onAnswer = async (request) => {
			if (!request.path.endsWith('/lead/search') || !request.body.includes('919844400002')) return;
			sandbox.onAnswer = undefined;
			await axios.post(
				`${sandbox.baseUrl}/enterprise/${sandbox.enterpriseId}/lead`,
				{ fields: { phone: '919844400002', name: 'From elsewhere' } },
				{ headers: { Authorization: `Bearer ${sandbox.syncToken}` } },
			);
		};
		const [lead] = await run('peersUpsert');
		expect(lead.result).toBe('updated');
		expect(withPhone('919844400002')).toHaveLength(1);
		expect(withPhone('919844400002')[0].fields.name).toBe('From n8n');
	});

	it('Create or Update of an existing lead, creating first: the 409 ends as an update', async () => {
		const [lead] = await run('peersUpsertExisting');
		expect(lead).toMatchObject({ result: 'updated', lead_id: sandbox.state.leads[0].id });
		expect(sandbox.state.leads[0].fields.name).toBe('Returning');
	});
});
