/**
 * Lead › Create or Update (Queued) through n8n's engine against the sandbox's Async endpoint:
 * what telecrm would drop silently is refused before it is queued, and the sandbox's drop
 * counter stays at zero for everything the node sends.
 */
import { ASYNC_CREDENTIAL_TYPE, runNode } from '../../../../../engine/harness';
import type { useSandbox } from '../../../../support/sandboxed';
import { autoMapped, json, mapped, useSandbox as sandboxed } from '../../../../support/sandboxed';

const t = sandboxed({ seed: 40, async: { delayMs: 50 } });
let phoneSeq = 0;
const nextPhone = () => `97${String(10000000 + ++phoneSeq)}`;

const queuedRequests = (sandbox: ReturnType<typeof useSandbox>, mark: number) =>
	sandbox.since(mark).filter((r) => r.path.endsWith('/autoupdatelead'));
const sentBodies = (sandbox: ReturnType<typeof useSandbox>, mark: number) =>
	queuedRequests(sandbox, mark).map((r) => JSON.parse(r.body) as Record<string, unknown>);
const byPhone = (phone: string) => t.sandbox.state.leads.find((l) => l.fields.phone === phone);

const FAST = { requestsPerHour: 3_600_000 };
const queue = (extra: Record<string, unknown> = {}) => ({
	resource: 'lead',
	operation: 'upsertQueued',
	fields: autoMapped(),
	queueOptions: FAST,
	...extra,
});

afterAll(() => {
	// Everything the node queued in this file was applied whole.
	expect(t.sandbox.asyncQueue.drops).toEqual([]);
});

