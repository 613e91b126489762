/** The event loop's longest block while some work runs: what freezes n8n for everyone. */
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';

const RESOLUTION_MS = 10;

export interface Measured<T> {
	value: T;
	/** The longest the event loop was blocked (ms), within about 10 ms. */
	blockMs: number;
	/** How long the work took (ms). */
	ms: number;
}

export async function measured<T>(work: () => Promise<T>): Promise<Measured<T>> {
	const histogram = monitorEventLoopDelay({ resolution: RESOLUTION_MS });
	const started = performance.now();
	histogram.enable();
	try {
		const value = await work();
		const ms = Math.round(performance.now() - started);
		// A block just before the work ended shows at the monitor's next tick.
		await sleep(3 * RESOLUTION_MS);
		// The histogram holds the intervals between its timer's ticks: one tick is not a block.
		return { value, ms, blockMs: Math.max(0, Math.round(histogram.max / 1e6) - RESOLUTION_MS) };
	} finally {
		histogram.disable();
	}
}
