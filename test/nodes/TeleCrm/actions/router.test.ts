/** Items in Flight: several items at once, output in input order, a 429 pauses them all. */
import type { INodeParameters } from 'n8n-workflow';
import { sleep } from 'n8n-workflow';

import { runNode } from '../../../../engine/harness';
import { TeleCrmApi } from '../../../../nodes/TeleCrm/transport';
import { json, mapped, useSandbox } from '../../../support/sandboxed';

const t = useSandbox({ seed: 10, latencyMs: 40 });

const createMany = (count: number, inFlight: number, prefix: string) =>
	t.run(
		{
			resource: 'lead',
			operation: 'create',
			fields: mapped({ phone: '={{ $json.phone }}', name: '={{ $json.name }}' }),
			requestOptions: { itemsInFlight: inFlight },
		},
		Array.from({ length: count }, (_, i) => ({
			phone: `${prefix}${String(i).padStart(4, '0')}`,
			name: `Parallel ${i}`,
		})),
		true,
	);

it('runs up to N items at once and keeps output order and item links', async () => {
	t.sandbox.stats.maxInFlight = 0;
	const result = await createMany(24, 6, '91981100');
	expect(result.items).toHaveLength(24);
	expect(result.items.map((i) => i.pairedItem)).toEqual(
		Array.from({ length: 24 }, (_, item) => ({ item })),
	);
	json(result).forEach((out, i) => {
		const lead = t.sandbox.state.leads.find((l) => l.id === out.lead_id)!;
		expect(lead.fields.name).toBe(`Parallel ${i}`);
	});
	expect(t.sandbox.stats.maxInFlight).toBeGreaterThan(1);
	expect(t.sandbox.stats.maxInFlight).toBeLessThanOrEqual(6);
});

it('sends one item at a time by default', async () => {
	t.sandbox.stats.maxInFlight = 0;
	const result = await createMany(5, 1, '91981200');
	expect(result.items).toHaveLength(5);
	expect(t.sandbox.stats.maxInFlight).toBe(1);
});

it('a 429 pauses every item in flight for the Retry-After time', async () => {
	const mark = t.mark();
	t.sandbox.faults.add({
		kind: 'status',
		status: 429,
		retryAfter: '1',
		match: /^POST \/lead$/,
		skip: 3,
	});
	const result = await createMany(16, 4, '91981300');
	expect(json(result).every((o) => o.result === 'created')).toBe(true);
	const writes = t.since(mark).filter((r) => r.path.endsWith('/lead'));
	// The 429 is not logged (the fault answers first); find the gap it left: no write
	// arrived for about a second while the whole batch waited.
	const gaps = writes.slice(1).map((r, i) => r.at - writes[i].at);
	expect(Math.max(...gaps)).toBeGreaterThanOrEqual(900);
	expect(gaps.filter((g) => g >= 900)).toHaveLength(1);
});

it('stops after the first failing item when errors are not continued', async () => {
	t.sandbox.faults.add({ kind: 'status', status: 500, match: /^POST \/lead$/, skip: 2 });
	const result = await t.run(
		{
			resource: 'lead',
			operation: 'create',
			fields: mapped({ phone: '={{ $json.phone }}' }),
			requestOptions: { itemsInFlight: 2 },
		},
		Array.from({ length: 10 }, (_, i) => ({ phone: `91981400${String(i).padStart(4, '0')}` })),
	);
	expect(result.error?.message).toMatch(/^TeleCRM SERVICE_UNAVAILABLE: Injected 500/);
	const created = t.sandbox.state.leads.filter((l) =>
		String(l.fields.phone).startsWith('91981400'),
	).length;
	expect(created).toBeLessThan(10);
});

