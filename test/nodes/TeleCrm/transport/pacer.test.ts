import { Pacer } from '../../../../nodes/TeleCrm/transport/pacer';

describe('Pacer', () => {
	it('lets the first request go at once and spaces the next ones evenly', async () => {
		const pacer = new Pacer(36_000); // one every 100 ms
		expect(pacer.intervalMs).toBe(100);
		const started = Date.now();
		const times: number[] = [];
		await Promise.all(
			Array.from({ length: 4 }, async () => {
				await pacer.turn();
				times.push(Date.now() - started);
			}),
		);
		times.sort((a, b) => a - b);
		expect(times[0]).toBeLessThan(50);
		times.slice(1).forEach((at, n) => expect(at - times[n]).toBeGreaterThanOrEqual(95));
	});

	it('the documented 18,000 an hour is one request every 200 ms', () => {
		expect(new Pacer(18_000).intervalMs).toBe(200);
	});
});
