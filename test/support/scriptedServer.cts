import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import * as http from 'node:http';

export interface RecordedRequest {
	method: string;
	url: string;
	path: string;
	query: Record<string, string>;
	headers: IncomingMessage['headers'];
	body: unknown;
}

export interface Reply {
	status: number;
	body?: unknown;
	headers?: Record<string, string>;
	/** Raw text instead of JSON (e.g. an HTML error page). */
	raw?: string;
	/** Milliseconds before the answer starts (headers included). */
	delayMs?: number;
}

export type Script = (request: RecordedRequest, index: number) => Reply;

/** A local HTTP server whose answers a test scripts; it records every request it gets. */
export class ScriptedServer {
	readonly requests: RecordedRequest[] = [];

	private server?: Server;

	constructor(private script: Script) {}

	get baseUrl(): string {
		const address = this.server?.address();
		if (!address || typeof address === 'string') throw new Error('server not started');
		return `http://127.0.0.1:${address.port}`;
	}

	setScript(script: Script): void {
		this.script = script;
	}

	async start(): Promise<this> {
		this.server = http.createServer((req, res) => this.handle(req, res));
		await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
		return this;
	}

	async stop(): Promise<void> {
		if (!this.server) return;
		this.server.closeAllConnections();
		await new Promise<void>((resolve) => this.server!.close(() => resolve()));
	}

	private handle(req: IncomingMessage, res: ServerResponse): void {
		const chunks: Buffer[] = [];
		req.on('data', (chunk: Buffer) => chunks.push(chunk));
		req.on('end', () => {
			const text = Buffer.concat(chunks).toString('utf8');
			const url = new URL(req.url ?? '/', 'http://localhost');
			const recorded: RecordedRequest = {
				method: req.method ?? 'GET',
				url: req.url ?? '/',
				path: url.pathname,
				query: Object.fromEntries(url.searchParams),
				headers: req.headers,
				body: text ? safeJson(text) : undefined,
			};
			this.requests.push(recorded);
			const reply = this.script(recorded, this.requests.length - 1);
			if (reply.delayMs) setTimeout(() => answer(res, reply), reply.delayMs);
			else answer(res, reply);
		});
	}
}

function answer(res: ServerResponse, reply: Reply): void {
	if (res.destroyed) return;
	const payload = reply.raw ?? (reply.body === undefined ? '' : JSON.stringify(reply.body));
	res.writeHead(reply.status, {
		'Content-Type': reply.raw !== undefined ? 'text/html' : 'application/json',
		...reply.headers,
	});
	res.end(payload);
}

function safeJson(text: string): unknown {
	try {
		return JSON.parse(text);
	} catch {
		return text;
	}
}
