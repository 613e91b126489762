/**
 * The hints in n8n's output pane, through n8n's engine: one per kind for the whole execution,
 * with its figures, and none when nothing happened.
 */
import type { INodeParameters, NodeExecutionHint } from 'n8n-workflow';

import { runNode } from '../../../../engine/harness';
import { hintsOf, json, mapped, useSandbox } from '../../../support/sandboxed';

const t = useSandbox({ seed: 1000 });
let phoneSeq = 0;
const nextPhone = () => `93${String(10000000 + ++phoneSeq)}`;

const create = (fields: Record<string, unknown>) => ({
	resource: 'lead',
	operation: 'create',
	fields: mapped({ phone: '={{ $json.phone }}', ...fields }),
});
const phones = (count: number) => Array.from({ length: count }, () => ({ phone: nextPhone() }));
const messages = (hints: NodeExecutionHint[]) => hints.map((h) => h.message);

afterEach(() => t.sandbox.faults.clear());

it('a clean write, a small search and a plain read leave no hint', async () => {
	expect(hintsOf(await t.run(create({ name: 'Clean' }), phones(3)))).toEqual([]);
	const search = { resource: 'lead', operation: 'search', returnAll: false, limit: 5, filters: {} };
	expect(hintsOf(await t.run(search))).toEqual([]);
	expect(hintsOf(await t.run({ resource: 'workspace', operation: 'getInfo' }))).toEqual([]);
});

it('values telecrm ignored: one hint for all items, with the count, the fields and the fix', async () => {
	// A member deleted in telecrm while the node still keeps the team list: telecrm remarks it.
	const member = t.sandbox.state.members.find((m) => m.name === 'Vikram Caller')!;
	const withAssignee = create({ assignee: '={{ $json.assignee }}' });
	await t.run(withAssignee, [{ phone: nextPhone(), assignee: member.email }]);
	const status = member.status;
	member.status = 'Deleted';
	const items = [...phones(3)].map((item, i) =>
		i < 2 ? { ...item, assignee: member.email } : item,
	);
	const result = await t.run(withAssignee, items);
	member.status = status;
	expect(json(result).map((o) => (o.remarks as unknown[]).length)).toEqual([1, 1, 0]);
	// What telecrm did not store is not in the output as if it were (Simplified: null).
	expect(json(result)[0].assignee).toBeNull();
	expect(hintsOf(result)).toEqual([
		{
			message:
				'TeleCRM ignored some values of 2 items and saved the rest: 1 field ("assignee"). ' +
				'Each item\'s "remarks" says what and why. To make such items fail instead, set On Ignored Values to "Fail the Item".',
			type: 'warning',
			location: 'outputPane',
		},
	]);
});

it('definitions read afresh for a name the kept ones lacked: what was new, and the cost', async () => {
	await t.run(create({ name: 'Before' }), phones(1));
	const { state } = t.sandbox;
	state.fields.push({
		...state.fields.find((f) => f.apiName === 'city')!,
		id: 'e'.repeat(24),
		apiName: 'landmark',
	});
	const mark = t.mark();
	const result = await t.run(create({ landmark: 'Clock tower' }), phones(4));
	expect(result.error).toBeUndefined();
	const reads = t.since(mark).filter((r) => r.path.endsWith('/custom-fields'));
	expect(reads).toHaveLength(1);
	expect(messages(hintsOf(result))).toEqual([
		'Items named what the workspace definitions kept from an earlier execution did not hold: lead field "landmark". ' +
			'They were read afresh from TeleCRM, which cost 1 more request; later executions use the new ones.',
	]);
	// The next execution finds it in what is kept now: nothing to tell.
	expect(hintsOf(await t.run(create({ landmark: 'Bridge' }), phones(1)))).toEqual([]);
});

it('a Return All past 1,000 leads points to Lead › Count', async () => {
	const result = await t.run({
		resource: 'lead',
		operation: 'search',
		returnAll: true,
		filters: {},
	});
	const leads = result.items.length;
	expect(leads).toBeGreaterThanOrEqual(1000);
	const requests = Math.ceil(leads / 100);
	expect(hintsOf(result)).toEqual([
		{
			message:
				`Return All returned ${leads.toLocaleString('en-US')} leads (${requests} requests of 100 leads), and every later node runs once per lead. ` +
				'If only how many is wanted, Lead › Count answers with one request and one item (Group By for a count per status or assignee).',
			type: 'info',
			location: 'outputPane',
		},
	]);
});

