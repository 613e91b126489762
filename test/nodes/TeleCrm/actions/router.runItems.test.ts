/** The router's item scheduler (actions/router.ts), with fake items: no n8n, no server. */
import { sleep } from 'n8n-workflow';

import type { Schedule } from '../../../../nodes/TeleCrm/actions/router';
import { runItems } from '../../../../nodes/TeleCrm/actions/router';

/** Fake items that log their start and end and take `ms[itemIndex]` milliseconds. */
function fakeItems(ms: number[], fails: number[] = []) {
	const log: string[] = [];
	let running = 0;
	let maxRunning = 0;
	const run = async (itemIndex: number) => {
		log.push(`start ${itemIndex}`);
		maxRunning = Math.max(maxRunning, ++running);
		await sleep(ms[itemIndex]);
		running--;
		log.push(`end ${itemIndex}`);
		if (fails.includes(itemIndex)) throw new Error(`item ${itemIndex} failed`);
		return itemIndex * 10;
	};
	return { run, log, maxRunning: () => maxRunning };
}

const schedule = (extra: Partial<Schedule> = {}): Schedule => ({
	inFlight: 1,
	stopOnError: false,
	...extra,
});

describe('runItems', () => {
	it('gives every outcome in its item place, values and errors alike', async () => {
		const items = fakeItems([5, 1, 3], [1]);
		const outcomes = await runItems([undefined, undefined, undefined], schedule(), items.run);
		expect(outcomes).toEqual([{ value: 0 }, { error: new Error('item 1 failed') }, { value: 20 }]);
		expect(items.log).toEqual(['start 0', 'end 0', 'start 1', 'end 1', 'start 2', 'end 2']);
	});

	it('runs up to inFlight items at once, starting them in input order', async () => {
		const items = fakeItems([20, 20, 20, 20, 20, 20]);
		const keys = new Array<undefined>(6).fill(undefined);
		const outcomes = await runItems(keys, schedule({ inFlight: 3 }), items.run);
		expect(outcomes.map((o) => o && 'value' in o && o.value)).toEqual([0, 10, 20, 30, 40, 50]);
		expect(items.maxRunning()).toBe(3);
		const starts = items.log.filter((line) => line.startsWith('start'));
		expect(starts).toEqual([0, 1, 2, 3, 4, 5].map((i) => `start ${i}`));
	});

	it('runs items sharing a key one after the other, in input order', async () => {
		const items = fakeItems([30, 5, 5, 5]);
		await runItems(['a', 'b', 'a', 'a'], schedule({ inFlight: 4 }), items.run);
		const order = items.log.filter((line) => / [023]$/.test(line));
		expect(order).toEqual(['start 0', 'end 0', 'start 2', 'end 2', 'start 3', 'end 3']);
		// Item 1 has its own key: it does not wait for item 0.
		expect(items.log.indexOf('end 1')).toBeLessThan(items.log.indexOf('end 0'));
	});

	it('lets the next item with the key run after one that failed', async () => {
		const items = fakeItems([5, 5], [0]);
		const outcomes = await runItems(['a', 'a'], schedule({ inFlight: 2 }), items.run);
		expect(outcomes[1]).toEqual({ value: 10 });
	});

	it('starts no further item after an error when stopping on errors', async () => {
		const items = fakeItems([1, 1, 1, 1], [1]);
		const keys = new Array<undefined>(4).fill(undefined);
		const outcomes = await runItems(keys, schedule({ stopOnError: true }), items.run);
		expect(outcomes.map((o) => (o === undefined ? 'not started' : Object.keys(o)[0]))).toEqual([
			'value',
			'error',
			'not started',
			'not started',
		]);
	});

	it('starts no further item once cancelled; the running ones finish', async () => {
		const cancel = new AbortController();
		const items = fakeItems([20, 20, 20, 20, 20]);
		const keys = new Array<undefined>(5).fill(undefined);
		const outcomes = await runItems(
			keys,
			schedule({ inFlight: 2, cancel: cancel.signal }),
			async (itemIndex) => {
				if (itemIndex === 1) cancel.abort();
				return await items.run(itemIndex);
			},
		);
		expect(outcomes.map((o) => o !== undefined)).toEqual([true, true, false, false, false]);
		expect(items.log).toHaveLength(4);
	});

	it('does not start an item that waited for its lead when the cancel came meanwhile', async () => {
		const cancel = new AbortController();
		const items = fakeItems([30, 5]);
		const outcomes = await runItems(
			['a', 'a'],
			schedule({ inFlight: 2, cancel: cancel.signal }),
			async (itemIndex) => {
				if (itemIndex === 0) void sleep(10).then(() => cancel.abort());
				return await items.run(itemIndex);
			},
		);
		expect(outcomes).toEqual([{ value: 0 }, undefined]);
		expect(items.log).toEqual(['start 0', 'end 0']);
	});

	it('runs nothing for no items', async () => {
		expect(await runItems([], schedule({ inFlight: 4 }), fakeItems([]).run)).toEqual([]);
	});
});
