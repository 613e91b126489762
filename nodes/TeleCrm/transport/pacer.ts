import { sleep } from 'n8n-workflow';

/** How soon a wait notices n8n's Stop; also the longest timer left running after it. */
const CANCEL_CHECK_MS = 250;

/**
 * Waits `ms`, or ends within CANCEL_CHECK_MS once `signal` aborts (n8n's Stop). Slices of n8n's
 * `sleep`: the lint forbids clearTimeout, n8n-workflow 2.x has no sleepWithAbort, and a timer
 * raced against the signal would keep a 30 s wait alive after the Stop.
 */
export async function sleepUnlessCancelled(ms: number, signal?: AbortSignal): Promise<void> {
	const end = Date.now() + ms;
	for (let left = ms; left > 0 && !signal?.aborted; left = end - Date.now()) {
		await sleep(Math.min(left, CANCEL_CHECK_MS));
	}
}

/**
 * Spaces one execution's requests so that no hour holds more than `perHour` of them (a
 * token's documented limit): the first goes at once, each later one an interval after the one
 * before. A long import is paced rather than refused.
 */
export class Pacer {
	private next = 0;

	readonly intervalMs: number;

	constructor(readonly perHour: number) {
		this.intervalMs = 3_600_000 / perHour;
	}

	/** Waits for the next request's turn, or until `signal` aborts (Stop). */
	async turn(signal?: AbortSignal): Promise<void> {
		const now = Date.now();
		const at = Math.max(now, this.next);
		this.next = at + this.intervalMs;
		if (at > now) await sleepUnlessCancelled(at - now, signal);
	}
}
