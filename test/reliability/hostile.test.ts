/**
 * Hostile answers: what sits at a Base URL in real life (a proxy, a captive portal, a broken
 * deployment, a man in the middle on http) answers huge, endless, slow, broken or redirecting.
 * Whatever it answers, each item fails with one clear error within its Timeout (and retries),
 * the event loop is never blocked for long, no redirect is followed, and neither the token nor
 * a password in the Base URL shows anywhere (the secret scan reads every output, error and log).
 */
import type { IDataObject, INodeParameters } from 'n8n-workflow';
import { sleep } from 'n8n-workflow';

import { recordHostile, writeResults } from './report.cjs';
import type { TeleCrmCredentials } from '../../engine/harness';
import { runNode, runPoll } from '../../engine/harness';
import { leaks, registerSecret } from '../../engine/secrets';
import { RETRY_POLICY } from '../../nodes/TeleCrm/transport';
import { backoffMs } from '../../nodes/TeleCrm/transport/retryPolicy';
import type { HostileKind, HostileServer, OtherAnswer } from '../support/hostileServer.cjs';
import { HOSTILE_KINDS, startHostileServer } from '../support/hostileServer.cjs';
import { measured } from '../support/loopBlock.cjs';
import { byId, json, mapped, useSandbox } from '../support/sandboxed';

// Canaries (the token, a password in the Base URL): the secret scan fails the file if either
// shows up anywhere the user can see.
const CANARY = 'canary-token-5e1f7a20';
const USERINFO_CANARY = 'canary-url-9c3d41b6';
registerSecret(CANARY);
registerSecret(USERINFO_CANARY);
const TIMEOUT_MS = 1500;
/**
 * Generous: catches the old freezes (17 to 27 s on 256 KiB of unclosed tags, 8 s reading 100 MiB
 * of JSON), not a loaded machine: in the whole suite, Jest's reused workers have paused 1.3 s
 * (a full GC, or no CPU) where this file alone measures under 100 ms. The report has the figures.
 */
const MAX_BLOCK_MS = 5000;

const t = useSandbox({ seed: 33 });
let hostile: HostileServer;
const savedTimeout = RETRY_POLICY.requestTimeoutMs;

beforeAll(async () => {
	hostile = await startHostileServer();
	// The trigger has no Timeout option: its requests use the default, shortened here.
	RETRY_POLICY.requestTimeoutMs = TIMEOUT_MS;
});
afterAll(async () => {
	RETRY_POLICY.requestTimeoutMs = savedTimeout;
	await hostile.stop();
	writeResults('hostile');
});

/** What the user reads for each kind: one clear error. */
const EXPECTED: Record<HostileKind, RegExp> = {
	'huge HTML': /^TeleCRM HTTP_500: HTTP 500 with a non-JSON answer: Internal error/,
	'unclosed tags': /^TeleCRM HTTP_400: HTTP 400 with a non-JSON answer \(no readable text\)$/,
	trickle: /^TeleCRM did not answer within the Timeout \(1500 ms\)$/,
	'endless body': /^TeleCRM's answer was larger than 8 MiB/,
	'oversized JSON': /^TeleCRM's answer was larger than 8 MiB/,
	'invalid JSON on 200': /^TeleCRM answered HTTP 200 without a readable JSON object$/,
	'redirect same-origin': /^TeleCRM HTTP_302: HTTP 302, a redirect to \/ok\/.*not follow$/,
	'redirect cross-origin':
		/^TeleCRM HTTP_302: HTTP 302, a redirect to http:\/\/127.0.0.1:\d+\/collect,/,
	'redirect loop': /^TeleCRM HTTP_302: HTTP 302, a redirect to \/redirect-loop\/.*not follow$/,
	'reset mid-body': /^TeleCRM did not answer$/,
	'gzip that inflates far': /^TeleCRM's answer was larger than 8 MiB/,
};

/** Each target's request is retried after a lost answer, as a read is. */
interface Target {
	name: string;
	/** Runs it against the kind; the errors the user sees. */
	run(kind: HostileKind): Promise<string[]>;
}