describe('lead:upsertQueued', () => {
	it('converts as for the Sync writes, queues, and says honestly what is known', async () => {
		const phone = nextPhone();
		const mark = t.mark();
		const result = await t.run(
			queue({
				fields: mapped({
					phone: `+91 ${phone}`,
					name: 'Queued Lead',
					status: 'fresh',
					rating: '4',
					follow_up_date: '2026-06-01T10:30:00Z',
				}),
				actions: {
					custom: [
						{ type: '1001', fieldValues: { values: [{ field: 'note', value: 'walk-in' }] } },
					],
					payment: [{ status: 'COMPLETED', currency: 'INR', amount: '5000' }],
				},
			}),
		);
		expect(result.error).toBeUndefined();
		expect(json(result)).toEqual([
			{
				result: 'queued',
				identifier: 'phone',
				phone: `91${phone}`,
				name: 'Queued Lead',
				status: 'Fresh',
				rating: 4,
				follow_up_date: Date.UTC(2026, 5, 1, 10, 30),
				actions: [
					{ type: 'ACTION_1001', fields: { note: 'walk-in' } },
					{ type: 'PAYMENT', status: 'COMPLETED', currency: 'INR', amount: '5000' },
				],
			},
		]);
		// The wire body is the output's fields and actions: custom actions as ACTION_<code>.
		const { actions, ...fields } = json(result)[0];
		delete fields.result;
		delete fields.identifier;
		expect(sentBodies(t, mark)).toEqual([{ fields, actions }]);
		await t.sandbox.asyncQueue.idle();
		const lead = byPhone(`91${phone}`)!;
		expect(lead.fields).toMatchObject({ name: 'Queued Lead', status: 'Fresh', rating: 4 });
		expect(lead.actions.map((a) => a.type).sort()).toEqual(['1001', 'PAYMENT']);
	});

	it('refuses up front, naming item and field, every value the Async API would drop silently', async () => {
		const ok = nextPhone();
		const items = [
			{ name: 'No identifier' },
			{ phone: nextPhone(), rating: 'lots' },
			{ phone: nextPhone(), status: 'Junk' },
			{ phone: nextPhone(), follow_up_date: 'next week' },
			{ phone: 'call me', name: 'Bad identifier' },
			{ phone: ok, follow_up_date: '2026-06-01T10:30:00Z' },
		];
		const mark = t.mark();
		const result = await runNode({
			parameters: queue(),
			items,
			continueOnFail: true,
			credentials: t.credentials(),
		});
		const out = json(result);
		expect(out).toHaveLength(items.length);
		expect(result.items.map((i) => i.pairedItem)).toEqual(items.map((_, item) => ({ item })));
		expect(out.slice(0, 5).map((o) => o.error)).toEqual([
			'Item 0: the lead identifier "phone" is empty',
			'Item 1: Field "rating" has a value TeleCRM would not accept: "lots"',
			'Item 2: Field "status" has a value TeleCRM would not accept: "Junk"',
			'Item 3: Field "follow_up_date" has a value TeleCRM would not accept: "next week"',
			'Item 4: Field "phone" has a value TeleCRM would not accept: "call me"',
		]);
		// An ISO date is not refused: it is sent as epoch milliseconds, which telecrm reads.
		expect(out[5]).toMatchObject({
			result: 'queued',
			follow_up_date: Date.UTC(2026, 5, 1, 10, 30),
		});
		expect(queuedRequests(t, mark)).toHaveLength(1);

		const actions = await runNode({
			parameters: queue({
				fields: mapped({ phone: nextPhone() }),
				actions: {
					custom: [{ type: '1001', fieldValues: { values: [{ field: 'mood', value: 'x' }] } }],
					payment: [{ status: 'COMPLETED', currency: 'EUR', amount: '5' }],
				},
			}),
			continueOnFail: true,
			credentials: t.credentials(),
		});
		expect(json(actions)[0].error).toBe(
			'Item 0: Field "mood" has a value TeleCRM would not accept: "x"',
		);
		expect(queuedRequests(t, mark)).toHaveLength(1);
	});

	it("refuses up front every docs/telecrm-api.md §8.2 drop case, those naming the workspace's own data too, after one fresh read", async () => {
		const invited = t.sandbox.state.members.find((m) => m.status === 'Invited')!;
		const cases: Array<[Record<string, unknown>, string]> = [
			[{ assignee: 'ghost@example.com' }, 'Field "assignee" has a value TeleCRM would not accept'],
			[{ assignee: invited.email }, 'Field "assignee" has a value TeleCRM would not accept'],
			[{ assignee: 'not an email' }, 'Field "assignee" has a value TeleCRM would not accept'],
			[{ status: 'Old Lead' }, 'Field "status" has a value TeleCRM would not accept'],
			[
				{ lost_reason: 'Budget freeze' },
				'Field "lost_reason" has a value TeleCRM would not accept',
			],
			[{ lost_reason: 'Too far' }, 'Field "lost_reason" has a value TeleCRM would not accept'],
			[{ gst: 'x' }, 'Field "gst" is not a lead field of this TeleCRM workspace'],
			[{ company_website: 'http://intranet' }, 'Field "company_website" has a value'],
			[{ brochure_link: 'ftp://files.example.com/a.pdf' }, 'Field "brochure_link" has a value'],
			[{ deal_size: '-5' }, 'Field "deal_size" has a value TeleCRM would not accept'],
			[{ rating: 6 }, 'Field "rating" has a value TeleCRM would not accept'],
			[{ rating: 2.5 }, 'Field "rating" has a value TeleCRM would not accept'],
			[{ interests: { a: 1 } }, 'Field "interests" has a value TeleCRM would not accept'],
			[{ email: `${'a'.repeat(250)}@example.com` }, 'Field "email" has a value'],
			[{ email: 'jane@' }, 'Field "email" has a value TeleCRM would not accept'],
			[{ budget_lakhs: 'lots' }, 'Field "budget_lakhs" has a value TeleCRM would not accept'],
			[{ follow_up_date: '31/02/2026' }, 'Field "follow_up_date" has a value'],
		];
		const mark = t.mark();
		const result = await runNode({
			parameters: queue({
				fields: mapped({
					phone: '={{ $json.phone }}',
					...Object.fromEntries(
						[...new Set(cases.flatMap(([c]) => Object.keys(c)))].map((k) => [
							k,
							`={{ $json.${k} }}`,
						]),
					),
				}),
			}),
			items: cases.map(([fields]) => ({ phone: nextPhone(), ...fields })),
			continueOnFail: true,
			credentials: t.credentials(),
		});
		const errors = json(result).map((o) => String(o.error));
		cases.forEach(([, message], n) => expect(errors[n]).toContain(`Item ${n}: ${message}`));
		const sent = t.since(mark);
		expect(sent.filter((r) => r.path.endsWith('/autoupdatelead'))).toHaveLength(0);
		// Names the kept definitions lacked were read afresh once per kind, for all items.
		expect(sent.filter((r) => r.path.endsWith('/custom-fields')).length).toBeLessThanOrEqual(1);
		expect(sent.filter((r) => r.path.endsWith('/lead-stage-pipeline')).length).toBeLessThanOrEqual(
			1,
		);

		const actions = await runNode({
			parameters: queue({
				fields: mapped({ phone: '={{ $json.phone }}' }),
				actions: {
					custom: [
						{
							type: '={{ $json.code }}',
							fieldValues: { values: [{ field: '={{ $json.field }}', value: 'x' }] },
						},
					],
				},
			}),
			items: [
				{ phone: nextPhone(), code: '1009', field: 'note' },
				{ phone: nextPhone(), code: '1001', field: 'mood' },
				{ phone: nextPhone(), code: '1003', field: 'page_url' },
			],
			continueOnFail: true,
			credentials: t.credentials(),
		});
		expect(json(actions).map((o) => String(o.error))).toEqual([
			'Item 0: Field "custom action" has a value TeleCRM would not accept: "1009"',
			'Item 1: Field "mood" has a value TeleCRM would not accept: "x"',
			'Item 2: Field "page_url" has a value TeleCRM would not accept: "x"',
		]);
		expect(t.since(mark).filter((r) => r.path.endsWith('/autoupdatelead'))).toHaveLength(0);
		// The drop counter is checked after every test of this file (afterAll): nothing dropped.
		await t.sandbox.asyncQueue.idle();
		expect(t.sandbox.asyncQueue.drops).toEqual([]);
	});

	it('a field, status and member added in telecrm a minute ago are queued and applied, not dropped', async () => {
		await t.run(queue({ fields: mapped({ phone: nextPhone(), status: 'Fresh' }) }));
		const state = t.sandbox.state;
		state.fields.push({
			...state.fields.find((f) => f.apiName === 'city')!,
			id: 'f'.repeat(24),
			apiName: 'pin_code',
		});
		state.pipeline.leadStages[0].activeStatuses.push({
			...state.pipeline.leadStages[0].activeStatuses[0],
			label: 'Site Visit Due',
		});
		const member = {
			...state.members[0],
			name: 'Neha New',
			email: 'neha.new@sandbox-telecrm.test',
			status: 'Active' as const,
		};
		state.members.push(member);
		const phone = nextPhone();
		const result = await t.run(
			queue({
				fields: mapped({
					phone,
					pin_code: '411001',
					status: 'site visit due',
					assignee: member.email,
				}),
			}),
		);
		expect(result.error).toBeUndefined();
		expect(json(result)[0]).toMatchObject({ result: 'queued', status: 'Site Visit Due' });
		await t.sandbox.asyncQueue.idle();
		expect(byPhone(`91${phone}`)!.fields).toMatchObject({
			pin_code: '411001',
			status: 'Site Visit Due',
			assignee: member.email,
		});
		expect(t.sandbox.asyncQueue.drops).toEqual([]);
	});

	it('queues 1,000 leads, all visible through the Sync API afterwards; Confirm costs 0.01 searches a lead', async () => {
		const phones = Array.from({ length: 1000 }, nextPhone);
		const mark = t.mark();
		const result = await runNode({
			parameters: {
				...queue(),
				confirm: true,
				confirmWithin: 30,
				requestOptions: { itemsInFlight: 8 },
			},
			items: phones.map((phone, n) => ({ phone, name: `Bulk ${n}` })),
			credentials: t.credentials(),
		});
		expect(result.error).toBeUndefined();
		const out = json(result);
		expect(out).toHaveLength(1000);
		expect(queuedRequests(t, mark)).toHaveLength(1000);
		expect(out.every((o) => o.confirmation === 'confirmed' && typeof o.lead_id === 'string')).toBe(
			true,
		);
		expect(Object.keys(out[0])[0]).toBe('lead_id');
		const searches = t.since(mark).filter((r) => r.path.endsWith('/lead/search'));
		expect(searches.length).toBeLessThanOrEqual(20);
		for (const phone of phones) expect(byPhone(`91${phone}`)?.fields.name).toBeDefined();
	});

	it('items with the same identifier are queued in input order; the last one wins', async () => {
		const phone = nextPhone();
		const items = ['First', 'Second', 'Third'].map((name) => ({ phone, name }));
		const result = await runNode({
			parameters: {
				...queue(),
				confirm: true,
				confirmWithin: 10,
				requestOptions: { itemsInFlight: 3 },
			},
			items,
			credentials: t.credentials(),
		});
		expect(json(result).map((o) => o.confirmation)).toEqual([
			'confirmed',
			'confirmed',
			'confirmed',
		]);
		expect(byPhone(`91${phone}`)?.fields.name).toBe('Third');
	});

	it('paces its requests to the hourly limit instead of refusing a long import', async () => {
		const mark = t.mark();
		const started = Date.now();
		const result = await runNode({
			parameters: {
				...queue(),
				queueOptions: { requestsPerHour: 36_000 },
				requestOptions: { itemsInFlight: 6 },
			},
			items: Array.from({ length: 6 }, () => ({ phone: nextPhone() })),
			credentials: t.credentials(),
		});
		expect(result.error).toBeUndefined();
		// 36,000 an hour is one request every 100 ms: the k-th arrives k × 100 ms after the start
		// at the earliest (a loaded machine can only make it later), six take half a second.
		const times = queuedRequests(t, mark)
			.map((r) => r.at - started)
			.sort((a, b) => a - b);
		expect(times).toHaveLength(6);
		times.forEach((at, k) => expect(at).toBeGreaterThanOrEqual(k * 100 - 1));
		expect(Date.now() - started).toBeGreaterThanOrEqual(500);
	});

	it('says which token is wrong when the credentials are mixed up', async () => {
		const swapped = await runNode({
			parameters: queue({ fields: mapped({ phone: nextPhone() }) }),
			continueOnFail: true,
			credentials: { ...t.credentials(), asyncToken: t.sandbox.syncToken },
		});
		expect(json(swapped)[0]).toMatchObject({
			error: 'TeleCRM NOT_AUTHORIZED: This is a Sync token; the Async API needs an Async token',
			httpCode: '401',
		});
		expect(String(json(swapped)[0].description)).toMatch(
			/TeleCRM Async API credential: it needs a token of type Async/,
		);
		const syncSwapped = await runNode({
			parameters: queue({ fields: mapped({ phone: nextPhone() }) }),
			continueOnFail: true,
			credentials: { ...t.credentials(), syncToken: t.sandbox.asyncToken },
		});
		expect(json(syncSwapped)[0].error).toBe(
			'TeleCRM NOT_AUTHORIZED: This is an Async token; the Sync API needs a Sync token',
		);
	});

	it('says which credential to select when no Async credential is (it is optional in n8n)', async () => {
		const mark = t.sandbox.asyncQueue.queued;
		const result = await runNode({
			parameters: queue({ fields: mapped({ phone: nextPhone() }) }),
			continueOnFail: true,
			credentials: t.credentials(),
			unselected: [ASYNC_CREDENTIAL_TYPE],
		});
		expect(json(result)[0]).toMatchObject({
			error: 'No TeleCRM Async API credential is selected',
			description: 'Select or create one under "Credential for TeleCRM Async API".',
		});
		expect(t.sandbox.asyncQueue.queued).toBe(mark);
	});
});

