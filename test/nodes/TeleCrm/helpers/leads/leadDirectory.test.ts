/**
 * Finding leads by identifier for a whole execution (helpers/leads/leadDirectory.ts), through the
 * engine against the sandbox: one search per 100 values, shared by every item, repeats in
 * input order, drift and 409s ending as updates, and the request count of each operation.
 */
import type { IDataObject, INodeParameters } from 'n8n-workflow';

import { runNode } from '../../../../../engine/harness';
import {
	byIdentifier,
	createLeadElsewhere,
	json,
	mapped,
	useSandbox,
} from '../../../../support/sandboxed';
import { ScriptedServer } from '../../../../support/scriptedServer.cjs';

const t = useSandbox({ seed: 120, now: Date.UTC(2026, 10, 20, 12) });
let sequence = 0;
const newPhone = () => `9177${String(10_000_000 + ++sequence)}`;
const withPhone = (phone: string) => t.sandbox.state.leads.filter((l) => l.fields.phone === phone);

const upsert = (extra: IDataObject = {}): INodeParameters => ({
	resource: 'lead',
	operation: 'upsert',
	fields: mapped({ phone: '={{ $json.phone }}', name: '={{ $json.name }}' }),
	requestOptions: { itemsInFlight: 8 },
	...(extra as INodeParameters),
});

/** Requests since `mark`, by kind. */
function counted(mark: number) {
	const requests = t.since(mark);
	const count = (test: (r: { method: string; path: string }) => boolean) =>
		requests.filter(test).length;
	return {
		searches: requests.filter((r) => r.path.endsWith('/lead/search')),
		creates: count((r) => r.method === 'POST' && r.path.endsWith('/lead')),
		updates: count((r) => r.method === 'POST' && /\/lead\/[0-9a-f]{24}$/.test(r.path)),
		actionWrites: count((r) => r.method === 'POST' && r.path.endsWith('/action')),
		metadata: count((r) => r.method === 'GET'),
		total: requests.length,
	};
}

describe('Create or Update, looking up first', () => {
	it('looks 250 items up in 3 searches of at most 100 values, then one write each', async () => {
		const existing = t.sandbox.state.leads.slice(0, 100).map((l) => String(l.fields.phone));
		const phones = [...existing, ...Array.from({ length: 150 }, newPhone)];
		const items = phones.map((phone, i) => ({ phone, name: `Batch ${i}` }));
		const mark = t.mark();
		const result = await t.run(upsert(), items);
		expect(result.error).toBeUndefined();
		const out = json(result);
		expect(out.map((o) => o.result)).toEqual([
			...existing.map(() => 'updated'),
			...phones.slice(100).map(() => 'created'),
		]);
		const n = counted(mark);
		expect(n.searches.map((s) => JSON.parse(s.body).fields.phone.length)).toEqual([100, 100, 50]);
		expect([n.creates, n.updates]).toEqual([150, 100]);
		expect(n.total).toBe(3 + 250 + n.metadata);
		expect(n.metadata).toBeLessThanOrEqual(2);
		for (const phone of phones) expect(withPhone(phone)).toHaveLength(1);
	});

	it('runs items that repeat an identifier in input order: the first creates, the rest update', async () => {
		const [a, b] = [newPhone(), newPhone()];
		const items = [a, b, a, `+${a}`.replace('+9177', '+91 77'), b].map((phone, i) => ({
			phone,
			name: `Repeat ${i}`,
		}));
		const mark = t.mark();
		const out = json(await t.run(upsert(), items));
		expect(out.map((o) => o.result)).toEqual([
			'created',
			'created',
			'updated',
			'updated',
			'updated',
		]);
		expect(withPhone(a)).toHaveLength(1);
		expect(withPhone(a)[0].fields.name).toBe('Repeat 3');
		const n = counted(mark);
		// No 409 storm: one search for all, then one write per item.
		expect(n.searches).toHaveLength(1);
		expect(n.creates + n.updates).toBe(5);
	});

	it('a lead created by someone else after the lookup still ends as an update (409)', async () => {
		const phone = newPhone();
		t.sandbox.onAnswer = async (request) => {
			if (!request.path.endsWith('/lead/search') || !request.body.includes(phone)) return;
			t.sandbox.onAnswer = undefined;
			await createLeadElsewhere(t.sandbox, { phone, name: 'Someone else' });
		};
		const out = json(
			await t.run(upsert(), [
				{ phone, name: 'Ours' },
				{ phone: newPhone(), name: 'x' },
			]),
		);
		expect(out[0]).toMatchObject({ result: 'updated', name: 'Ours' });
		expect(withPhone(phone)).toHaveLength(1);
	});

	it('with Continue On Fail, a bad identifier fails its item only', async () => {
		const good = newPhone();
		const mark = t.mark();
		const result = await t.run(
			upsert(),
			[
				{ phone: good, name: 'Good' },
				{ phone: 'not a phone', name: 'Bad' },
			],
			true,
		);
		const out = result.items;
		expect(out[0].json.result).toBe('created');
		expect(out[1].json.error).toMatch(/Field "phone" has a value TeleCRM would not accept/);
		expect(out[1].pairedItem).toEqual({ item: 1 });
		expect(counted(mark).searches).toHaveLength(1);
	});
});

