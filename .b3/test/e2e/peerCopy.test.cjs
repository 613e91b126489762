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
const fs = __importStar(require('node:fs'));
const os = __importStar(require('node:os'));
const path = __importStar(require('node:path'));
const axios_1 = __importDefault(require('axios'));
const examples_cjs_1 = require('../../dev/examples.cjs');
const n8nRuntime_cjs_1 = require('../../dev/n8nRuntime.cjs');
const server_cjs_1 = require('../../sandbox/server.cjs');
let sandbox;
let n8n;
let nodesFolder;
function workflow(id, parameters) {
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
				credentials: {
					teleCrmSyncApi: { id: examples_cjs_1.EXAMPLE_CREDENTIAL_ID, name: 'TeleCRM sandbox' },
				},
				parameters,
			},
		],
		connections: { Start: { main: [[{ node: 'TeleCRM', type: 'main', index: 0 }]] } },
		settings: { executionOrder: 'v1' },
		pinData: {},
	};
}
const mapper = (value) => ({
	mappingMode: 'defineBelow',
	value,
	matchingColumns: [],
	schema: [],
});
async function run(id) {
	const result = await n8n.execute(id);
	expect(result.error).toBeUndefined();
	return result.runData.TeleCRM[0].data.main[0].map((item) => item.json);
}
const withPhone = (phone) => sandbox.state.leads.filter((l) => l.fields.phone === phone);
beforeAll(async () => {
	const runtime = (0, n8nRuntime_cjs_1.ensureRuntime)();
	const work = fs.mkdtempSync(path.join(os.tmpdir(), 'telecrm-peers-'));
	sandbox = await (0, server_cjs_1.startSandbox)({ seed: 10 });
	n8n = new n8nRuntime_cjs_1.N8nInstance({
		runtime,
		userFolder: work,
		port: 6900 + Math.floor(Math.random() * 50) * 2,
	});
	n8n.npmInstallPackage((0, n8nRuntime_cjs_1.packTarball)(work));
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
			await axios_1.default.post(
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
//# sourceMappingURL=peerCopy.test.cjs.map
