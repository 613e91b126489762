'use strict';
Object.defineProperty(exports, '__esModule', { value: true });
const transport_1 = require('../../../../nodes/TeleCrm/transport');
const harness_1 = require('../../../../engine/harness');
const secrets_1 = require('../../../../engine/secrets');
const scriptedServer_cjs_1 = require('../../../support/scriptedServer.cjs');
const CANARY = 'canary-3f9a7c1e5b2d4a68';
(0, secrets_1.registerSecret)(CANARY);
const ENTERPRISE = 'ent_123456';
const getLead = (leadId) => ({
	resource: 'lead',
	operation: 'get',
	lead: { __rl: true, mode: 'id', value: leadId },
});
const searchAll = { resource: 'lead', operation: 'search', returnAll: true, filters: {} };
function rows(from, count) {
	return Array.from({ length: count }, (_, i) => ({
		id: `lead-${from + i}`,
		fields: { name: `Lead ${from + i}`, phone: `9190000${String(from + i).padStart(5, '0')}` },
	}));
}
describe('transport through the n8n engine', () => {
	let server;
	const credentials = () => ({
		enterpriseId: ENTERPRISE,
		syncToken: CANARY,
		baseUrl: server.baseUrl,
	});
	beforeEach(async () => {
		server = await new scriptedServer_cjs_1.ScriptedServer(() => ({ status: 500 })).start();
	});
	afterEach(async () => {
		await server.stop();
	});
	it('sends the Sync token as a Bearer header to the enterprise path', async () => {
		server.setScript(() => ({ status: 200, body: { fields: { name: 'Jane' } } }));
		const result = await (0, harness_1.runNode)({
			parameters: getLead('603d2b2f'),
			credentials: credentials(),
		});
		expect(result.error).toBeUndefined();
		expect(server.requests).toHaveLength(1);
		expect(server.requests[0].headers.authorization).toBe(`Bearer ${CANARY}`);
		expect(server.requests[0].path).toBe(`/enterprise/${ENTERPRISE}/lead/603d2b2f`);
		expect(result.items.map((i) => i.json)).toEqual([{ lead_id: '603d2b2f', name: 'Jane' }]);
		expect(result.items[0].pairedItem).toEqual({ item: 0 });
	});
	it('reads the credential once per execution, not once per request', async () => {
		server.setScript(() => ({ status: 200, body: { fields: { name: 'Jane' } } }));
		const before = (0, harness_1.credentialReadCount)();
		const result = await (0, harness_1.runNode)({
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
		expect((0, harness_1.credentialReadCount)() - before).toBe(1);
	});
	it('URL-encodes path parameters', async () => {
		server.setScript(() => ({ status: 200, body: { fields: {} } }));
		await (0, harness_1.runNode)({
			parameters: getLead('a/b?c#d e..'),
			credentials: credentials(),
		});
		expect(server.requests[0].url).toBe(`/enterprise/${ENTERPRISE}/lead/a%2Fb%3Fc%23d%20e..`);
	});
	it('turns the error envelope into a NodeApiError with the telecrm code and message', async () => {
		server.setScript(() => ({
			status: 404,
			body: {
				error: { code: 'LEAD_NOT_FOUND', message: 'The lead with ID 62ab16e was not found.' },
			},
		}));
		const result = await (0, harness_1.runNode)({
			parameters: getLead('62ab16e'),
			credentials: credentials(),
		});
		const error = result.error;
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
		const result = await (0, harness_1.runNode)({
			parameters: getLead('x'),
			credentials: credentials(),
		});
		expect(result.error?.message).toBe('TeleCRM BAD_REQUEST: Validation failed');
		expect(result.error?.description).toContain('role: Invalid role');
	});
	it('gives a readable error for a non-JSON (HTML) error page', async () => {
		server.setScript(() => ({
			status: 500,
			raw: '<html><head><style>p{}</style></head><body><h1>500 Internal Server Error</h1><p>nginx</p></body></html>',
		}));
		const result = await (0, harness_1.runNode)({
			parameters: getLead('x'),
			credentials: credentials(),
		});
		expect(result.error?.message).toBe(
			'TeleCRM HTTP_500: HTTP 500 with a non-JSON answer: 500 Internal Server Error nginx',
		);
	});
	it('retries a 429 after the Retry-After delay and succeeds', async () => {
		server.setScript((_req, index) =>
			index === 0
				? {
						status: 429,
						headers: { 'Retry-After': '1' },
						body: { error: { code: 'TOO_MANY_REQUESTS', message: 'Slow down' } },
					}
				: { status: 200, body: { fields: { name: 'Jane' } } },
		);
		const started = Date.now();
		const result = await (0, harness_1.runNode)({
			parameters: getLead('abc'),
			credentials: credentials(),
		});
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
		const result = await (0, harness_1.runNode)({
			parameters: getLead('abc'),
			credentials: credentials(),
		});
		expect(server.requests).toHaveLength(transport_1.RETRY_POLICY.maxRetries + 1);
		expect(result.error?.message).toBe('TeleCRM UNAVAILABLE: Maintenance');
		expect(result.error?.description).toMatch(/^Gave up after 4 attempts over \d+ s\./);
	});
	it('does not retry a 400', async () => {
		server.setScript(() => ({
			status: 400,
			body: { error: { code: 'BAD_REQUEST', message: 'Limit should be between 1 and 100' } },
		}));
		const result = await (0, harness_1.runNode)({
			parameters: getLead('abc'),
			credentials: credentials(),
		});
		expect(server.requests).toHaveLength(1);
		expect(result.error?.message).toBe('TeleCRM BAD_REQUEST: Limit should be between 1 and 100');
	});
	it('fails at once when Retry-After asks for more than the total wait budget', async () => {
		server.setScript(() => ({ status: 429, headers: { 'Retry-After': '3600' }, body: {} }));
		const result = await (0, harness_1.runNode)({
			parameters: getLead('abc'),
			credentials: credentials(),
		});
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
		const result = await (0, harness_1.runNode)({
			parameters: searchAll,
			credentials: credentials(),
		});
		expect(result.error).toBeUndefined();
		expect(server.requests.map((r) => r.query)).toEqual([
			{ skip: '0', limit: '100' },
			{ skip: '100', limit: '100' },
			{ skip: '200', limit: '100' },
		]);
		expect(server.requests.every((r) => r.method === 'POST')).toBe(true);
		expect(result.items).toHaveLength(250);
		expect(result.items[249].json).toMatchObject({ lead_id: 'lead-249', name: 'Lead 249' });
		expect(result.items.every((i) => i.pairedItem.item === 0)).toBe(true);
	});
	it('sends the Limit as the page size instead of fetching everything', async () => {
		server.setScript((req) => ({
			status: 200,
			body: { data: rows(0, Number(req.query.limit)), total_count: 5000 },
		}));
		const result = await (0, harness_1.runNode)({
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
		const result = await (0, harness_1.runNode)({
			parameters: searchAll,
			credentials: credentials(),
		});
		expect(server.requests).toHaveLength(2);
		expect(result.items).toHaveLength(107);
	});
	it('refuses a Base URL that is not http(s) before sending anything', async () => {
		const result = await (0, harness_1.runNode)({
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
		const result = await (0, harness_1.runNode)({
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
		const scripts = [
			{ status: 401, body: { error: { code: 'NOT_AUTHORIZED', message: 'Invalid token' } } },
			{ status: 500, raw: '<h1>boom</h1>' },
			{ status: 200, body: { fields: { name: 'x' } } },
		];
		for (const reply of scripts) {
			server.setScript(() => reply);
			for (const continueOnFail of [false, true]) {
				const result = await (0, harness_1.runNode)({
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
		server.setScript(() => scripts[0]);
		const denied = await (0, harness_1.runNode)({
			parameters: getLead('abc'),
			credentials: credentials(),
		});
		expect(denied.error?.description).toContain('token of type Sync');
	});
	it('the secret scan sees node runs and n8n log lines, and catches a leak', () => {
		expect((0, secrets_1.entriesLabelled)('run')).toBeGreaterThan(10);
		expect((0, secrets_1.entriesLabelled)('log')).toBeGreaterThan(0);
		const marker = 'scan-self-test-7b2e';
		(0, secrets_1.registerSecret)(marker);
		(0, secrets_1.recordSeen)('run', { json: { note: `token ${marker}` } });
		expect((0, secrets_1.leaks)()).toHaveLength(1);
		(0, secrets_1.forgetEntriesWith)(marker);
		expect((0, secrets_1.leaks)()).toHaveLength(0);
	});
	it('does not follow a redirect, so the token never reaches a host the user did not enter', async () => {
		const elsewhere = await new scriptedServer_cjs_1.ScriptedServer(() => ({
			status: 200,
			body: { fields: { name: 'stolen' } },
		})).start();
		try {
			server.setScript(() => ({
				status: 302,
				headers: { Location: `${elsewhere.baseUrl}/collect` },
			}));
			const result = await (0, harness_1.runNode)({
				parameters: getLead('abc'),
				credentials: credentials(),
			});
			expect(elsewhere.requests).toHaveLength(0);
			expect(result.error?.message).toBe(
				'TeleCRM HTTP_302: HTTP 302 with an empty or unexpected answer',
			);
		} finally {
			await elsewhere.stop();
		}
	});
});
//# sourceMappingURL=request.test.js.map
