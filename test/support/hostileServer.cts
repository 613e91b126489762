/**
 * A server on 127.0.0.1 that answers as a hostile or broken host at a Base URL would: the
 * Base URL's first path segment picks the kind (`http://127.0.0.1:port/trickle`). A second
 * origin records every request that reaches it, and whether it carried an Authorization header.
 */
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import * as http from 'node:http';
import * as zlib from 'node:zlib';

export const HOSTILE_KINDS = [
	'huge HTML',
	'unclosed tags',
	'trickle',
	'endless body',
	'oversized JSON',
	'invalid JSON on 200',
	'redirect same-origin',
	'redirect cross-origin',
	'redirect loop',
	'reset mid-body',
	'gzip that inflates far',
] as const;

export type HostileKind = (typeof HOSTILE_KINDS)[number];

/** Answers outside the kinds every target runs against: each has its own test. */
export type OtherAnswer = 'echo headers (error page)' | 'echo headers (200 JSON)' | 'slow down';

const MiB = 1024 * 1024;
/** Inflated size of the gzip answer: 64 MiB of spaces, about 64 KiB on the wire. */
const GZIP_INFLATED = 64 * MiB;
const TRICKLE_EVERY_MS = 300;

/** A valid answer for every endpoint the suite calls: what a followed redirect would get. */
const FOLLOWED = '{"fields":{"name":"followed"},"status":"QUEUED","data":[],"total_count":0}';

const slug = (kind: string) => kind.replace(/[^a-z0-9]+/gi, '-');

/** Writes chunks from `next` until it returns undefined or the client goes away. */
function pump(res: ServerResponse, next: () => Buffer | undefined): void {
	const write = () => {
		for (let chunk = next(); chunk; chunk = next()) {
			if (res.destroyed) return;
			if (!res.write(chunk)) return void res.once('drain', write);
		}
		res.end();
	};
	write();
}

/** About `total` bytes (endless without): `head`, then `body` repeated, then `tail`. */
function repeated(head: string, body: string, tail: string, total = Infinity) {
	const chunk = Buffer.from(body.repeat(Math.ceil((64 * 1024) / body.length)));
	const pieces = [Buffer.from(head)];
	let sent = 0;
	return (): Buffer | undefined => {
		if (pieces.length) return pieces.shift();
		if (sent < 0) return undefined;
		if (sent + chunk.length > total) {
			sent = -1;
			return Buffer.from(tail);
		}
		sent += chunk.length;
		return chunk;
	};
}

function trickle(res: ServerResponse): void {
	res.writeHead(200, { 'Content-Type': 'application/json' });
	res.write('{"fields":{"name":"');
	const timer = setInterval(() => res.write('x'), TRICKLE_EVERY_MS);
	res.on('close', () => clearInterval(timer));
}

/** The request's headers as a proxy's debug page shows them (Authorization included). */
function echoed(req: IncomingMessage): string {
	return Object.entries(req.headers)
		.map(([name, value]) => `${name}: ${String(value)}`)
		.join('\n');
}

/** Answers echoing the request's headers, and a 429 asking to wait 20 s. */
function otherAnswers(): Record<OtherAnswer, http.RequestListener> {
	return {
		'echo headers (error page)': (req, res) => {
			res.writeHead(502, { 'Content-Type': 'text/html' });
			res.end(`<html><body><h1>Bad gateway</h1><pre>${echoed(req)}</pre></body></html>`);
		},
		'echo headers (200 JSON)': (req, res) => {
			res.writeHead(200, { 'Content-Type': 'application/json' });
			res.end(JSON.stringify({ fields: { name: echoed(req) }, status: 'QUEUED' }));
		},
		'slow down': (_req, res) => {
			res.writeHead(429, { 'Content-Type': 'application/json', 'Retry-After': '20' });
			res.end('{"error":{"code":"TOO_MANY_REQUESTS","message":"Slow down"}}');
		},
	};
}

function resetMidBody(res: ServerResponse): void {
	res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': '100000' });
	res.write(`{"fields":{"name":"${'x'.repeat(1000)}`);
	setTimeout(() => res.socket?.destroy(), 50).unref();
}

