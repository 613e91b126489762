/**
 * The sandbox: a local telecrm (Sync API, and the Async API's one endpoint) for tests, the
 * demo and offline workflow building.
 * It implements docs/telecrm-api.md; where telecrm's documentation is silent, the choice is
 * listed in docs/sandbox.md ("Sandbox choices").
 */
import { actionRoutes } from './actions.cjs';
import type { AsyncOptions } from './async.cjs';
import { ASYNC_PATH, AsyncQueue } from './async.cjs';
import type { Handler, PipelineShape, Reply, Request, SearchRowShape } from './common.cjs';
import { ApiError, SEARCH_ROW_SHAPES } from './common.cjs';
import { answerWithFault, Faults } from './faults.cjs';
import { leadRoutes } from './leads.cjs';
import { metadataRoutes } from './metadata.cjs';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import * as fs from 'node:fs';
import * as http from 'node:http';
import * as timers from 'node:timers/promises';
import type { State } from './state.cjs';
import { seedState } from './state.cjs';
import { teamRoutes } from './team.cjs';

/** Fixed sandbox credentials: it is a local tool, and fixed values keep examples copyable. */
const SANDBOX_KEYS = {
	sync: 'sandbox-sync-7d1f0c2a9e4b',
	async: 'sandbox-async-3b8e5f6d1a0c',
};

export interface SandboxOptions {
	port?: number;
	host?: string;
	/** Number of seeded leads (default 50). */
	seed?: number;
	/** JSON file that keeps the workspace across restarts. */
	dataFile?: string;
	/** Delay added to every answer, standing in for a real network. */
	latencyMs?: number;
	/**
	 * The lead stage pipeline as documented (`leadStages[]`, default) or flat, as reported from
	 * live workspaces (top-level `statuses` and `lostReasons`, docs/telecrm-api.md §13).
	 */
	pipelineShape?: PipelineShape;
	/**
	 * Each lead search row: the lead ID's key (`lead_id` by default; none as documented), the
	 * status at the top, an empty `actions` list (reported from live workspaces,
	 * docs/telecrm-api.md §13).
	 */
	searchRow?: Partial<SearchRowShape>;
	/**
	 * Whether lead search answers carry `total_count` (default true). The reference names it
	 * but shows no example, so `false` plays a telecrm that leaves it out.
	 */
	leadSearchTotal?: boolean;
	now?: number;
	/** The Async endpoint's queue delay and rate limit. */
	async?: AsyncOptions;
}

interface LoggedRequest {
	method: string;
	path: string;
	query: Record<string, string>;
	status: number;
	/** When the request arrived (ms). */
	at: number;
	/** The request body as sent (empty string when none came). */
	body: string;
}

export interface Sandbox {
	baseUrl: string;
	/** The Async API's base URL (its own host in telecrm; here the same server, no prefix). */
	asyncBaseUrl: string;
	/** The Async endpoint's queue: what was queued, processed, and dropped silently. */
	asyncQueue: AsyncQueue;
	enterpriseId: string;
	syncToken: string;
	asyncToken: string;
	state: State;
	/** Every request answered, in order (bounded to the last 50,000). */
	requests: LoggedRequest[];
	/** Faults to inject into coming requests (tests only). */
	faults: Faults;
	/** Most requests being handled at the same moment. */
	stats: { inFlight: number; maxInFlight: number; answered: number; answeredGets: number };
	/**
	 * Called once a request is answered in the state, before the answer is sent (tests only):
	 * lets a test change the workspace between the pages of a search.
	 */
	onAnswer?: (request: LoggedRequest) => void | Promise<void>;
	stop(): Promise<void>;
}

const PREFIX = '/autoupdate/v2';
const routes: Array<[string, RegExp, Handler]> = [
	...leadRoutes,
	...actionRoutes,
	...teamRoutes,
	...metadataRoutes,
];

function loadState(options: SandboxOptions): State {
	if (options.dataFile && fs.existsSync(options.dataFile)) {
		return JSON.parse(fs.readFileSync(options.dataFile, 'utf8')) as State;
	}
	return seedState(options.seed ?? 50, options.now);
}

/** Each API takes only its own token type (docs/telecrm-api.md §3): the other one is a 401. */
function authenticate(
	header: string | undefined,
	enterpriseId: string,
	state: State,
	api: 'sync' | 'async' = 'sync',
): void {
	const token = /^Bearer (.+)$/.exec(header ?? '')?.[1];
	if (!token) throw new ApiError(401, 'NOT_AUTHORIZED', 'Missing bearer token');
	const other = api === 'sync' ? 'async' : 'sync';
	if (token === SANDBOX_KEYS[other]) {
		const message =
			api === 'sync'
				? 'This is an Async token; the Sync API needs a Sync token'
				: 'This is a Sync token; the Async API needs an Async token';
		throw new ApiError(401, 'NOT_AUTHORIZED', message);
	}
	if (token !== SANDBOX_KEYS[api])
		throw new ApiError(401, 'NOT_AUTHORIZED', 'Invalid or deleted token');
	if (enterpriseId !== state.enterprise.id) {
		throw new ApiError(
			404,
			'ENTERPRISE_NOT_FOUND',
			`The enterprise with ID ${enterpriseId} was not found.`,
		);
	}
}

