import { sleep } from 'n8n-workflow';

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

	/** Waits for the next request's turn. */
	async turn(): Promise<void> {
		const now = Date.now();
		const at = Math.max(now, this.next);
		this.next = at + this.intervalMs;
		if (at > now) await sleep(at - now);
	}
}
