/**
 * The CPU figure against the credentialed floor: the node's CPU time per item over the
 * floor's, from pairs of runs repeated until their ratios agree. Wall time on a few shared
 * cores moves by ±0.3 between runs; the CPU time a process spends is what the node costs.
 */

/** A run's CPU figures (from bench/scenario.cts's line). */
export interface CpuRun {
	/** User + system, µs, in the timed part. */
	cpuUs: number;
	cpuSystemUs: number;
	cpuUsPerItem?: number;
	wallMs: number;
}

/** One repeat: the node and the floor, side by side, and their CPU ratio. */
interface CpuRepeat {
	/** Which of the two was started first. */
	nodeFirst: boolean;
	node: CpuRun;
	floor: CpuRun;
	/** node.cpuUs / floor.cpuUs (same items). */
	ratio: number;
}

/** When to stop repeating. */
export interface SettleRule {
	/** The last this many repeats' ratios must lie within `tolerance` of each other. */
	window: number;
	tolerance: number;
	/** Stop here, settled or not. */
	maxRepeats: number;
}

/** The bench's rule; its cap is 3 × --repeat (9 by default). */
export const CPU_SETTLE_RULE: SettleRule = { window: 3, tolerance: 0.03, maxRepeats: 9 };

export interface CpuFigure {
	items: number;
	inFlight: number;
	/** Median of the repeats' ratios: the figure. */
	ratio: number;
	/** Max − min of the last `window` repeats' ratios: settled when within the tolerance. */
	spread: number;
	/** Max − min of the medians after each of the last `window` repeats: how the figure moved. */
	medianDrift: number;
	settled: boolean;
	repeats: number;
	/** Medians of the repeats' CPU per item, µs. */
	nodeUsPerItem: number;
	floorUsPerItem: number;
	runs: CpuRepeat[];
}

export function median(values: number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	const mid = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Max − min of the last `window` values; Infinity while there are fewer. */
export function spreadOfLast(values: number[], window: number): number {
	if (values.length < window) return Infinity;
	const last = values.slice(-window);
	return Math.max(...last) - Math.min(...last);
}

/** The median of the first k ratios, for every k: how the reported figure moved. */
export function runningMedians(ratios: number[]): number[] {
	return ratios.map((_, i) => median(ratios.slice(0, i + 1)));
}

const round = (n: number, places: number) => Math.round(n * 10 ** places) / 10 ** places;

/** The figure of the repeats so far. */
function cpuFigureOf(
	repeats: CpuRepeat[],
	rule: SettleRule,
	size: { items: number; inFlight: number },
): CpuFigure {
	const ratios = repeats.map((r) => r.ratio);
	const spread = spreadOfLast(ratios, rule.window);
	const perItem = (run: CpuRun) => run.cpuUs / size.items;
	return {
		...size,
		ratio: round(median(ratios), 3),
		spread: round(spread, 3),
		medianDrift: round(spreadOfLast(runningMedians(ratios), rule.window), 3),
		settled: spread <= rule.tolerance,
		repeats: repeats.length,
		nodeUsPerItem: Math.round(median(repeats.map((r) => perItem(r.node)))),
		floorUsPerItem: Math.round(median(repeats.map((r) => perItem(r.floor)))),
		runs: repeats,
	};
}

/**
 * Runs a pair of node and floor (started node first, then floor first, in turn) until the
 * last `rule.window` ratios agree within `rule.tolerance`, or `rule.maxRepeats` is reached;
 * the figure is the median of all of them.
 */
export async function pairedCpuFigure(
	size: { items: number; inFlight: number },
	runPair: (nodeFirst: boolean) => Promise<{ node: CpuRun; floor: CpuRun }>,
	rule: SettleRule = CPU_SETTLE_RULE,
): Promise<CpuFigure> {
	const repeats: CpuRepeat[] = [];
	for (;;) {
		const nodeFirst = repeats.length % 2 === 0;
		const { node, floor } = await runPair(nodeFirst);
		repeats.push({ nodeFirst, node, floor, ratio: round(node.cpuUs / floor.cpuUs, 3) });
		const figure = cpuFigureOf(repeats, rule, size);
		if (figure.settled || repeats.length >= rule.maxRepeats) return figure;
	}
}