interface Incoming {
	method: string;
	path: string;
	query: Record<string, string>;
	body: unknown;
	authorization?: string;
}

/** The Async endpoint: queued whatever it holds (telecrm checks it only later). */
function asyncRoute(
	{ method, path, body, authorization }: Incoming,
	state: State,
	queue: AsyncQueue,
): Reply | undefined {
	const match = ASYNC_PATH.exec(path);
	if (!match) return undefined;
	if (method !== 'POST') throw new ApiError(404, 'NOT_FOUND', `No route for ${method} ${path}`);
	authenticate(authorization, decodeURIComponent(match[1]), state, 'async');
	const reply = queue.accept(body, Date.now());
	const headers = reply.retryAfterS ? { 'Retry-After': String(reply.retryAfterS) } : undefined;
	return { status: reply.status, body: reply.body, headers };
}

function route(
	{ method, path, query, body, authorization }: Incoming,
	state: State,
	changed: () => void,
	now: number,
	views: Pick<Request, 'pipelineShape' | 'searchRow' | 'leadSearchTotal'>,
): Reply {
	const match = /^\/enterprise\/([^/]+)(\/.*)$/.exec(
		path.startsWith(PREFIX) ? path.slice(PREFIX.length) : path,
	);
	if (!match) throw new ApiError(404, 'NOT_FOUND', `No route for ${method} ${path}`);
	authenticate(authorization, decodeURIComponent(match[1]), state);
	for (const [m, pattern, handler] of routes) {
		const params = pattern.exec(match[2]);
		if (m === method && params) {
			return handler({
				method,
				params: params.slice(1).map(decodeURIComponent),
				query,
				body,
				state,
				now,
				changed,
				...views,
			});
		}
	}
	throw new ApiError(404, 'NOT_FOUND', `No route for ${method} ${match[2]}`);
}

/** A JSON body; a POST must carry one (telecrm's endpoints take `{}` for "no filter"). */
function parseJson(text: string, method: string): unknown {
	if (!text && method === 'POST') {
		throw new ApiError(400, 'BAD_REQUEST', 'Request body must be JSON ({} for none)');
	}
	if (!text) return undefined;
	const parsed = (() => {
		try {
			return { value: JSON.parse(text) as unknown };
		} catch {
			return undefined;
		}
	})();
	if (!parsed) throw new ApiError(400, 'BAD_REQUEST', 'Request body must be JSON');
	return parsed.value;
}

function readBody(req: IncomingMessage): Promise<string> {
	return new Promise((resolve, reject) => {
		const chunks: Buffer[] = [];
		req.on('data', (c: Buffer) => chunks.push(c));
		req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
		req.on('error', reject);
	});
}

/** The workspace's JSON file (`dataFile`): rewritten once a change has been answered. */
class StateFile {
	private dirty = false;

	constructor(
		private readonly state: State,
		private readonly path: string | undefined,
	) {}

	/** A change made while answering a request: written once the answer is ready. */
	readonly changed = (): void => {
		this.dirty = true;
	};

	/** A change made outside any request (the Async queue's worker): written at once. */
	readonly changedNow = (): void => {
		this.dirty = true;
		this.save();
	};

	save(): void {
		if (this.dirty && this.path) fs.writeFileSync(this.path, JSON.stringify(this.state));
		this.dirty = false;
	}
}

/** A started sandbox as its request handler sees it. */
interface Live {
	sandbox: Sandbox;
	options: SandboxOptions;
	file: StateFile;
}

/** For benchmarks in another process (not part of the API). */
const STATS_PATH = '/__sandbox/stats';

export async function startSandbox(options: SandboxOptions = {}): Promise<Sandbox> {
	const state = loadState(options);
	const file = new StateFile(state, options.dataFile);
	const asyncQueue = new AsyncQueue(state, file.changedNow, options.async);
	// Requests come once the server listens, when `live` (below) is set.
	const server: Server = http.createServer((req, res) => void handle(live, req, res));
	const host = options.host ?? '127.0.0.1';
	const port = await listen(server, host, options.port);
	const sandbox: Sandbox = {
		baseUrl: `http://${host}:${port}${PREFIX}`,
		asyncBaseUrl: `http://${host}:${port}`,
		asyncQueue,
		enterpriseId: state.enterprise.id,
		syncToken: SANDBOX_KEYS.sync,
		asyncToken: SANDBOX_KEYS.async,
		state,
		requests: [],
		faults: new Faults(),
		stats: { inFlight: 0, maxInFlight: 0, answered: 0, answeredGets: 0 },
		stop: async () => {
			asyncQueue.stop();
			server.closeAllConnections();
			await new Promise<void>((resolve) => server.close(() => resolve()));
			file.save();
		},
	};
	const live: Live = { sandbox, options, file };
	return sandbox;
}

