/** Dropdown, list-search and field-mapper loaders, called with n8n's real LoadOptionsContext. */
import { resourceMapping } from '../../../../engine/harness';
import { useSandbox } from '../../../support/sandboxed';

const t = useSandbox({ seed: 130 });

describe('resourceMapping', () => {
	it('builds lead columns from the workspace fields: types, live options, required identifier', async () => {
		const { fields } = await resourceMapping('getLeadFieldColumns', t.credentials(), {
			resource: 'lead',
			operation: 'create',
		});
		const byId = Object.fromEntries(fields.map((f) => [f.id, f]));
		expect(byId.phone).toMatchObject({
			displayName: 'phone (identifier)',
			required: true,
			defaultMatch: true,
			type: 'string',
		});
		expect(byId.follow_up_date).toMatchObject({ type: 'dateTime', required: false });
		// Text, not number: n8n 1.x's editor saves an untouched number column as 0.
		expect(byId.rating).toMatchObject({ type: 'string', displayName: 'rating (1-5)' });
		expect(byId.budget_lakhs).toMatchObject({
			type: 'string',
			displayName: 'budget_lakhs (number)',
		});
		expect(byId.contact_source.options?.map((o) => o.value)).toEqual([
			'Website',
			'Referral',
			'Cold Call',
			'Facebook Ads',
		]);
		expect(byId.status.options?.map((o) => o.value)).toEqual([
			'Fresh',
			'Contacted',
			'Qualified',
			'Follow Up',
			'Won',
			'Lost',
			'Not Interested',
		]);
		expect(byId.lost_reason.options?.map((o) => o.value)).toEqual([
			'Price too high',
			'No Need',
			'Went with competitor',
		]);
		expect(byId.assignee.options?.map((o) => o.value)).toContain(
			'priya.caller@sandbox-telecrm.test',
		);
		expect(byId.assignee.options?.map((o) => o.value)).not.toContain(
			'deleted.dev@sandbox-telecrm.test',
		);
		expect(byId.interests.displayName).toBe('interests (list)');
		expect(byId.follow_up_date.displayName).toBe('follow_up_date');
	});

	it('leaves the identifier out of update columns', async () => {
		const { fields } = await resourceMapping('getLeadUpdateColumns', t.credentials(), {
			resource: 'lead',
			operation: 'update',
		});
		expect(fields.map((f) => f.id)).not.toContain('phone');
		expect(fields.every((f) => !f.required)).toBe(true);
	});

	it('builds action columns from the chosen custom action schema', async () => {
		const { fields } = await resourceMapping('getActionFieldColumns', t.credentials(), {
			resource: 'action',
			operation: 'create',
			actionType: '1001',
		});
		expect(fields.map((f) => [f.id, f.type])).toEqual([
			['note', 'string'],
			['outcome', 'options'],
			['visit_date', 'dateTime'],
		]);
		expect(fields[1].options).toEqual([
			{ name: 'Interested', value: 'Interested' },
			{ name: 'Not Interested', value: 'Not Interested' },
		]);
		expect(
			(
				await resourceMapping('getActionFieldColumns', t.credentials(), {
					resource: 'action',
					operation: 'create',
					actionType: 'PAYMENT',
				})
			).fields,
		).toEqual([]);
	});

	it('says in the mapper what to do when there are no columns: no action type, a bad token', async () => {
		const none = await resourceMapping('getActionFieldColumns', t.credentials(), {
			resource: 'action',
			operation: 'create',
			actionType: '',
		});
		expect(none).toEqual({
			fields: [],
			emptyFieldsNotice: 'Choose an Action Type above to map its fields.',
		});
		const refused = await resourceMapping(
			'getLeadFieldColumns',
			{ ...t.credentials(), syncToken: t.sandbox.asyncToken },
			{ resource: 'lead', operation: 'create' },
		);
		expect(refused.fields).toEqual([]);
		expect(refused.emptyFieldsNotice).toContain(
			'Could not load lead fields from TeleCRM: TeleCRM NOT_AUTHORIZED: This is an Async token',
		);
		expect(refused.emptyFieldsNotice).toContain('token of type Sync');
	});
});