it('refuses an Items in Flight value out of range', async () => {
	const result = await createMany(2, 100, '91981500');
	expect(result.items.map((i) => [i.json.error, i.pairedItem])).toEqual([
		['Item 0: Field "Items in Flight" has a value TeleCRM would not accept: 100', { item: 0 }],
		['Item 0: Field "Items in Flight" has a value TeleCRM would not accept: 100', { item: 1 }],
	]);
	const error = await t.run({
		resource: 'lead',
		operation: 'get',
		lead: { __rl: true, mode: 'id', value: 'x' },
		requestOptions: { itemsInFlight: 0 },
	});
	expect(error.error?.message).toBe(
		'Item 0: Field "Items in Flight" has a value TeleCRM would not accept: 0',
	);
});

it('refuses a Timeout that is not a whole number of milliseconds, before any request', async () => {
	const mark = t.mark();
	const result = await t.run({
		resource: 'lead',
		operation: 'get',
		lead: { __rl: true, mode: 'id', value: 'x' },
		requestOptions: { timeout: 'soon' },
	});
	expect(result.error?.message).toBe(
		'Item 0: Field "Timeout" has a value TeleCRM would not accept: "soon"',
	);
	expect(t.since(mark)).toEqual([]);
});

it('reads Items in Flight only for operations that run items side by side', async () => {
	const result = await t.run({
		resource: 'teamMember',
		operation: 'getAll',
		returnAll: true,
		requestOptions: { itemsInFlight: 100 },
	});
	expect(result.error).toBeUndefined();
	expect(result.items.length).toBeGreaterThan(0);
});

/**
 * 200 items (phones `<prefix>0000`…), 4 in flight, continuing on errors (the requests n8n 2.x
 * aborts on cancel do not stop the loop); `cancel` is what n8n's Stop and timeout do.
 */
function cancellableRun(prefix: string, parameters: INodeParameters) {
	let execution: { cancel(): void } | undefined;
	const run = runNode({
		parameters: {
			fields: mapped({ phone: '={{ $json.phone }}' }),
			requestOptions: { itemsInFlight: 4 },
			...parameters,
		},
		items: Array.from({ length: 200 }, (_, i) => ({
			phone: `${prefix}${String(i).padStart(4, '0')}`,
		})),
		continueOnFail: true,
		credentials: t.credentials(),
		started: (running) => (execution = running),
	});
	return { run, cancel: () => execution!.cancel() };
}

it('starts no further item once n8n cancels the execution (Stop, or its timeout)', async () => {
	const prefix = '91981600';
	const created = () =>
		t.sandbox.state.leads.filter((l) => String(l.fields.phone).startsWith(prefix)).length;
	const execution = cancellableRun(prefix, { resource: 'lead', operation: 'create' });
	while (created() < 20) await sleep(20);
	const sent = jest.spyOn(TeleCrmApi.prototype, 'request');
	execution.cancel();
	await execution.run;
	// Read before mockRestore, which clears them. Nothing at all after the cancel: no create
	// (the item loop checks the signal itself, as n8n 1.123's request helpers do not abort on
	// it) and no lost-answer lookup for the creates 2.x aborted in flight (an abort is not a
	// lost answer).
	const calls = sent.mock.calls.length;
	sent.mockRestore();
	expect(calls).toBe(0);
	expect(created()).toBeLessThan(40);
});

it('settles nothing once n8n cancels the execution: Confirm sends no search after Stop', async () => {
	const queuedBefore = t.sandbox.asyncQueue.queued;
	const execution = cancellableRun('91981700', {
		resource: 'lead',
		operation: 'upsertQueued',
		confirm: true,
		confirmWithin: 5,
		queueOptions: { requestsPerHour: 3_600_000 },
	});
	while (t.sandbox.asyncQueue.queued < queuedBefore + 20) await sleep(20);
	const sent = jest.spyOn(TeleCrmApi.prototype, 'request');
	execution.cancel();
	// Confirm's lookups would have gone out before the run ends (a second after the last item).
	const result = await execution.run;
	const calls = sent.mock.calls.length;
	sent.mockRestore();
	expect(calls).toBe(0);
	expect(json(result).some((o) => o.result === 'queued' && !('confirmation' in o))).toBe(true);
});
