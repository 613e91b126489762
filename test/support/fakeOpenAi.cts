/**
 * An OpenAI-compatible chat-completions server on loopback that stands in for the model: each
 * test scripts what it answers (a tool call, then another, then text) and reads what n8n sent,
 * the tool schema included.
 */
import type { Server } from 'node:http';
import * as http from 'node:http';

export interface ChatMessage {
	role: string;
	content?: string | null;
	tool_calls?: Array<{ id: string; function: { name: string; arguments: string } }>;
	tool_call_id?: string;
}

export interface ChatRequest {
	messages: ChatMessage[];
	tools?: Array<{
		type: string;
		function: { name: string; description?: string; parameters?: unknown };
	}>;
	stream?: boolean;
}

/** A tool call (name and arguments) or the final text of one model turn. */
export type Turn = { tool: string; args: Record<string, unknown> } | { text: string };

export class FakeOpenAi {
	readonly requests: ChatRequest[] = [];

	private server?: Server;

	/** What the model says at each turn, by the number of tool results seen so far. */
	script: (request: ChatRequest, toolResults: ChatMessage[]) => Turn = () => ({ text: 'ok' });

	get baseUrl(): string {
		const address = this.server?.address();
		if (!address || typeof address === 'string') throw new Error('not started');
		return `http://127.0.0.1:${address.port}/v1`;
	}

	async start(): Promise<this> {
		this.server = http.createServer((req, res) => {
			let text = '';
			req.on('data', (c: Buffer) => (text += c.toString()));
			req.on('end', () => {
				const request = (text ? JSON.parse(text) : {}) as ChatRequest;
				this.requests.push(request);
				const turn = this.script(
					request,
					(request.messages ?? []).filter((m) => m.role === 'tool'),
				);
				const message =
					'tool' in turn
						? {
								role: 'assistant',
								content: null,
								tool_calls: [
									{
										id: `call_${this.requests.length}`,
										type: 'function',
										function: { name: turn.tool, arguments: JSON.stringify(turn.args) },
									},
								],
							}
						: { role: 'assistant', content: turn.text };
				const body = {
					id: `chatcmpl-${this.requests.length}`,
					object: 'chat.completion',
					created: Math.floor(Date.now() / 1000),
					model: 'gpt-4o-mini',
					choices: [{ index: 0, message, finish_reason: 'tool' in turn ? 'tool_calls' : 'stop' }],
					usage: { prompt_tokens: 10, completion_tokens: 5, total_tokens: 15 },
				};
				res.writeHead(200, { 'Content-Type': 'application/json' });
				res.end(JSON.stringify(body));
			});
		});
		await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', () => resolve()));
		return this;
	}

	async stop(): Promise<void> {
		this.server?.closeAllConnections();
		await new Promise<void>((resolve) => this.server?.close(() => resolve()) ?? resolve());
	}
}