export interface HostileServer {
	/** The Base URL that makes the server answer as `kind`; with a user and password if given. */
	baseUrl(kind: HostileKind | OtherAnswer, userinfo?: string): string;
	/** Requests each kind received. */
	hits(kind: HostileKind | OtherAnswer): number;
	/** Requests to `/ok`, where the same-origin redirect points. */
	followed(): number;
	/** The second origin: every request that reached it, and whether it carried Authorization. */
	elsewhere: { requests: number; withAuthorization: number; baseUrl: string };
	stop(): Promise<void>;
}

async function listen(handler: http.RequestListener): Promise<{ server: Server; url: string }> {
	const server = http.createServer(handler);
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as { port: number };
	return { server, url: `http://127.0.0.1:${port}` };
}

export async function startHostileServer(): Promise<HostileServer> {
	const gzipped = zlib.gzipSync(Buffer.alloc(GZIP_INFLATED, ' '));
	/** Requests by the Base URL's first path segment. */
	const hits = new Map<string, number>();
	const elsewhere = { requests: 0, withAuthorization: 0, baseUrl: '' };
	const other = await listen((req, res) => {
		elsewhere.requests++;
		if (req.headers.authorization) elsewhere.withAuthorization++;
		res.writeHead(200, { 'Content-Type': 'application/json' });
		res.end(FOLLOWED);
	});
	elsewhere.baseUrl = other.url;
	const answers: Record<HostileKind, (req: IncomingMessage, res: ServerResponse) => void> = {
		'huge HTML': (_req, res) => {
			res.writeHead(500, { 'Content-Type': 'text/html' });
			pump(res, repeated('<html><body>', '<p>Internal error</p>\n', '</body></html>', 64 * MiB));
		},
		'unclosed tags': (_req, res) => {
			res.writeHead(400, { 'Content-Type': 'text/html' });
			res.end('<a'.repeat(128 * 1024));
		},
		trickle: (_req, res) => trickle(res),
		'endless body': (_req, res) => {
			res.writeHead(200, { 'Content-Type': 'application/json' });
			pump(res, repeated('{"data":[', '{"id":"x"},', ''));
		},
		'oversized JSON': (_req, res) => {
			res.writeHead(200, { 'Content-Type': 'application/json' });
			pump(res, repeated('{"data":[', '{"id":"x"},', '{"id":"y"}]}', 100 * MiB));
		},
		'invalid JSON on 200': (_req, res) => {
			res.writeHead(200, { 'Content-Type': 'application/json' });
			res.end('{"fields": {"name": "Jane", ');
		},
		'redirect same-origin': (req, res) => {
			res.writeHead(302, { Location: `/ok${req.url ?? '/'}` }).end();
		},
		'redirect cross-origin': (_req, res) => {
			res.writeHead(302, { Location: `${other.url}/collect` }).end();
		},
		'redirect loop': (req, res) => {
			res.writeHead(302, { Location: req.url ?? '/' }).end();
		},
		'reset mid-body': (_req, res) => resetMidBody(res),
		'gzip that inflates far': (_req, res) => {
			res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Encoding': 'gzip' });
			res.end(gzipped);
		},
	};
	const bySlug = new Map<string, http.RequestListener>(
		Object.entries({ ...answers, ...otherAnswers() }).map(([kind, answer]) => [slug(kind), answer]),
	);
	const main = await listen((req, res) => {
		const segment = (req.url ?? '').split('/')[1];
		const answer = bySlug.get(segment);
		hits.set(segment, (hits.get(segment) ?? 0) + 1);
		req.resume();
		if (answer) answer(req, res);
		else res.writeHead(200, { 'Content-Type': 'application/json' }).end(FOLLOWED);
	});
	return {
		baseUrl: (kind, userinfo) =>
			main.url.replace('//', `//${userinfo ? `${userinfo}@` : ''}`) + `/${slug(kind)}`,
		hits: (kind) => hits.get(slug(kind)) ?? 0,
		followed: () => hits.get('ok') ?? 0,
		elsewhere,
		stop: async () => {
			for (const { server } of [main, other]) {
				server.closeAllConnections();
				await new Promise<void>((resolve) => server.close(() => resolve()));
			}
		},
	};
}
