/**
 * The AI agent example executed in a real n8n: a scripted OpenAI-compatible server stands in
 * for the model, the agent calls the TeleCRM tools, and what they did is checked in the sandbox.
 */
import axios from 'axios';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

import { ARTIFACTS } from './artifacts.cjs';
import { ensureRuntime, N8nInstance, packTarball } from '../../dev/n8nRuntime.cjs';
import { readExample } from '../../dev/examples.cjs';
import type { Sandbox } from '../../sandbox/server.cjs';
import { startSandbox } from '../../sandbox/server.cjs';
import type { ChatMessage } from '../support/fakeOpenAi.cjs';
import { FakeOpenAi } from '../support/fakeOpenAi.cjs';

const CHAT_ID = 'telecrm-agent-chat';
let sandbox: Sandbox;
let n8n: N8nInstance;
const model = new FakeOpenAi();

beforeAll(async () => {
	const runtime = ensureRuntime();
	sandbox = await startSandbox({ seed: 60 });
	await model.start();
	const work = fs.mkdtempSync(path.join(os.tmpdir(), 'telecrm-agent-'));
	n8n = new N8nInstance({
		runtime,
		userFolder: work,
		port: 6600 + Math.floor(Math.random() * 100) * 2,
	});
	n8n.installPackage(packTarball(work));
	n8n.importSandboxWorkspace(sandbox);
	n8n.importJson('credentials', [
		{
			id: 'fakeOpenAi',
			name: 'Fake OpenAI',
			type: 'openAiApi',
			data: { apiKey: 'sk-test', url: model.baseUrl },
		},
	]);
	// The example as shipped, with its chat reachable over HTTP and the model pointed at the fake.
	const example = readExample('agent-tools') as ReturnType<typeof readExample> & {
		nodes: Array<{
			name: string;
			parameters: Record<string, unknown>;
			credentials?: unknown;
			webhookId?: string;
		}>;
	};
	const chat = example.nodes.find((n) => n.name === 'When chat message received')!;
	chat.webhookId = CHAT_ID;
	chat.parameters = { ...chat.parameters, public: true, options: { responseMode: 'lastNode' } };
	example.nodes.find((n) => n.name === 'OpenAI Chat Model')!.credentials = {
		openAiApi: { id: 'fakeOpenAi', name: 'Fake OpenAI' },
	};
	n8n.importJson('workflow', example);
	n8n.activate('telecrmAgentTools');
	await n8n.start();
	// Published workflows are activated after the server is up: wait for the chat's page.
	await n8n.waitFor(
		async () => (await axios.get(`${n8n.baseUrl}/webhook/${CHAT_ID}/chat`)).status === 200,
		'the chat to be live',
	);
}, 600_000);

afterAll(async () => {
	await n8n?.stop();
	await model.stop();
	await sandbox?.stop();
});

const ask = async (chatInput: string) =>
	await axios.post(
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
		// What the model was told: the tools, named and described exactly.
		const tools = model.requests[0].tools ?? [];
		fs.writeFileSync(
			path.join(ARTIFACTS, 'agent-tool-schema.json'),
			JSON.stringify(tools, null, 2),
		);
		expect(tools.map((t) => t.function.name).sort()).toEqual(['Find_lead', 'Log_site_visit']);
		const find = tools.find((t) => t.function.name === 'Find_lead')!.function;
		expect(find.description).toBe(
			'Find a TeleCRM lead by phone number and return its name, its status and its 5 latest actions.',
		);
		expect(Object.keys((find.parameters as { properties: object }).properties)).toEqual(['phone']);
		const found = model.requests[1].messages.find((m: ChatMessage) => m.role === 'tool');
		expect(String(found?.content)).toContain(String(lead.fields.name));
		// The tool picks name and status (Select Included Fields): nothing else reaches the model.
		expect(Object.keys(JSON.parse(String(found?.content))[0])).toEqual([
			'lead_id',
			'name',
			'status',
			'actions',
		]);
		// The figure docs/operations.md reports: characters of the lead handed to the model.
		const answer = String(found?.content);
		fs.writeFileSync(
			path.join(ARTIFACTS, 'agent-find-lead-answer.json'),
			JSON.stringify({ characters: answer.length, answer }, null, 2),
		);
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
		// The tool answers with the error and what to do, which the model can relay.
		expect(JSON.parse(toolResult)).toEqual([
			{
				error: 'Item 0: No lead has phone = "919999000000"',
				description: 'Check the value, or create the lead first (operation "Create or Update").',
			},
		]);
	});
});
