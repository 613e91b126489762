/**
 * The client (transport/index.ts): auth, error mapping, retries, pagination, encoding, observed
 * by running the node through n8n's engine against a scripted local HTTP server; rate-limit
 * headers; createOnce against a fake client.
 */
import type { IDataObject, JsonObject } from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';

import {
	createOnce,
	isRateLimitHeader,
	RECOVERED_NOTE,
	RETRY_POLICY,
} from '../../../../nodes/TeleCrm/transport';
import { markAnswerLost } from '../../../../nodes/TeleCrm/transport/apiErrors';
import { ASYNC_CREDENTIAL_TYPE, credentialReadCount, runNode } from '../../../../engine/harness';
import {
	entriesLabelled,
	forgetEntriesWith,
	leaks,
	recordSeen,
	registerSecret,
} from '../../../../engine/secrets';
import { fakeApi, fakeNode } from '../../../support/fakeApi';
import { n8nAxios } from '../../../support/n8nAxios.cjs';
import type { Reply } from '../../../support/scriptedServer.cjs';
import { ScriptedServer } from '../../../support/scriptedServer.cjs';

// A canary value: the suite checks it never shows up in outputs or errors.
const CANARY = 'canary-3f9a7c1e5b2d4a68';
registerSecret(CANARY);
const ENTERPRISE = 'ent_123456';

const getLead = (leadId: string) => ({
	resource: 'lead',
	operation: 'get',
	lead: { __rl: true, mode: 'id', value: leadId },
	// The scripted answers hold a name alone: the lead ID and it are the whole output.
	output: 'fields',
	outputFields: ['name'],
});

const searchAll = { resource: 'lead', operation: 'search', returnAll: true, filters: {} };

function rows(from: number, count: number): IDataObject[] {
	return Array.from({ length: count }, (_, i) => ({
		id: `lead-${from + i}`,
		fields: { name: `Lead ${from + i}`, phone: `9190000${String(from + i).padStart(5, '0')}` },
	}));
}

