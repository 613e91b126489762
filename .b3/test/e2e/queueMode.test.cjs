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
var __importDefault =
	(this && this.__importDefault) ||
	function (mod) {
		return mod && mod.__esModule ? mod : { default: mod };
	};
Object.defineProperty(exports, '__esModule', { value: true });
const axios_1 = __importDefault(require('axios'));
const fs = __importStar(require('node:fs'));
const os = __importStar(require('node:os'));
const path = __importStar(require('node:path'));
const timers = __importStar(require('node:timers/promises'));
const n8nRuntime_cjs_1 = require('../../dev/n8nRuntime.cjs');
const examples_cjs_1 = require('../../dev/examples.cjs');
const queueServices_cjs_1 = require('../../dev/queueServices.cjs');
const server_cjs_1 = require('../../sandbox/server.cjs');
const scriptedServer_cjs_1 = require('../support/scriptedServer.cjs');
const base = 6000 + Math.floor(Math.random() * 400) * 5;
const services = [];
let sandbox;
let main;
let worker;
const notify = new scriptedServer_cjs_1.ScriptedServer(() => ({ status: 200, body: { ok: true } }));
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
	const runtime = (0, n8nRuntime_cjs_1.ensureRuntime)();
	services.push(...(await (0, queueServices_cjs_1.startQueueServices)(base, 'n8n')));
	sandbox = await (0, server_cjs_1.startSandbox)({ seed: 20 });
	await notify.start();
	const queue = {
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
	const folder = (name) => fs.mkdtempSync(path.join(os.tmpdir(), `telecrm-${name}-`));
	main = new n8nRuntime_cjs_1.N8nInstance({
		runtime,
		userFolder: folder('main'),
		port: base + 2,
		env: queue,
		encryptionKey: key,
	});
	worker = new n8nRuntime_cjs_1.N8nInstance({
		runtime,
		userFolder: folder('worker'),
		port: base + 3,
		encryptionKey: key,
		env: { ...queue, QUEUE_HEALTH_CHECK_PORT: String(base + 3) },
	});
	const tarball = (0, n8nRuntime_cjs_1.packTarball)(folder('pack'));
	main.installPackage(tarball);
	worker.installPackage(tarball);
	main.importSandboxWorkspace(sandbox);
	main.importJson('workflow', webhookWorkflow);
	const trigger = (0, examples_cjs_1.readExample)('new-lead-notify');
	trigger.nodes.find((n) => n.name === 'Notify the team').parameters.url = `${notify.baseUrl}/q`;
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
const post = async (phone, name) =>
	await axios_1.default.post(`${main.baseUrl}/webhook/telecrm-queue`, { phone, name });
const leadByPhone = (phone) => sandbox.state.leads.find((l) => l.fields.phone === phone);
describe('queue mode: main + worker, PostgreSQL, Redis', () => {
	it('a webhook execution with the TeleCRM node is enqueued by the main and runs on the worker', async () => {
		expect((await post('919833300001', 'Queued One')).status).toBe(200);
		await main.waitFor(async () => leadByPhone('919833300001') !== undefined, 'the lead', 60_000);
		expect(leadByPhone('919833300001').fields.name).toBe('Queued One');
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
		const created = await axios_1.default.post(
			`${sandbox.baseUrl}/enterprise/${sandbox.enterpriseId}/lead`,
			{ fields: { phone: '919833300003', name: 'Queued Ads', contact_source: 'Facebook Ads' } },
			{ headers: { Authorization: `Bearer ${sandbox.syncToken}` } },
		);
		const leadId = created.data.lead_id;
		await main.waitFor(
			async () => notify.requests.length > 0,
			'the trigger (polls every minute)',
			150_000,
		);
		expect(notify.requests.map((r) => r.body.lead_id)).toEqual([leadId]);
		expect(worker.log().match(/Worker finished execution/g)?.length).toBeGreaterThanOrEqual(1);
	}, 200_000);
});
//# sourceMappingURL=queueMode.test.cjs.map
