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
const artifacts_cjs_1 = require('./artifacts.cjs');
const n8nRuntime_cjs_1 = require('../../dev/n8nRuntime.cjs');
const examples_cjs_1 = require('../../dev/examples.cjs');
const server_cjs_1 = require('../../sandbox/server.cjs');
const fakeOpenAi_cjs_1 = require('../support/fakeOpenAi.cjs');
const CHAT_ID = 'telecrm-agent-chat';
let sandbox;
let n8n;
const model = new fakeOpenAi_cjs_1.FakeOpenAi();
beforeAll(async () => {
	const runtime = (0, n8nRuntime_cjs_1.ensureRuntime)();
	sandbox = await (0, server_cjs_1.startSandbox)({ seed: 60 });
	await model.start();
	const work = fs.mkdtempSync(path.join(os.tmpdir(), 'telecrm-agent-'));
	n8n = new n8nRuntime_cjs_1.N8nInstance({
		runtime,
		userFolder: work,
		port: 6600 + Math.floor(Math.random() * 100) * 2,
	});
	n8n.installPackage((0, n8nRuntime_cjs_1.packTarball)(work));
	n8n.importSandboxWorkspace(sandbox);
	n8n.importJson('credentials', [
		{
			id: 'fakeOpenAi',
			name: 'Fake OpenAI',
			type: 'openAiApi',
			data: { apiKey: 'sk-test', url: model.baseUrl },
		},
	]);
	const example = (0, examples_cjs_1.readExample)('agent-tools');
	const chat = example.nodes.find((n) => n.name === 'When chat message received');
	chat.webhookId = CHAT_ID;
	chat.parameters = { ...chat.parameters, public: true, options: { responseMode: 'lastNode' } };
	example.nodes.find((n) => n.name === 'OpenAI Chat Model').credentials = {
		openAiApi: { id: 'fakeOpenAi', name: 'Fake OpenAI' },
	};
	n8n.importJson('workflow', example);
	n8n.activate('telecrmAgentTools');
	await n8n.start();
	await n8n.waitFor(
		async () =>
			(await axios_1.default.get(`${n8n.baseUrl}/webhook/${CHAT_ID}/chat`)).status === 200,
		'the chat to be live',
	);
}, 600_000);
afterAll(async () => {
	await n8n?.stop();
	await model.stop();
	await sandbox?.stop();
});
const ask = async (chatInput) =>
	await axios_1.default.post(
		`${n8n.baseUrl}/webhook/${CHAT_ID}/chat`,
		{ action: 'sendMessage', sessionId: `s-${Date.now()}`, chatInput },
		{ validateStatus: () => true, timeout: 120_000 },
	);
describe('the agent-tools example, executed', () => {
	it('finds the lead and logs a site visit through the TeleCRM tools, in the right wire format', async () => {
		const lead = sandbox.state.leads[4];
		const phone = String(lead.fields.phone);
		const typed = `+${phone.slice(0, 2)} ${phone.slice(2, 7)} ${phone.slice(7)}`;
		model.requests.length = 0;
		model.script = (_request, results) => {
			if (results.length === 0) return { tool: 'Find_lead', args: { phone: typed } };
			if (results.length === 1)
				return {
					tool: 'Log_site_visit',
					args: { phone, note: 'Walked the plot with the family', outcome: 'Interested' },
				};
			return { text: `Logged the visit for ${String(lead.fields.name)}.` };
		};
		const before = lead.actions.length;
		const res = await ask(`Log an interested site visit for ${typed}`);
		expect(res.status).toBe(200);
		expect(JSON.stringify(res.data)).toContain('Logged the visit');
		const visit = lead.actions.find(
			(a) => a.type === '1001' && a.fields?.note === 'Walked the plot with the family',
		);
		expect(lead.actions.length).toBe(before + 1);
		expect(visit?.fields).toMatchObject({ outcome: 'Interested' });
		const tools = model.requests[0].tools ?? [];
		fs.writeFileSync(
			path.join(artifacts_cjs_1.ARTIFACTS, 'agent-tool-schema.json'),
			JSON.stringify(tools, null, 2),
		);
		expect(tools.map((t) => t.function.name).sort()).toEqual(['Find_lead', 'Log_site_visit']);
		const find = tools.find((t) => t.function.name === 'Find_lead').function;
		expect(find.description).toBe(
			'Find a TeleCRM lead by phone number and return its fields and its 5 latest actions.',
		);
		expect(Object.keys(find.parameters.properties)).toEqual(['phone']);
		const found = model.requests[1].messages.find((m) => m.role === 'tool');
		expect(String(found?.content)).toContain(String(lead.fields.name));
	});
	it('a tool error (unknown phone) reaches the agent as a readable message, not a crash', async () => {
		model.requests.length = 0;
		model.script = (_request, results) =>
			results.length === 0
				? { tool: 'Find_lead', args: { phone: '919999000000' } }
				: { text: `The lead could not be found: ${String(results[0].content)}` };
		const res = await ask('Find the lead 919999000000');
		expect(res.status).toBe(200);
		const toolResult = String(model.requests[1]?.messages.find((m) => m.role === 'tool')?.content);
		expect(JSON.parse(toolResult)).toEqual([
			{
				error: 'No lead has phone = "919999000000"',
				description: 'Check the value, or create the lead first (operation "Create or Update").',
			},
		]);
	});
});
//# sourceMappingURL=agent.test.cjs.map