it('a 429 that paused the items: how long, how often, and the limit telecrm announced', async () => {
	t.sandbox.faults.add({
		kind: 'status',
		status: 429,
		retryAfter: '1',
		headers: { 'X-RateLimit-Limit': '120', 'X-RateLimit-Remaining': '0' },
		match: /^POST \/lead$/,
		skip: 1,
	});
	const result = await t.run(
		{ ...create({ name: 'Paced' }), requestOptions: { itemsInFlight: 2 } },
		phones(4),
	);
	expect(json(result).every((o) => o.result === 'created')).toBe(true);
	expect(messages(hintsOf(result))).toEqual([
		'The TeleCRM Sync API answered 429/503 ("slow down") 1 time, and every item in flight waited 1.0 s in all. ' +
			"The token's limit, from TeleCRM's answers: x-ratelimit-limit: 120, x-ratelimit-remaining: 0. " +
			'To stay under it, lower Options › Items in Flight or run fewer executions at once.',
	]);
});

describe('Create or Update (Queued)', () => {
	const slow = useSandbox({
		seed: 5,
		async: { delayMs: 3000, rateLimit: { max: 3, windowMs: 1000 } },
	});
	const queue = (extra: INodeParameters = {}): INodeParameters => ({
		resource: 'lead',
		operation: 'upsertQueued',
		fields: mapped({ phone: '={{ $json.phone }}', city: 'Pune' }),
		queueOptions: { requestsPerHour: 3_600_000 },
		...extra,
	});
	const run = async (parameters: INodeParameters, count: number) =>
		await runNode({ parameters, items: phones(count), credentials: slow.credentials() });

	it('leads only queued (Confirm off, or not seen in time) are told, with how to confirm', async () => {
		const queued = await run(queue(), 2);
		expect(messages(hintsOf(queued))).toEqual([
			'2 leads were only queued: TeleCRM\'s Async API answers "QUEUED" before it stores anything, and nothing checked that it did. ' +
				'Turn on Confirm to look them up through the Sync API (one search per 100 leads a round).',
		]);
		await slow.sandbox.asyncQueue.idle();
		const unseen = await run(queue({ confirm: true, confirmWithin: 1 }), 1);
		expect(json(unseen)[0].confirmation).toBe('not seen yet');
		expect(hintsOf(unseen)).toEqual([
			expect.objectContaining({
				message:
					'1 queued lead was not seen stored in TeleCRM within 1.0 s ("confirmation": "not seen yet" in those items). ' +
					'TeleCRM may still be applying them or have dropped a value: raise Confirm Within, or look them up later with Lead › Get.',
				type: 'warning',
			}),
		]);
		await slow.sandbox.asyncQueue.idle();
	});

	it('a 429 of the Async API: the pause, and the pace this execution kept', async () => {
		await slow.sandbox.asyncQueue.idle();
		const result = await run(queue(), 5);
		expect(result.error).toBeUndefined();
		const [pause] = hintsOf(result).filter((h) => h.message.includes('429'));
		expect(pause.message).toMatch(
			/^The TeleCRM Async API answered 429\/503 \("slow down"\) \d+ times?, and every item in flight waited \d+\.\d s in all\. This execution paced it to 3,600,000 requests an hour; the token's limit counts every workflow using it\. Lower Queue Options › Requests per Hour to stay under it\.$/,
		);
		await slow.sandbox.asyncQueue.idle();
	});

	it('a Return All of a few leads leaves no hint', async () => {
		const search = { resource: 'lead', operation: 'search', returnAll: true, filters: {} };
		const searched = await runNode({ parameters: search, credentials: slow.credentials() });
		expect(searched.items.length).toBeLessThan(1000);
		expect(hintsOf(searched)).toEqual([]);
	});
});

it('leads Confirm saw stored leave no hint', async () => {
	const parameters = {
		resource: 'lead',
		operation: 'upsertQueued',
		fields: mapped({ phone: '={{ $json.phone }}', city: 'Pune' }),
		confirm: true,
		confirmWithin: 30,
	};
	const result = await t.run(parameters, phones(2));
	expect(json(result).map((o) => o.confirmation)).toEqual(['confirmed', 'confirmed']);
	expect(hintsOf(result)).toEqual([]);
});
