/** bench/cpuRatio.cts: the median, the spread rule, the interleaving and when it stops. */
import type { CpuRun } from '../../bench/cpuRatio.cjs';
import { pairedCpuFigure, median, runningMedians, spreadOfLast } from '../../bench/cpuRatio.cjs';

const run = (cpuUs: number): CpuRun => ({ cpuUs, cpuSystemUs: 0, wallMs: 1 });
const size = { items: 100, inFlight: 32 };

/** A runPair giving these node/floor CPU totals in turn, and the order it was asked for. */
function pairs(values: Array<[number, number]>) {
	const orders: boolean[] = [];
	const runPair = async (nodeFirst: boolean) => {
		orders.push(nodeFirst);
		const [node, floor] = values[orders.length - 1];
		return await Promise.resolve({ node: run(node), floor: run(floor) });
	};
	return { orders, runPair };
}

describe('median and spread', () => {
	it('takes the middle value, or the mean of the two middle ones', () => {
		expect(median([3, 1, 2])).toBe(2);
		expect(median([4, 1, 3, 2])).toBe(2.5);
		expect(median([7])).toBe(7);
	});

	it('spreads over the last values only, and not before there are enough', () => {
		expect(spreadOfLast([9, 1.0, 1.02, 1.01], 3)).toBeCloseTo(0.02, 10);
		expect(spreadOfLast([1, 2], 3)).toBe(Infinity);
	});

	it('gives the median after each value', () => {
		expect(runningMedians([1, 3, 2, 10])).toEqual([1, 2, 2, 2.5]);
	});
});

describe('pairedCpuFigure', () => {
	it('stops after three repeats whose ratios agree, node and floor taking turns to start first', async () => {
		const { orders, runPair } = pairs([
			[110_000, 100_000],
			[112_000, 100_000],
			[110_500, 100_000],
			[500_000, 100_000],
		]);
		const figure = await pairedCpuFigure(size, runPair);
		expect(orders).toEqual([true, false, true]);
		expect(figure).toMatchObject({
			ratio: 1.105,
			repeats: 3,
			settled: true,
			nodeUsPerItem: 1105,
			floorUsPerItem: 1000,
			// The ratios 1.1, 1.12, 1.105; their medians after each 1.1, 1.11, 1.105.
			spread: 0.02,
			medianDrift: 0.01,
		});
		expect(figure.runs.map((r) => r.ratio)).toEqual([1.1, 1.12, 1.105]);
	});

	it('goes on past an outlier until three ratios in a row agree; the median keeps it out', async () => {
		const { runPair } = pairs([
			[100_000, 100_000],
			[150_000, 100_000],
			[102_000, 100_000],
			[101_000, 100_000],
			[103_000, 100_000],
			[101_000, 100_000],
		]);
		const figure = await pairedCpuFigure(size, runPair);
		expect(figure).toMatchObject({ repeats: 5, settled: true, ratio: 1.02, spread: 0.02 });
		// Medians after 3, 4, 5 repeats: 1.02, 1.015, 1.02.
		expect(figure.medianDrift).toBe(0.005);
	});

	it('stops at the cap when it never settles, and says so', async () => {
		const noisy = Array.from({ length: 20 }, (_, i): [number, number] => [
			100_000 * (1 + (i % 2) / 10),
			100_000,
		]);
		const { orders, runPair } = pairs(noisy);
		const figure = await pairedCpuFigure(size, runPair, {
			window: 3,
			tolerance: 0.03,
			maxRepeats: 4,
		});
		expect(orders).toHaveLength(4);
		expect(figure).toMatchObject({ settled: false, repeats: 4, spread: 0.1, ratio: 1.05 });
	});
});