const syncCredentials = (baseUrl: string): Partial<TeleCrmCredentials> => ({
	enterpriseId: 'ent_hostile',
	syncToken: CANARY,
	baseUrl,
});
const withTimeout = (parameters: INodeParameters) => ({
	...parameters,
	requestOptions: { timeout: TIMEOUT_MS },
});
const itemErrors = (items: IDataObject[]) =>
	items.filter((o) => o.error).map((o) => String(o.error));

const targets: Target[] = [
	{
		name: 'Lead › Get',
		async run(kind) {
			const result = await runNode({
				parameters: withTimeout({ resource: 'lead', operation: 'get', lead: byId('abc') }),
				credentials: syncCredentials(hostile.baseUrl(kind)),
				continueOnFail: true,
			});
			return itemErrors(json(result));
		},
	},
	{
		name: 'Lead › Create or Update (Queued)',
		// Without actions its request is an upsert, whose repeat is harmless: retried as a read.
		async run(kind) {
			const result = await runNode({
				parameters: withTimeout({
					resource: 'lead',
					operation: 'upsertQueued',
					fields: mapped({ phone: '9170000333', name: 'Hostile' }),
					queueOptions: { requestsPerHour: 3_600_000 },
				}),
				// The fields are read from the (healthy) Sync API; the Async endpoint is hostile.
				credentials: { ...t.credentials(), asyncBaseUrl: hostile.baseUrl(kind) },
				continueOnFail: true,
			});
			return itemErrors(json(result));
		},
	},
	{
		name: 'Trigger poll (password in the Base URL)',
		async run(kind) {
			const staticData: IDataObject = {};
			const credentials = syncCredentials(hostile.baseUrl(kind, `user:${USERINFO_CANARY}`));
			const poll = async () =>
				await runPoll({ parameters: { event: 'newLead' }, credentials, staticData });
			await poll(); // the first poll only sets the cursor
			const { error } = await poll();
			return error ? [error.message] : [];
		},
	},
];

/** The longest a read may take: every attempt's Timeout, and the backoff between them. */
function readBudgetMs(): number {
	let waits = 0;
	for (let attempt = 0; attempt < RETRY_POLICY.maxRetries; attempt++) waits += backoffMs(attempt);
	return TIMEOUT_MS * (1 + RETRY_POLICY.maxRetries) + waits;
}

const cases = targets.flatMap((target) =>
	HOSTILE_KINDS.map((kind) => [target.name, kind, target] as const),
);

it.each(cases)('%s against %s', async (_name, kind, target) => {
	const before = { elsewhere: { ...hostile.elsewhere }, followed: hostile.followed() };
	const attemptsBefore = hostile.hits(kind);
	const { value: errors, blockMs, ms } = await measured(async () => await target.run(kind));
	const budgetMs = readBudgetMs();
	const elsewhere = hostile.elsewhere.requests - before.elsewhere.requests;
	const authorizationElsewhere =
		hostile.elsewhere.withAuthorization - before.elsewhere.withAuthorization;
	recordHostile({
		target: target.name,
		kind,
		error: errors.join(' | '),
		blockMs,
		ms,
		budgetMs,
		attempts: hostile.hits(kind) - attemptsBefore,
		elsewhere,
		authorizationElsewhere,
	});
	expect(errors).toHaveLength(1);
	expect(errors[0]).toMatch(EXPECTED[kind]);
	expect(blockMs).toBeLessThan(MAX_BLOCK_MS);
	// Slack for a loaded machine; the report shows the figure against the budget.
	expect(ms).toBeLessThan(budgetMs + 5000);
	if (kind === 'trickle') expect(ms).toBeGreaterThanOrEqual(TIMEOUT_MS);
	expect(elsewhere).toBe(0);
	expect(hostile.followed()).toBe(before.followed);
	expect(leaks()).toEqual([]);
});