describe('Create or Update, creating first', () => {
	it('one item (Automatic): a new lead costs one request, an existing one three', async () => {
		const phone = newPhone();
		const first = t.mark();
		expect(json(await t.run(upsert(), [{ phone, name: 'Form 1' }]))[0].result).toBe('created');
		const created = counted(first);
		expect(created.total - created.metadata).toBe(1);
		const second = t.mark();
		const out = json(await t.run(upsert(), [{ phone, name: 'Form 2' }]));
		expect(out[0]).toMatchObject({ result: 'updated', name: 'Form 2' });
		const updated = counted(second);
		expect([updated.creates, updated.searches.length, updated.updates]).toEqual([1, 1, 1]);
		expect(withPhone(phone)).toHaveLength(1);
	});

	it('several items repeating an identifier: in input order, the later ones update without a 409', async () => {
		const phone = newPhone();
		const mark = t.mark();
		const out = json(
			await t.run(upsert({ matchStrategy: 'createFirst' }), [
				{ phone, name: 'One' },
				{ phone, name: 'Two' },
				{ phone, name: 'Three' },
			]),
		);
		expect(out.map((o) => o.result)).toEqual(['created', 'updated', 'updated']);
		const n = counted(mark);
		expect([n.searches.length, n.creates, n.updates]).toEqual([0, 1, 2]);
		expect(withPhone(phone)[0].fields.name).toBe('Three');
	});

	it('sends the actions with the update when the lead exists', async () => {
		const phone = newPhone();
		await t.run(upsert(), [{ phone, name: 'Form 1' }]);
		const actions = {
			custom: [
				{ type: '1003', fieldValues: { values: [{ field: '1003.form_name', value: 'F' }] } },
			],
		};
		const out = json(
			await t.run(upsert({ matchStrategy: 'createFirst', actions }), [{ phone, name: 'Again' }]),
		);
		expect(out[0]).toMatchObject({
			result: 'updated',
			actions: [{ type: '1003', status: 'CREATED' }],
		});
		expect(withPhone(phone)[0].actions.filter((a) => a.type === '1003')).toHaveLength(1);
	});
});

describe('operations that take a lead By Identifier', () => {
	it('Timeline Create for 150 leads: 2 searches, then one write per item', async () => {
		const leads = t.sandbox.state.leads.slice(0, 150);
		const mark = t.mark();
		const result = await t.run(
			{
				resource: 'action',
				operation: 'create',
				lead: byIdentifier('={{ $json.phone }}'),
				actionType: '1001',
				actionFields: mapped({ note: 'Batch visit' }),
				requestOptions: { itemsInFlight: 8 },
			},
			leads.map((l) => ({ phone: String(l.fields.phone) })),
		);
		expect(result.error).toBeUndefined();
		expect(json(result).map((o) => o.lead_id)).toEqual(leads.map((l) => l.id));
		const n = counted(mark);
		expect(n.searches).toHaveLength(2);
		expect(n.actionWrites).toBe(150);
		expect(n.total).toBe(2 + 150 + n.metadata);
	});

	it('a phone without its country code finds the lead stored with the default one', async () => {
		await createLeadElsewhere(t.sandbox, { phone: '919877700001', name: 'India' });
		await createLeadElsewhere(t.sandbox, { phone: '19877700001', name: 'Elsewhere' });
		const mark = t.mark();
		const result = await t.run(
			{ resource: 'lead', operation: 'get', lead: byIdentifier('={{ $json.phone }}') },
			[{ phone: '9877700001' }, { phone: '19877700001' }],
		);
		expect(json(result).map((o) => o.name)).toEqual(['India', 'Elsewhere']);
		expect(counted(mark).searches).toHaveLength(1);
	});

	it('a found row without a lead ID gives its clear error', async () => {
		const server = await new ScriptedServer((req) => {
			if (req.path.endsWith('/custom-fields'))
				return {
					status: 200,
					body: { customFields: [{ apiName: 'phone', type: 'PHONE', isLeadid: true }] },
				};
			return {
				status: 200,
				body: { data: [{ fields: { phone: '919876512345' } }], total_count: 1 },
			};
		}).start();
		try {
			const result = await runNode({
				parameters: { resource: 'lead', operation: 'get', lead: byIdentifier('919876512345') },
				credentials: { enterpriseId: 'e1', syncToken: 'k', baseUrl: server.baseUrl },
			});
			expect(result.error?.message).toBe(
				'Item 0: TeleCRM found the lead but its search result has no lead ID',
			);
		} finally {
			await server.stop();
		}
	});
});
