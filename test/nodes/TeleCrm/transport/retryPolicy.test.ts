import {
	backoffMs,
	gaveUp,
	isRetryable,
	mayRetry,
	pauseEveryone,
	retryAfterMs,
	RETRY_POLICY,
} from '../../../../nodes/TeleCrm/transport/retryPolicy';

describe('retryAfterMs', () => {
	const now = Date.parse('2026-11-26T10:00:00Z');
	it.each<[string | undefined, number | undefined]>([
		['3', 3000],
		['0', 0],
		['1.5', 1500],
		['Thu, 26 Nov 2026 10:00:05 GMT', 5000],
		['Thu, 26 Nov 2026 09:00:00 GMT', 0],
		['soon', undefined],
		[undefined, undefined],
		['', undefined],
	])('%j -> %j ms', (header, ms) => {
		expect(retryAfterMs(header, now)).toBe(ms);
	});
});

describe('which answers are retried', () => {
	it('429 and 503 always; 502 and 504 only for idempotent requests; others never', () => {
		expect([429, 503].map((s) => isRetryable(s, false))).toEqual([true, true]);
		expect([502, 504].map((s) => [isRetryable(s, true), isRetryable(s, false)])).toEqual([
			[true, false],
			[true, false],
		]);
		expect([400, 401, 404, 409, 500].some((s) => isRetryable(s, true))).toBe(false);
	});

	it('backs off exponentially up to the cap', () => {
		expect([0, 1, 2, 3].map(backoffMs)).toEqual([500, 1000, 2000, 4000]);
		expect(backoffMs(10)).toBe(RETRY_POLICY.maxDelayMs);
	});
});

describe('pauseEveryone', () => {
	it('holds every request back, counting each pause and overlapping time once', () => {
		const settings = { timeoutMs: 1000 };
		pauseEveryone(settings, 2000, 10_000);
		expect(settings).toMatchObject({ pauseUntil: 12_000, paused: { times: 1, ms: 2000 } });
		// A second 429 during the first pause: only the time past it is added.
		pauseEveryone(settings, 1500, 11_000);
		expect(settings).toMatchObject({ pauseUntil: 12_500, paused: { times: 2, ms: 2500 } });
		// One inside it adds none; a later one adds all of its own.
		pauseEveryone(settings, 500, 11_500);
		pauseEveryone(settings, 1000, 20_000);
		expect(settings).toMatchObject({ pauseUntil: 21_000, paused: { times: 4, ms: 3500 } });
	});
});

describe('the retry budget', () => {
	const { maxRetries, maxTotalWaitMs } = RETRY_POLICY;

	it('mayRetry: another wait while attempts and the total wait allow it, up to the bound itself', () => {
		expect(mayRetry({ attempt: 0, waited: 0 }, 500)).toBe(true);
		expect(mayRetry({ attempt: maxRetries - 1, waited: 0 }, 500)).toBe(true);
		expect(mayRetry({ attempt: maxRetries, waited: 0 }, 500)).toBe(false);
		expect(mayRetry({ attempt: 1, waited: maxTotalWaitMs - 1000 }, 1000)).toBe(true);
		expect(mayRetry({ attempt: 1, waited: maxTotalWaitMs - 1000 }, 1001)).toBe(false);
		expect(mayRetry({ attempt: 0, waited: 0 }, maxTotalWaitMs + 1)).toBe(false);
	});

	it('gaveUp: a wait asked for beyond the total says how long and to try later', () => {
		expect(gaveUp(45_000, { attempt: 0, waited: 0 }, 'ignored')).toBe(
			`TeleCRM asked to wait 45 s, more than the ${maxTotalWaitMs / 1000} s this node waits in total. Try again later.`,
		);
	});

	it('gaveUp: attempts used up says how many over how long, with the detail if any', () => {
		const spent = { attempt: maxRetries, waited: 3_400 };
		expect(gaveUp(500, spent, 'TeleCRM answered 503.')).toBe(
			`Gave up after ${maxRetries + 1} attempts over 3 s. TeleCRM answered 503.`,
		);
		expect(gaveUp(500, spent)).toBe(`Gave up after ${maxRetries + 1} attempts over 3 s.`);
	});
});