/** Lead › Get against `kind`, stopped after `stopAfterMs`: its errors, its figures recorded. */
async function stoppedAfter(kind: HostileKind | OtherAnswer, stopAfterMs: number) {
	let execution: { cancel(): void } | undefined;
	const attemptsBefore = hostile.hits(kind);
	const {
		value: result,
		ms,
		blockMs,
	} = await measured(async () => {
		const running = runNode({
			parameters: { resource: 'lead', operation: 'get', lead: byId('abc') },
			credentials: syncCredentials(hostile.baseUrl(kind)),
			continueOnFail: true,
			started: (run) => (execution = run),
		});
		await sleep(stopAfterMs);
		execution!.cancel();
		return await running;
	});
	const errors = itemErrors(json(result));
	recordHostile({
		target: `Lead › Get, Stop after ${stopAfterMs} ms`,
		kind,
		error: errors.join(' | '),
		blockMs,
		ms,
		budgetMs: stopAfterMs,
		attempts: hostile.hits(kind) - attemptsBefore,
		elsewhere: 0,
		authorizationElsewhere: 0,
	});
	return { errors, ms };
}

it('Stop ends a request in flight at once, its body half read: "The execution was cancelled"', async () => {
	const { errors, ms } = await stoppedAfter('trickle', 800);
	// The default Timeout (60 s) is far off: only the Stop can have ended it.
	expect(ms).toBeLessThan(5000);
	expect(errors).toEqual(['The execution was cancelled']);
});

it('names an unreachable Base URL without its password: in the error and in Check Setup', async () => {
	const closed = await startHostileServer();
	const address = closed.baseUrl('trickle');
	await closed.stop();
	const credentials = syncCredentials(address.replace('//', `//user:${USERINFO_CANARY}@`));
	const get = await runNode({
		parameters: withTimeout({ resource: 'lead', operation: 'get', lead: byId('abc') }),
		credentials,
		continueOnFail: true,
	});
	expect(json(get)[0].error).toBe(`TeleCRM could not be reached at ${address}`);
	const setup = await runNode({
		parameters: { resource: 'workspace', operation: 'checkSetup' },
		credentials: { ...credentials, asyncToken: CANARY, asyncBaseUrl: credentials.baseUrl },
	});
	const report = JSON.stringify(json(setup));
	expect(report).toContain(`could not be reached at ${address}`);
	expect(report).not.toContain(USERINFO_CANARY);
	expect(leaks()).toEqual([]);
});

it.each(['echo headers (error page)', 'echo headers (200 JSON)'] as const)(
	'a proxy that %s shows neither the token nor the Base URL password',
	async (kind) => {
		const credentials = syncCredentials(hostile.baseUrl(kind, `user:${USERINFO_CANARY}`));
		const {
			value: result,
			ms,
			blockMs,
		} = await measured(
			async () =>
				await runNode({
					parameters: withTimeout({ resource: 'lead', operation: 'get', lead: byId('abc') }),
					credentials,
					continueOnFail: true,
				}),
		);
		const shown = JSON.stringify(json(result));
		const errors = itemErrors(json(result));
		recordHostile({
			target: 'Lead › Get (password in the Base URL)',
			kind,
			error: errors.join(' | '),
			blockMs,
			ms,
			budgetMs: readBudgetMs(),
			attempts: hostile.hits(kind),
			elsewhere: 0,
			authorizationElsewhere: 0,
		});
		// The echo reached the user (an error, or the lead's name), its secrets replaced.
		expect(shown).toMatch(/authorization: (Bearer|Basic) \*\*\*/i);
		expect(shown).not.toContain(CANARY);
		expect(shown).not.toContain(USERINFO_CANARY);
		expect(leaks()).toEqual([]);
	},
);

it('Stop ends the wait a 429 asked for (Retry-After 20 s): "The execution was cancelled"', async () => {
	const { errors, ms } = await stoppedAfter('slow down', 500);
	// The 20 s wait is far off: only the Stop can have ended it (generous for a loaded machine).
	expect(ms).toBeLessThan(5000);
	expect(errors).toEqual(['The execution was cancelled']);
});