describe('lead:upsertQueued against a slow queue and a rate limit', () => {
	const slow = sandboxed({
		seed: 5,
		async: { delayMs: 3000, rateLimit: { max: 3, windowMs: 1000 } },
	});

	it('Confirm reports "not seen yet", with what still differs, when the queue is slower than the wait', async () => {
		const lead = slow.sandbox.state.leads[0];
		const phone = String(lead.fields.phone);
		const result = await runNode({
			parameters: {
				...queue({ fields: mapped({ phone, city: 'Nagpur' }) }),
				confirm: true,
				confirmWithin: 1,
			},
			credentials: slow.credentials(),
		});
		expect(json(result)[0]).toMatchObject({
			lead_id: lead.id,
			result: 'queued',
			confirmation: 'not seen yet',
			differs: ['city'],
		});
		await slow.sandbox.asyncQueue.idle();
		expect(lead.fields.city).toBe('Nagpur');
	});

	it('honours a 429 and its Retry-After: every item is queued', async () => {
		const mark = slow.mark();
		const result = await runNode({
			parameters: queue(),
			items: Array.from({ length: 5 }, () => ({ phone: nextPhone() })),
			credentials: slow.credentials(),
		});
		expect(result.error).toBeUndefined();
		const answers = queuedRequests(slow, mark).map((r) => r.status);
		expect(answers.filter((s) => s === 429).length).toBeGreaterThan(0);
		expect(answers.filter((s) => s === 200)).toHaveLength(5);
		await slow.sandbox.asyncQueue.idle();
		expect(slow.sandbox.asyncQueue.drops).toEqual([]);
	});
});