/** Listens on the port (0: any free one) and returns the port it got. */
async function listen(
	server: Server,
	host: string,
	port: number | undefined,
): Promise<number | undefined> {
	await new Promise<void>((resolve, reject) => {
		server.once('error', reject);
		server.listen(port ?? 0, host, () => resolve());
	});
	const address = server.address();
	return typeof address === 'object' && address ? address.port : port;
}

async function handle(live: Live, req: IncomingMessage, res: ServerResponse): Promise<void> {
	const { stats } = live.sandbox;
	stats.inFlight++;
	stats.maxInFlight = Math.max(stats.maxInFlight, stats.inFlight);
	try {
		await answer(live, req, res, Date.now());
	} finally {
		stats.inFlight--;
	}
}

/** One request: faults injected before or after it, its reply from the state, logged, sent. */
async function answer(
	live: Live,
	req: IncomingMessage,
	res: ServerResponse,
	at: number,
): Promise<void> {
	const url = new URL(req.url ?? '/', 'http://sandbox');
	if (url.pathname === STATS_PATH) return answerStats(live.sandbox, url, res);
	const { faults } = live.sandbox;
	const method = req.method ?? 'GET';
	const query = Object.fromEntries(url.searchParams);
	const routeKey = `${method} ${url.pathname.replace(/^.*?\/enterprise\/[^/]+/, '')}`;
	const before = faults.take(routeKey, false);
	if (before && (await answerWithFault(res, before))) return;
	const { reply, raw } = await replyTo(live, req, { method, path: url.pathname, query });
	live.file.save();
	const after = faults.take(routeKey, true);
	if (after && (await answerWithFault(res, after))) return;
	if (live.options.latencyMs) await timers.setTimeout(live.options.latencyMs);
	await logAnswer(live.sandbox, {
		method,
		path: url.pathname,
		query,
		status: reply.status,
		at,
		body: raw,
	});
	sendJson(res, reply);
}

/** How many API requests were answered so far, and the most at once (since `?resetMax=1`). */
function answerStats({ stats, state, asyncQueue }: Sandbox, url: URL, res: ServerResponse): void {
	res.writeHead(200, { 'Content-Type': 'application/json' });
	res.end(
		JSON.stringify({
			requests: stats.answered,
			// In the write benchmarks every GET is a metadata request.
			gets: stats.answeredGets,
			maxInFlight: stats.maxInFlight,
			leads: state.leads.length,
			asyncQueued: asyncQueue.queued,
			asyncDrops: asyncQueue.drops.length,
		}),
	);
	if (url.searchParams.has('resetMax')) stats.maxInFlight = 0;
}

/** The reply the API gives from the state (an API error's envelope included), and the raw body. */
async function replyTo(
	{ sandbox, options, file }: Live,
	req: IncomingMessage,
	at: Pick<Incoming, 'method' | 'path' | 'query'>,
): Promise<{ reply: Reply; raw: string }> {
	let raw = '';
	try {
		raw = await readBody(req);
		const incoming = {
			...at,
			body: parseJson(raw, at.method),
			authorization: req.headers.authorization,
		};
		const reply =
			asyncRoute(incoming, sandbox.state, sandbox.asyncQueue) ??
			route(incoming, sandbox.state, file.changed, options.now ?? Date.now(), {
				pipelineShape: options.pipelineShape ?? 'documented',
				searchRow: { ...SEARCH_ROW_SHAPES.sandbox, ...options.searchRow },
				leadSearchTotal: options.leadSearchTotal ?? true,
			});
		return { reply, raw };
	} catch (error) {
		return { reply: errorReply(error), raw };
	}
}

function errorReply(error: unknown): Reply {
	if (error instanceof ApiError) return { status: error.status, body: error.envelope() };
	const message = (error as Error).message;
	return { status: 500, body: { error: { code: 'INTERNAL_ERROR', message } } };
}

/** Keeps the last 50,000 requests answered, and tells a test's onAnswer before the answer goes. */
async function logAnswer(sandbox: Sandbox, logged: LoggedRequest): Promise<void> {
	const { requests, stats } = sandbox;
	requests.push(logged);
	await sandbox.onAnswer?.(logged);
	stats.answered++;
	if (logged.method === 'GET') stats.answeredGets++;
	if (requests.length > 50_000) requests.splice(0, requests.length - 50_000);
}

function sendJson(res: ServerResponse, reply: Reply): void {
	const payload = JSON.stringify(reply.body);
	res.writeHead(reply.status, {
		...reply.headers,
		'Content-Type': 'application/json',
		'Content-Length': Buffer.byteLength(payload),
	});
	res.end(payload);
}