describe('transport through the n8n engine', () => {
	let server: ScriptedServer;
	const credentials = () => ({
		enterpriseId: ENTERPRISE,
		syncToken: CANARY,
		baseUrl: server.baseUrl,
	});

	beforeEach(async () => {
		server = await new ScriptedServer(() => ({ status: 500 })).start();
	});

	afterEach(async () => {
		await server.stop();
	});

	it('sends the Sync token as a Bearer header to the enterprise path', async () => {
		server.setScript(() => ({ status: 200, body: { fields: { name: 'Jane' } } }));
		const result = await runNode({ parameters: getLead('603d2b2f'), credentials: credentials() });
		expect(result.error).toBeUndefined();
		expect(server.requests).toHaveLength(1);
		expect(server.requests[0].headers.authorization).toBe(`Bearer ${CANARY}`);
		expect(server.requests[0].path).toBe(`/enterprise/${ENTERPRISE}/lead/603d2b2f`);
		expect(result.items.map((i) => i.json)).toEqual([{ lead_id: '603d2b2f', name: 'Jane' }]);
		expect(result.items[0].pairedItem).toEqual({ item: 0 });
	});

	it('reads the credential once per execution, not once per request', async () => {
		server.setScript(() => ({ status: 200, body: { fields: { name: 'Jane' } } }));
		const before = credentialReadCount();
		const result = await runNode({
			parameters: {
				...getLead('={{ $json.id }}'),
				lead: { __rl: true, mode: 'id', value: '={{ $json.id }}' },
			},
			items: [{ id: 'a' }, { id: 'b' }, { id: 'c' }, { id: 'd' }, { id: 'e' }],
			credentials: credentials(),
		});
		expect(result.error).toBeUndefined();
		expect(server.requests).toHaveLength(5);
		expect(server.requests.map((r) => r.headers.authorization)).toEqual(
			Array(5).fill(`Bearer ${CANARY}`),
		);
		expect(credentialReadCount() - before).toBe(1);
	});

	it('URL-encodes path parameters', async () => {
		server.setScript(() => ({ status: 200, body: { fields: {} } }));
		await runNode({ parameters: getLead('a/b?c#d e..'), credentials: credentials() });
		expect(server.requests[0].url).toBe(`/enterprise/${ENTERPRISE}/lead/a%2Fb%3Fc%23d%20e..`);
	});

	it('turns the error envelope into a NodeApiError with the telecrm code and message', async () => {
		server.setScript(() => ({
			status: 404,
			body: {
				error: { code: 'LEAD_NOT_FOUND', message: 'The lead with ID 62ab16e was not found.' },
			},
		}));
		const result = await runNode({ parameters: getLead('62ab16e'), credentials: credentials() });
		// The engine stores the error serialised; its name tells the class it was thrown as.
		const error = result.error as unknown as NodeApiError;
		expect(error.name).toBe('NodeApiError');
		expect(error.errorResponse).toMatchObject({ code: 'LEAD_NOT_FOUND' });
		expect(error.message).toBe('TeleCRM LEAD_NOT_FOUND: The lead with ID 62ab16e was not found.');
		expect(error.httpCode).toBe('404');
		expect(error.description).toContain('lead ID');
		expect(error.context.itemIndex).toBe(0);
		expect(server.requests).toHaveLength(1);
	});

	it('lists the details[] of a validation error in the description', async () => {
		server.setScript(() => ({
			status: 400,
			body: {
				error: {
					code: 'BAD_REQUEST',
					message: 'Validation failed',
					details: [
						{
							field: 'role',
							message: 'Invalid role. Allowed roles: ADMIN, MANAGER, CALLER, MARKETING_USER',
						},
					],
				},
			},
		}));
		const result = await runNode({ parameters: getLead('x'), credentials: credentials() });
		expect(result.error?.message).toBe('TeleCRM BAD_REQUEST: Validation failed');
		expect(result.error?.description).toContain('role: Invalid role');
	});

	it('gives a readable error for a non-JSON (HTML) error page', async () => {
		server.setScript(() => ({
			status: 500,
			raw: '<html><head><style>p{}</style></head><body><h1>500 Internal Server Error</h1><p>nginx</p></body></html>',
		}));
		const result = await runNode({ parameters: getLead('x'), credentials: credentials() });
		expect(result.error?.message).toBe(
			'TeleCRM HTTP_500: HTTP 500 with a non-JSON answer: 500 Internal Server Error nginx',
		);
	});

	it('retries a 429 after the Retry-After delay and succeeds', async () => {
		server.setScript(
			(_req, index): Reply =>
				index === 0
					? {
							status: 429,
							headers: { 'Retry-After': '1' },
							body: { error: { code: 'TOO_MANY_REQUESTS', message: 'Slow down' } },
						}
					: { status: 200, body: { fields: { name: 'Jane' } } },
		);
		const started = Date.now();
		const result = await runNode({ parameters: getLead('abc'), credentials: credentials() });
		expect(result.error).toBeUndefined();
		expect(server.requests).toHaveLength(2);
		expect(Date.now() - started).toBeGreaterThanOrEqual(950);
		expect(result.items[0].json).toEqual({ lead_id: 'abc', name: 'Jane' });
	});

	it('fails a persistent 503 after the bounded retries with a clear message', async () => {
		server.setScript(() => ({
			status: 503,
			body: { error: { code: 'UNAVAILABLE', message: 'Maintenance' } },
		}));
		const result = await runNode({ parameters: getLead('abc'), credentials: credentials() });
		expect(server.requests).toHaveLength(RETRY_POLICY.maxRetries + 1);
		expect(result.error?.message).toBe('TeleCRM UNAVAILABLE: Maintenance');
		expect(result.error?.description).toMatch(/^Gave up after 4 attempts over \d+ s\./);
	});

	it('does not retry a 400', async () => {
		server.setScript(() => ({
			status: 400,
			body: { error: { code: 'BAD_REQUEST', message: 'Limit should be between 1 and 100' } },
		}));
		const result = await runNode({ parameters: getLead('abc'), credentials: credentials() });
		expect(server.requests).toHaveLength(1);
		expect(result.error?.message).toBe('TeleCRM BAD_REQUEST: Limit should be between 1 and 100');
	});

	it('fails at once when Retry-After asks for more than the total wait budget', async () => {
		server.setScript(() => ({ status: 429, headers: { 'Retry-After': '3600' }, body: {} }));
		const result = await runNode({ parameters: getLead('abc'), credentials: credentials() });
		expect(server.requests).toHaveLength(1);
		expect(result.error?.description).toContain('asked to wait 3600 s');
	});

	it('Return All over 250 rows pages at 100 and makes exactly 3 requests', async () => {
		server.setScript((req) => {
			const skip = Number(req.query.skip);
			const limit = Number(req.query.limit);
			return {
				status: 200,
				body: {
					data: rows(skip, Math.max(0, Math.min(limit, 250 - skip))),
					total_count: 250,
					skip,
					limit,
				},
			};
		});
		const result = await runNode({ parameters: searchAll, credentials: credentials() });
		expect(result.error).toBeUndefined();
		expect(server.requests.map((r) => r.query)).toEqual([
			{ skip: '0', limit: '100' },
			{ skip: '100', limit: '100' },
			{ skip: '200', limit: '100' },
		]);
		expect(server.requests.every((r) => r.method === 'POST')).toBe(true);
		expect(result.items).toHaveLength(250);
		expect(result.items[249].json).toMatchObject({ lead_id: 'lead-249', name: 'Lead 249' });
		expect(result.items.every((i) => (i.pairedItem as { item: number }).item === 0)).toBe(true);
	});

	it('sends the Limit as the page size instead of fetching everything', async () => {
		server.setScript((req) => ({
			status: 200,
			body: { data: rows(0, Number(req.query.limit)), total_count: 5000 },
		}));
		const result = await runNode({
			parameters: { ...searchAll, returnAll: false, limit: 30 },
			credentials: credentials(),
		});
		expect(server.requests.map((r) => r.query)).toEqual([{ skip: '0', limit: '30' }]);
		expect(result.items).toHaveLength(30);
	});

	it('stops at a short page even when total_count is missing', async () => {
		server.setScript((req) => ({
			status: 200,
			body: { data: Number(req.query.skip) === 0 ? rows(0, 100) : rows(100, 7) },
		}));
		const result = await runNode({ parameters: searchAll, credentials: credentials() });
		expect(server.requests).toHaveLength(2);
		expect(result.items).toHaveLength(107);
	});

	it('refuses a Base URL that is not http(s) before sending anything', async () => {
		const result = await runNode({
			parameters: getLead('abc'),
			credentials: { enterpriseId: ENTERPRISE, syncToken: CANARY, baseUrl: 'file:///etc/passwd' },
		});
		expect(result.error?.message).toContain('is not an http(s) address');
		expect(server.requests).toHaveLength(0);
	});

	it('with continueOnFail, keeps one output per item with its pairedItem and error', async () => {
		server.setScript((req) =>
			req.path.endsWith('/missing')
				? {
						status: 404,
						body: {
							error: { code: 'LEAD_NOT_FOUND', message: 'Lead with ID missing was not found.' },
						},
					}
				: { status: 200, body: { fields: { name: 'Ok' } } },
		);
		const result = await runNode({
			parameters: { ...getLead('={{ $json.id }}') },
			items: [{ id: 'one' }, { id: 'missing' }, { id: 'three' }],
			credentials: credentials(),
			continueOnFail: true,
		});
		expect(result.error).toBeUndefined();
		expect(result.items.map((i) => i.pairedItem)).toEqual([{ item: 0 }, { item: 1 }, { item: 2 }]);
		expect(result.items[1].json.error).toBe(
			'TeleCRM LEAD_NOT_FOUND: Lead with ID missing was not found.',
		);
		expect(result.items[2].json).toEqual({ lead_id: 'three', name: 'Ok' });
	});

	it('never shows the token in outputs or errors', async () => {
		const scripts: Reply[] = [
			{ status: 401, body: { error: { code: 'NOT_AUTHORIZED', message: 'Invalid token' } } },
			{ status: 500, raw: '<h1>boom</h1>' },
			{ status: 200, body: { fields: { name: 'x' } } },
		];
		for (const reply of scripts) {
			server.setScript(() => reply);
			for (const continueOnFail of [false, true]) {
				const result = await runNode({
					parameters: getLead('abc'),
					credentials: credentials(),
					continueOnFail,
				});
				const seen = JSON.stringify({
					items: result.items,
					error: result.error && {
						...result.error,
						message: result.error.message,
						stack: result.error.stack,
					},
					run: result.run,
				});
				expect(seen).not.toContain(CANARY);
			}
		}
		// The 401 says what to do about it.
		server.setScript(() => scripts[0]);
		const denied = await runNode({ parameters: getLead('abc'), credentials: credentials() });
		expect(denied.error?.description).toContain('token of type Sync');
	});

	it('the secret scan sees node runs and n8n log lines, and catches a leak', () => {
		expect(entriesLabelled('run')).toBeGreaterThan(10);
		expect(entriesLabelled('log')).toBeGreaterThan(0);
		const marker = 'scan-self-test-7b2e';
		registerSecret(marker);
		recordSeen('run', { json: { note: `token ${marker}` } });
		expect(leaks()).toHaveLength(1);
		forgetEntriesWith(marker);
		expect(leaks()).toHaveLength(0);
	});

	it('keeps the rate-limit headers of every answer for Check Setup, and no other header', async () => {
		server.setScript(
			(req): Reply => ({
				status: 200,
				headers: {
					'X-RateLimit-Remaining': String(100 - server.requests.length),
					'X-Request-Id': 'r1',
				},
				body: req.path.endsWith('/metadata') ? { id: ENTERPRISE, name: 'W' } : { data: [] },
			}),
		);
		const result = await runNode({
			parameters: { resource: 'workspace', operation: 'checkSetup' },
			credentials: credentials(),
			unselected: [ASYNC_CREDENTIAL_TYPE],
		});
		const check = result.items.map((i) => i.json).find((json) => json.check === 'rateLimitHeaders');
		expect(server.requests).toHaveLength(6);
		expect(check).toMatchObject({
			message: 'Rate-limit headers seen on the 6 answers: x-ratelimit-remaining: 94 (sync).',
			details: { headers: { sync: { 'x-ratelimit-remaining': '94' } } },
		});
	});

	it("keeps the Timeout the only clock: n8n's axios default does not cut a longer one", async () => {
		// n8n sets axios's default timeout (300 s) when its request helpers load; lowered here.
		const axios = n8nAxios();
		const saved = axios.defaults.timeout;
		axios.defaults.timeout = 100;
		server.setScript(() => ({
			status: 200,
			body: { id: 'l1', fields: { name: 'Slow' } },
			delayMs: 400,
		}));
		try {
			const result = await runNode({
				parameters: { ...getLead('l1'), requestOptions: { timeout: 5000 } },
				credentials: credentials(),
			});
			expect(result.error).toBeUndefined();
			expect(result.items[0].json).toEqual({ lead_id: 'l1', name: 'Slow' });
			expect(server.requests).toHaveLength(1);
		} finally {
			axios.defaults.timeout = saved;
		}
	});

	it('does not follow a redirect, so the token never reaches a host the user did not enter', async () => {
		const elsewhere = await new ScriptedServer(() => ({
			status: 200,
			body: { fields: { name: 'stolen' } },
		})).start();
		try {
			server.setScript(() => ({
				status: 302,
				headers: { Location: `${elsewhere.baseUrl}/collect` },
			}));
			const result = await runNode({ parameters: getLead('abc'), credentials: credentials() });
			expect(elsewhere.requests).toHaveLength(0);
			expect(result.error?.message).toBe(
				`TeleCRM HTTP_302: HTTP 302, a redirect to ${elsewhere.baseUrl}/collect, which this node does not follow`,
			);
			expect(result.error?.description).toContain('enter that address as the Base URL');
		} finally {
			await elsewhere.stop();
		}
	});
});

