import type { WriteCapture } from './checkOnly';
import type { Pacer } from './pacer';

/** When a request is sent again, and how long it waits first. */

/** Bounds of the retry loop; exported so tests and docs read the same numbers. */
export const RETRY_POLICY = {
	maxRetries: 3,
	baseDelayMs: 500,
	maxDelayMs: 10_000,
	maxTotalWaitMs: 30_000,
	requestTimeoutMs: 60_000,
	/** Most items of one execution whose requests may be open at once (Items in Flight). */
	maxItemsInFlight: 32,
};

/** "Slow down" answers: retried for every request, and they pause every item in flight. */
export const SLOW_DOWN = new Set([429, 503]);

/** Gateway errors: the request may have been processed, so only idempotent ones are retried. */
export const MAYBE_PROCESSED = new Set([502, 504]);

export function isRetryable(status: number, idempotent: boolean): boolean {
	return SLOW_DOWN.has(status) || (idempotent && MAYBE_PROCESSED.has(status));
}

export function backoffMs(attempt: number): number {
	return Math.min(RETRY_POLICY.maxDelayMs, RETRY_POLICY.baseDelayMs * 2 ** attempt);
}

/** Retries of one request so far: attempts after the first, and the milliseconds waited. */
export interface Retries {
	attempt: number;
	waited: number;
}

/** Whether the retry budget (attempts, total wait) allows one more wait of `delay` ms. */
export function mayRetry(retries: Retries, delay: number): boolean {
	return (
		retries.attempt < RETRY_POLICY.maxRetries &&
		retries.waited + delay <= RETRY_POLICY.maxTotalWaitMs
	);
}

/** Why a retryable answer was given up on. */
export function gaveUp(delay: number, retry: Retries, detail?: string): string {
	if (retry.attempt < RETRY_POLICY.maxRetries) {
		return `TeleCRM asked to wait ${Math.round(delay / 1000)} s, more than the ${RETRY_POLICY.maxTotalWaitMs / 1000} s this node waits in total. Try again later.`;
	}
	return `Gave up after ${retry.attempt + 1} attempts over ${Math.round(retry.waited / 1000)} s. ${detail ?? ''}`.trim();
}

/** Milliseconds from a Retry-After header (a number of seconds or an HTTP date), if any. */
export function retryAfterMs(value: string | undefined, now = Date.now()): number | undefined {
	if (!value) return undefined;
	const seconds = Number(value);
	if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
	const date = Date.parse(value);
	return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** Settings of one node execution (its Options), shared by all its requests to one API. */
export interface RequestSettings {
	timeoutMs: number;
	/** Until when every request of this execution holds back (after a 429 or 503). */
	pauseUntil?: number;
	/** The 429/503 pauses so far: how many, and the time held back (overlaps counted once). */
	paused?: { times: number; ms: number };
	/** Spaces the requests to stay within a per-hour limit (the Async API's). */
	pacer?: Pacer;
	/** Check Only: writes are held here, not sent (reads go out). */
	checkOnly?: WriteCapture;
}

export function defaultRequestSettings(): RequestSettings {
	return { timeoutMs: RETRY_POLICY.requestTimeoutMs };
}

/** A "slow down" answer: every request of the execution holds back `delayMs` from now. */
export function pauseEveryone(settings: RequestSettings, delayMs: number, now = Date.now()): void {
	const until = now + delayMs;
	const from = Math.max(now, settings.pauseUntil ?? 0);
	const paused = settings.paused ?? { times: 0, ms: 0 };
	settings.paused = { times: paused.times + 1, ms: paused.ms + Math.max(0, until - from) };
	settings.pauseUntil = Math.max(settings.pauseUntil ?? 0, until);
}
