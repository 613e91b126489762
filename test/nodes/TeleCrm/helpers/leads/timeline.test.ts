import { searchTimeline } from '../../../../../nodes/TeleCrm/helpers/leads/timeline';
import { fakeApi } from '../../../../support/fakeApi';

const action = (id: string, type: string, at: number) => ({ action_id: id, type, created_on: at });

describe('searchTimeline', () => {
	it('one type (or none) is one search', async () => {
		const { api, requests } = fakeApi(() => ({
			data: [action('a', 'PAYMENT', 1)],
			total_count: 1,
		}));
		await searchTimeline(api, 'L1', { body: {}, actionTypes: ['PAYMENT'], limit: 10 });
		expect(requests).toHaveLength(1);
		expect(requests[0]).toMatchObject({ path: 'lead/L1/action/search', body: { type: 'PAYMENT' } });
	});

	it('several types: one search each, merged newest first and cut to the limit', async () => {
		const byType: Record<string, unknown[]> = {
			PAYMENT: [action('p2', 'PAYMENT', 30), action('p1', 'PAYMENT', 10)],
			'1001': [action('c1', '1001', 20)],
		};
		const { api } = fakeApi((r) => ({ data: byType[String(r.body?.type)], total_count: 2 }));
		const rows = await searchTimeline(api, 'L1', {
			body: {},
			actionTypes: ['PAYMENT', '1001'],
			limit: 2,
		});
		expect(rows.map((r) => r.action_id)).toEqual(['p2', 'c1']);
	});

	it('sends one performer as a string and several as an array, beside the other filters', async () => {
		const { api, requests } = fakeApi(() => ({ data: [], total_count: 0 }));
		const body = { created_on: { from: 1 } };
		for (const performedBy of [['a@x.io'], ['a@x.io', 'b@x.io'], []]) {
			await searchTimeline(api, 'L1', { body, actionTypes: [], performedBy, limit: 10 });
		}
		expect(requests.map((r) => r.body)).toEqual([
			{ created_on: { from: 1 }, performed_by: 'a@x.io' },
			{ created_on: { from: 1 }, performed_by: ['a@x.io', 'b@x.io'] },
			{ created_on: { from: 1 } },
		]);
	});
});