describe('isRateLimitHeader', () => {
	it('takes the usual names of rate-limit headers, any case, and nothing else', () => {
		const names = [
			'X-RateLimit-Remaining',
			'x-rate-limit-limit',
			'RateLimit-Reset',
			'RateLimit',
			'Retry-After',
		];
		expect(names.filter(isRateLimitHeader)).toEqual(names);
		expect(['ratelimited', 'x-request-id', 'content-type'].filter(isRateLimitHeader)).toEqual([]);
	});
});

const lost = () =>
	markAnswerLost(new NodeApiError(fakeNode, { code: 'NO_ANSWER' } as JsonObject), true);

function api(outcomes: Array<'lost' | 'ok' | Error>) {
	return fakeApi(() => {
		const next = outcomes.shift();
		if (next === 'lost') throw lost();
		if (next instanceof Error) throw next;
		return { lead_id: 'NEW' };
	});
}

describe('createOnce', () => {
	const request = { method: 'POST' as const, path: ['lead'], body: {}, itemIndex: 0 };

	it('sends the create once, as not idempotent', async () => {
		const fake = api(['ok']);
		expect(await createOnce(fake.api, request, async () => undefined)).toEqual({ lead_id: 'NEW' });
		expect(fake.requests.map((r) => r.idempotent)).toEqual([false]);
	});

	it('a lost answer: what the create made is found and returned, nothing sent again', async () => {
		const fake = api(['lost', 'ok']);
		const result = await createOnce(fake.api, request, async () => ({ lead_id: 'FOUND' }));
		expect(result).toEqual({ lead_id: 'FOUND', recovered: RECOVERED_NOTE });
		expect(fake.requests).toHaveLength(1);
	});

	it('a lost answer and nothing found: sent once more', async () => {
		const fake = api(['lost', 'ok']);
		expect(await createOnce(fake.api, request, async () => undefined)).toEqual({ lead_id: 'NEW' });
		expect(fake.requests).toHaveLength(2);
	});

	it('any other failure is an n8n error, not looked into', async () => {
		const find = jest.fn();
		const failing = createOnce(api([new Error('boom')]).api, request, find);
		await expect(failing).rejects.toMatchObject({ name: 'NodeOperationError', message: 'boom' });
		expect(find).not.toHaveBeenCalled();
	});
});
