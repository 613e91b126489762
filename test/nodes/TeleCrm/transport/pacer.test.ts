import { Pacer } from '../../../../nodes/TeleCrm/transport/pacer';

describe('Pacer', () => {
	afterEach(() => jest.useRealTimers());

	it('lets the first request go at once and spaces the next ones evenly', async () => {
		// Fake timers (and Date): the spacing is the pacer's, not the machine's load.
		jest.useFakeTimers({ now: 1_000_000 });
		const pacer = new Pacer(36_000); // one every 100 ms
		expect(pacer.intervalMs).toBe(100);
		const times: number[] = [];
		const turns = Array.from({ length: 4 }, async () => {
			await pacer.turn();
			times.push(Date.now() - 1_000_000);
		});
		await jest.advanceTimersByTimeAsync(0);
		expect(times).toEqual([0]);
		await jest.advanceTimersByTimeAsync(99);
		expect(times).toEqual([0]);
		await jest.advanceTimersByTimeAsync(201);
		await Promise.all(turns);
		expect(times).toEqual([0, 100, 200, 300]);
	});

	it('the documented 18,000 an hour is one request every 200 ms', () => {
		expect(new Pacer(18_000).intervalMs).toBe(200);
	});
});
