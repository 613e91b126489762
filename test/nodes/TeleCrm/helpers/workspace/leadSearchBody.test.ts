import {
	fieldValueFilters,
	leadSearchBody,
} from '../../../../../nodes/TeleCrm/helpers/workspace/leadSearchBody';
import { fakeApi } from '../../../../support/fakeApi';

describe('the lead search body', () => {
	it('converts Field Values as a create would; archived statuses may be searched; repeats are "any of"', async () => {
		const { workspace } = fakeApi();
		const fields = await fieldValueFilters(workspace, [
			{ field: 'phone', value: '+91 98765 43210' },
			{ field: 'phone', value: '919999999999' },
			{ field: 'status', value: 'old' },
			{ field: '', value: 'ignored' },
		]);
		expect(fields).toEqual({ phone: ['919876543210', '919999999999'], status: 'Old' });
	});

	it('costs no metadata request without Field Values', async () => {
		const { workspace, requests } = fakeApi();
		expect(await fieldValueFilters(workspace, [])).toEqual({});
		expect(requests).toEqual([]);
	});

	it('puts lead filters under fields and action filters under actions, pinning an open window', async () => {
		const { workspace } = fakeApi();
		const body = await leadSearchBody(workspace, {
			filters: {
				status: ['Fresh'],
				assignee: ['a@x.io', 'b@x.io'],
				createdAfter: 1000,
				actionTypes: ['1001'],
				performedAfter: 2000,
			},
			pinTo: 9000,
		});
		expect(body).toEqual({
			fields: {
				status: 'Fresh',
				assignee: ['a@x.io', 'b@x.io'],
				created_on: { from: 1000, to: 9000 },
			},
			actions: { type: '1001', performed_at: { from: 2000 } },
		});
		expect(await leadSearchBody(workspace, { filters: {} })).toEqual({});
	});
});
