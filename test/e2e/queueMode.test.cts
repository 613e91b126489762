/**
 * The package in n8n's queue mode, as teams scale out: a main instance and a worker sharing
 * PostgreSQL and Redis, the packed package installed in both user folders. Webhook and trigger
 * executions are enqueued by the main and run on the worker.
 */
import axios from 'axios';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as timers from 'node:timers/promises';

import { ensureRuntime, N8nInstance, packTarball } from '../../dev/n8nRuntime.cjs';
import { readExample } from '../../dev/examples.cjs';
import type { Service } from '../../dev/queueServices.cjs';
import { startQueueServices } from '../../dev/queueServices.cjs';
import type { Sandbox } from '../../sandbox/server.cjs';
import { startSandbox } from '../../sandbox/server.cjs';
import { ScriptedServer } from '../support/scriptedServer.cjs';

const base = 6000 + Math.floor(Math.random() * 400) * 5;
const services: Service[] = [];
let sandbox: Sandbox;
let main: N8nInstance;
let worker: N8nInstance;
const notify = new ScriptedServer(() => ({ status: 200, body: { ok: true } }));

/** Webhook → TeleCRM Create or Update, the lead's phone and name from the request body. */
const webhookWorkflow = {
	id: 'telecrmQueueWebhook',
	name: 'TeleCRM: webhook to lead (queue mode)',
	nodes: [
		{
			id: '7a1e2a90-7d34-4b6f-9e21-0a8b3c4d5e01',
			name: 'Webhook',
			type: 'n8n-nodes-base.webhook',
			typeVersion: 2,
			position: [0, 0],
			webhookId: '7a1e2a90-7d34-4b6f-9e21-0a8b3c4d5eff',
			parameters: { httpMethod: 'POST', path: 'telecrm-queue', responseMode: 'onReceived' },
		},
		{
			id: '7a1e2a90-7d34-4b6f-9e21-0a8b3c4d5e02',
			name: 'Create or update lead',
			type: 'n8n-nodes-telecrm.teleCrm',
			typeVersion: 1,
			position: [260, 0],
			credentials: { teleCrmSyncApi: { id: 'teleCrmSandbox', name: 'TeleCRM sandbox' } },
			parameters: {
				resource: 'lead',
				operation: 'upsert',
				fields: {
					mappingMode: 'defineBelow',
					value: { phone: '={{ $json.body.phone }}', name: '={{ $json.body.name }}' },
					matchingColumns: [],
					schema: [],
				},
			},
		},
	],
	connections: {
		Webhook: { main: [[{ node: 'Create or update lead', type: 'main', index: 0 }]] },
	},
	settings: { executionOrder: 'v1' },
	pinData: {},
};

beforeAll(async () => {
	const runtime = ensureRuntime();
	services.push(...(await startQueueServices(base, 'n8n')));
	sandbox = await startSandbox({ seed: 20 });
	await notify.start();
	const queue: NodeJS.ProcessEnv = {
		EXECUTIONS_MODE: 'queue',
		QUEUE_BULL_REDIS_HOST: '127.0.0.1',
		QUEUE_BULL_REDIS_PORT: String(base),
		QUEUE_BULL_PREFIX: 'telecrm-e2e',
		DB_TYPE: 'postgresdb',
		DB_POSTGRESDB_HOST: '127.0.0.1',
		DB_POSTGRESDB_PORT: String(base + 1),
		DB_POSTGRESDB_DATABASE: 'n8n',
		DB_POSTGRESDB_USER: 'postgres',
		DB_POSTGRESDB_PASSWORD: '',
	};
	const key = 'telecrm-queue-mode-e2e';
	const folder = (name: string) => fs.mkdtempSync(path.join(os.tmpdir(), `telecrm-${name}-`));
	main = new N8nInstance({
		runtime,
		userFolder: folder('main'),
		port: base + 2,
		env: queue,
		encryptionKey: key,
	});
	worker = new N8nInstance({
		runtime,
		userFolder: folder('worker'),
		port: base + 3,
		encryptionKey: key,
		env: { ...queue, QUEUE_HEALTH_CHECK_PORT: String(base + 3) },
	});
	// n8n's docs for queue mode: install community packages on every instance by hand.
	const tarball = packTarball(folder('pack'));
	main.installPackage(tarball);
	worker.installPackage(tarball);
	main.importSandboxWorkspace(sandbox);
	main.importJson('workflow', webhookWorkflow);
	const trigger = readExample('new-lead-notify');
	trigger.nodes.find((n) => n.name === 'Notify the team')!.parameters.url = `${notify.baseUrl}/q`;
	main.importJson('workflow', trigger);
	main.activate('telecrmQueueWebhook');
	main.activate('telecrmNewLeadNotify');
	await main.start();
	await worker.startWorker();
}, 600_000);

afterAll(async () => {
	await worker?.stop();
	await main?.stop();
	await sandbox?.stop();
	await notify.stop();
	for (const service of services.reverse()) await service.stop();
});

const post = async (phone: string, name: string) =>
	await axios.post(`${main.baseUrl}/webhook/telecrm-queue`, { phone, name });
const leadByPhone = (phone: string) => sandbox.state.leads.find((l) => l.fields.phone === phone);

describe('queue mode: main + worker, PostgreSQL, Redis', () => {
	it('a webhook execution with the TeleCRM node is enqueued by the main and runs on the worker', async () => {
		expect((await post('919833300001', 'Queued One')).status).toBe(200);
		await main.waitFor(async () => leadByPhone('919833300001') !== undefined, 'the lead', 60_000);
		expect(leadByPhone('919833300001')!.fields.name).toBe('Queued One');
		await main.waitFor(
			async () => /Worker finished execution/.test(worker.log()),
			'the worker log',
		);
		expect(main.log()).toMatch(/Enqueued execution/);
		expect(worker.log()).toMatch(/Worker started execution/);
	});

	it('with the worker stopped the execution stays queued; a worker started later runs it', async () => {
		await worker.stop();
		expect((await post('919833300002', 'Queued Two')).status).toBe(200);
		await timers.setTimeout(8000);
		expect(leadByPhone('919833300002')).toBeUndefined();
		await worker.startWorker();
		await main.waitFor(
			async () => leadByPhone('919833300002') !== undefined,
			'the queued job',
			60_000,
		);
	});

	it('the TeleCRM Trigger polls on the main and its executions run on the worker', async () => {
		const created = await axios.post(
			`${sandbox.baseUrl}/enterprise/${sandbox.enterpriseId}/lead`,
			{ fields: { phone: '919833300003', name: 'Queued Ads', contact_source: 'Facebook Ads' } },
			{ headers: { Authorization: `Bearer ${sandbox.syncToken}` } },
		);
		const leadId = created.data.lead_id as string;
		await main.waitFor(
			async () => notify.requests.length > 0,
			'the trigger (polls every minute)',
			150_000,
		);
		expect(notify.requests.map((r) => (r.body as { lead_id: string }).lead_id)).toEqual([leadId]);
		expect(worker.log().match(/Worker finished execution/g)?.length).toBeGreaterThanOrEqual(1);
	}, 200_000);
});
