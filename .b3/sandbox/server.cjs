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
Object.defineProperty(exports, '__esModule', { value: true });
exports.SANDBOX_KEYS = void 0;
exports.startSandbox = startSandbox;
const actions_cjs_1 = require('./actions.cjs');
const async_cjs_1 = require('./async.cjs');
const common_cjs_1 = require('./common.cjs');
const faults_cjs_1 = require('./faults.cjs');
const leads_cjs_1 = require('./leads.cjs');
const metadata_cjs_1 = require('./metadata.cjs');
const fs = __importStar(require('node:fs'));
const http = __importStar(require('node:http'));
const timers = __importStar(require('node:timers/promises'));
const state_cjs_1 = require('./state.cjs');
const team_cjs_1 = require('./team.cjs');
exports.SANDBOX_KEYS = {
	sync: 'sandbox-sync-7d1f0c2a9e4b',
	async: 'sandbox-async-3b8e5f6d1a0c',
};
const PREFIX = '/autoupdate/v2';
const routes = [
	...leads_cjs_1.leadRoutes,
	...actions_cjs_1.actionRoutes,
	...team_cjs_1.teamRoutes,
	...metadata_cjs_1.metadataRoutes,
];
function loadState(options) {
	if (options.dataFile && fs.existsSync(options.dataFile)) {
		return JSON.parse(fs.readFileSync(options.dataFile, 'utf8'));
	}
	return (0, state_cjs_1.seedState)(options.seed ?? 50, options.now);
}
function authenticate(header, enterpriseId, state, api = 'sync') {
	const token = /^Bearer (.+)$/.exec(header ?? '')?.[1];
	if (!token) throw new common_cjs_1.ApiError(401, 'NOT_AUTHORIZED', 'Missing bearer token');
	const other = api === 'sync' ? 'async' : 'sync';
	if (token === exports.SANDBOX_KEYS[other]) {
		const message =
			api === 'sync'
				? 'This is an Async token; the Sync API needs a Sync token'
				: 'This is a Sync token; the Async API needs an Async token';
		throw new common_cjs_1.ApiError(401, 'NOT_AUTHORIZED', message);
	}
	if (token !== exports.SANDBOX_KEYS[api])
		throw new common_cjs_1.ApiError(401, 'NOT_AUTHORIZED', 'Invalid or deleted token');
	if (enterpriseId !== state.enterprise.id) {
		throw new common_cjs_1.ApiError(
			404,
			'ENTERPRISE_NOT_FOUND',
			`The enterprise with ID ${enterpriseId} was not found.`,
		);
	}
}
function asyncRoute({ method, path, body, authorization }, state, queue) {
	const match = async_cjs_1.ASYNC_PATH.exec(path);
	if (!match) return undefined;
	if (method !== 'POST')
		throw new common_cjs_1.ApiError(404, 'NOT_FOUND', `No route for ${method} ${path}`);
	authenticate(authorization, decodeURIComponent(match[1]), state, 'async');
	const reply = queue.accept(body, Date.now());
	const headers = reply.retryAfterS ? { 'Retry-After': String(reply.retryAfterS) } : undefined;
	return { status: reply.status, body: reply.body, headers };
}
function route({ method, path, query, body, authorization }, state, changed, now, pipelineShape) {
	const match = /^\/enterprise\/([^/]+)(\/.*)$/.exec(
		path.startsWith(PREFIX) ? path.slice(PREFIX.length) : path,
	);
	if (!match) throw new common_cjs_1.ApiError(404, 'NOT_FOUND', `No route for ${method} ${path}`);
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
				pipelineShape,
			});
		}
	}
	throw new common_cjs_1.ApiError(404, 'NOT_FOUND', `No route for ${method} ${match[2]}`);
}
function parseJson(text, method) {
	if (!text && method === 'POST') {
		throw new common_cjs_1.ApiError(400, 'BAD_REQUEST', 'Request body must be JSON ({} for none)');
	}
	if (!text) return undefined;
	const parsed = (() => {
		try {
			return { value: JSON.parse(text) };
		} catch {
			return undefined;
		}
	})();
	if (!parsed) throw new common_cjs_1.ApiError(400, 'BAD_REQUEST', 'Request body must be JSON');
	return parsed.value;
}
function readBody(req) {
	return new Promise((resolve, reject) => {
		const chunks = [];
		req.on('data', (c) => chunks.push(c));
		req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
		req.on('error', reject);
	});
}
async function startSandbox(options = {}) {
	const state = loadState(options);
	const faults = new faults_cjs_1.Faults();
	const requests = [];
	let dirty = false;
	const persist = () => {
		if (dirty && options.dataFile) fs.writeFileSync(options.dataFile, JSON.stringify(state));
		dirty = false;
	};
	const stats = { inFlight: 0, maxInFlight: 0, answered: 0, answeredGets: 0 };
	const asyncQueue = new async_cjs_1.AsyncQueue(
		state,
		() => {
			dirty = true;
			persist();
		},
		options.async,
	);
	async function handle(req, res) {
		stats.inFlight++;
		stats.maxInFlight = Math.max(stats.maxInFlight, stats.inFlight);
		try {
			await answer(req, res, Date.now());
		} finally {
			stats.inFlight--;
		}
	}
	async function answer(req, res, at) {
		const url = new URL(req.url ?? '/', 'http://sandbox');
		if (url.pathname === '/__sandbox/stats') {
			res.writeHead(200, { 'Content-Type': 'application/json' });
			res.end(
				JSON.stringify({
					requests: stats.answered,
					gets: stats.answeredGets,
					maxInFlight: stats.maxInFlight,
					leads: state.leads.length,
					asyncQueued: asyncQueue.queued,
					asyncDrops: asyncQueue.drops.length,
				}),
			);
			if (url.searchParams.has('resetMax')) stats.maxInFlight = 0;
			return;
		}
		const query = Object.fromEntries(url.searchParams);
		const routeKey = `${req.method ?? 'GET'} ${url.pathname.replace(/^.*?\/enterprise\/[^/]+/, '')}`;
		const before = faults.take(routeKey, false);
		if (before && (await (0, faults_cjs_1.answerWithFault)(res, before))) return;
		let reply;
		let raw = '';
		try {
			raw = await readBody(req);
			const body = parseJson(raw, req.method ?? 'GET');
			const incoming = {
				method: req.method ?? 'GET',
				path: url.pathname,
				query,
				body,
				authorization: req.headers.authorization,
			};
			reply =
				asyncRoute(incoming, state, asyncQueue) ??
				route(
					incoming,
					state,
					() => (dirty = true),
					options.now ?? Date.now(),
					options.pipelineShape ?? 'documented',
				);
		} catch (error) {
			reply =
				error instanceof common_cjs_1.ApiError
					? { status: error.status, body: error.envelope() }
					: {
							status: 500,
							body: { error: { code: 'INTERNAL_ERROR', message: error.message } },
						};
		}
		persist();
		const after = faults.take(routeKey, true);
		if (after && (await (0, faults_cjs_1.answerWithFault)(res, after))) return;
		if (options.latencyMs) await timers.setTimeout(options.latencyMs);
		const logged = {
			method: req.method ?? 'GET',
			path: url.pathname,
			query,
			status: reply.status,
			at,
			body: raw,
		};
		requests.push(logged);
		await sandbox.onAnswer?.(logged);
		stats.answered++;
		if (logged.method === 'GET') stats.answeredGets++;
		if (requests.length > 50_000) requests.splice(0, requests.length - 50_000);
		const payload = JSON.stringify(reply.body);
		res.writeHead(reply.status, {
			...reply.headers,
			'Content-Type': 'application/json',
			'Content-Length': Buffer.byteLength(payload),
		});
		res.end(payload);
	}
	const server = http.createServer((req, res) => void handle(req, res));
	const host = options.host ?? '127.0.0.1';
	await new Promise((resolve, reject) => {
		server.once('error', reject);
		server.listen(options.port ?? 0, host, () => resolve());
	});
	const address = server.address();
	const port = typeof address === 'object' && address ? address.port : options.port;
	const sandbox = {
		baseUrl: `http://${host}:${port}${PREFIX}`,
		asyncBaseUrl: `http://${host}:${port}`,
		asyncQueue,
		enterpriseId: state.enterprise.id,
		syncToken: exports.SANDBOX_KEYS.sync,
		asyncToken: exports.SANDBOX_KEYS.async,
		state,
		requests,
		faults,
		stats,
		stop: async () => {
			asyncQueue.stop();
			server.closeAllConnections();
			await new Promise((resolve) => server.close(() => resolve()));
			persist();
		},
	};
	return sandbox;
}
//# sourceMappingURL=server.cjs.map
