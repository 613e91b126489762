'use strict';
Object.defineProperty(exports, '__esModule', { value: true });
const timeline_1 = require('../../../../../nodes/TeleCrm/helpers/leads/timeline');
const fakeApi_1 = require('../../../../support/fakeApi');
const action = (id, type, at) => ({ action_id: id, type, created_on: at });
describe('searchTimeline', () => {
	it('one type (or none) is one search', async () => {
		const { api, requests } = (0, fakeApi_1.fakeApi)(() => ({
			data: [action('a', 'PAYMENT', 1)],
			total_count: 1,
		}));
		await (0, timeline_1.searchTimeline)(api, 'L1', { body: {}, types: ['PAYMENT'], limit: 10 });
		expect(requests).toHaveLength(1);
		expect(requests[0]).toMatchObject({ path: 'lead/L1/action/search', body: { type: 'PAYMENT' } });
	});
	it('several types: one search each, merged newest first and cut to the limit', async () => {
		const byType = {
			PAYMENT: [action('p2', 'PAYMENT', 30), action('p1', 'PAYMENT', 10)],
			1001: [action('c1', '1001', 20)],
		};
		const { api } = (0, fakeApi_1.fakeApi)((r) => ({
			data: byType[String(r.body?.type)],
			total_count: 2,
		}));
		const rows = await (0, timeline_1.searchTimeline)(api, 'L1', {
			body: {},
			types: ['PAYMENT', '1001'],
			limit: 2,
		});
		expect(rows.map((r) => r.action_id)).toEqual(['p2', 'c1']);
	});
});
//# sourceMappingURL=timeline.test.js.map
