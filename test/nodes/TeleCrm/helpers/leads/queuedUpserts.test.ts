import { LeadDirectory } from '../../../../../nodes/TeleCrm/helpers/leads/leadDirectory';
import {
	confirmQueued,
	queueUpsert,
} from '../../../../../nodes/TeleCrm/helpers/leads/queuedUpserts';
import { ItemError } from '../../../../../nodes/TeleCrm/helpers/values/itemErrors';
import { fakeApi } from '../../../../support/fakeApi';

describe('queueUpsert', () => {
	it('sends the body to autoupdatelead; sent again on a lost answer only without actions', async () => {
		const { api, requests } = fakeApi(() => ({ status: 'QUEUED' }));
		await queueUpsert(api, { fields: { phone: '91' } }, 0);
		await queueUpsert(api, { fields: { phone: '91' }, actions: [{ type: 'PAYMENT' }] }, 0);
		expect(requests.map((r) => [r.path, r.idempotent])).toEqual([
			['autoupdatelead', true],
			['autoupdatelead', false],
		]);
	});

	it('an answer other than QUEUED is not taken for one', async () => {
		const { api } = fakeApi(() => ({ id: 'something else' }));
		await expect(queueUpsert(api, { fields: {} }, 2)).rejects.toThrow(ItemError);
	});
});

describe('confirmQueued', () => {
	const row = (id: string, phone: string, city: string) => ({
		lead_id: id,
		fields: { phone, city },
	});

	it('confirms leads holding the values sent, looking up 100 values a search', async () => {
		const expected = new Map(
			Array.from({ length: 150 }, (_, n) => [
				`9190000${String(n).padStart(5, '0')}`,
				{ city: 'Goa' },
			]),
		);
		const { api, workspace, requests } = fakeApi((r) => {
			const phones = (r.body?.fields as { phone: string[] }).phone;
			return { data: phones.map((p) => row(`L${p}`, p, 'Goa')), total_count: phones.length };
		});
		const found = await confirmQueued(new LeadDirectory(api, workspace), expected, {
			withinMs: 5000,
			firstWaitMs: 1,
			inFlight: 2,
		});
		expect([...found.values()].every((c) => c.confirmation === 'confirmed')).toBe(true);
		expect(found.get('919000000007')).toEqual({
			confirmation: 'confirmed',
			lead_id: 'L919000000007',
		});
		expect(requests.filter((r) => r.path === 'lead/search')).toHaveLength(2);
	});

	it('reports "not seen yet" with what differs once the time is up, looking again meanwhile', async () => {
		const { api, workspace, requests } = fakeApi(() => ({
			data: [row('L1', '919800000001', 'Pune')],
			total_count: 1,
		}));
		const expected = new Map([
			['919800000001', { city: 'Goa' }],
			['919800000002', { city: 'Goa' }],
		]);
		const found = await confirmQueued(new LeadDirectory(api, workspace), expected, {
			withinMs: 100,
			firstWaitMs: 20,
			inFlight: 1,
		});
		expect(found.get('919800000001')).toEqual({
			confirmation: 'not seen yet',
			lead_id: 'L1',
			differs: ['city'],
		});
		expect(found.get('919800000002')).toEqual({
			confirmation: 'not seen yet',
			lead_id: undefined,
			differs: undefined,
		});
		expect(requests.filter((r) => r.path === 'lead/search').length).toBeGreaterThan(1);
	});
});
