/** Dropdown, list-search and field-mapper loaders, called with n8n's real LoadOptionsContext. */
import { listSearch, loadOptions, resourceMapping } from '../support/harness';
import { useSandbox } from '../support/sandboxed';

const t = useSandbox({ seed: 130 });

describe('loadOptions', () => {
	it('lists lead fields with their types, the identifier marked', async () => {
		const options = await loadOptions('getLeadFields', t.credentials());
		expect(options).toContainEqual({
			name: 'phone (identifier)',
			value: 'phone',
			description: 'PHONE: Primary phone, the lead identifier',
		});
		expect(options.map((o) => o.value)).toHaveLength(t.sandbox.state.fields.length);
	});

	it('lists custom actions by bare code, and adds Payment or the built-in types where they apply', async () => {
		expect(await loadOptions('getCustomActions', t.credentials())).toEqual([
			{ name: 'Demo Booked (1002)', value: '1002' },
			{ name: 'Form Submission (1003)', value: '1003' },
			{ name: 'Quote Sent (1004)', value: '1004' },
			{ name: 'Site Visit (1001)', value: '1001' },
		]);
		const writable = await loadOptions('getWritableActionTypes', t.credentials());
		expect(writable.at(-1)).toEqual({ name: 'Payment', value: 'PAYMENT' });
		const all = (await loadOptions('getActionTypes', t.credentials())).map((o) => o.value);
		expect(all).toEqual(
			expect.arrayContaining(['1001', 'PAYMENT', 'OUTGOING_CALL', 'INCOMING_WHATSAPP_MSG']),
		);
	});

	it('lists every custom action field as "Action › field"', async () => {
		const options = await loadOptions('getCustomActionFields', t.credentials());
		expect(options).toContainEqual({
			name: 'Site Visit › outcome',
			value: '1001.outcome',
			description: 'dropdown',
		});
		expect(options).toHaveLength(12);
	});

	it('lists statuses (archived marked) and team members (active ones and lost reasons: see the mapper columns)', async () => {
		const statuses = await loadOptions('getStatuses', t.credentials());
		expect(statuses).toContainEqual({
			name: 'Old Lead (archived)',
			value: 'Old Lead',
			description: 'Stage OPEN',
		});
		const members = await loadOptions('getTeamMembers', t.credentials());
		expect(members).toHaveLength(
			t.sandbox.state.members.filter((m) => m.status !== 'Deleted').length,
		);
		expect(members[0]).toEqual({
			name: 'Asha Admin (asha.admin@sandbox-telecrm.test)',
			value: 'asha.admin@sandbox-telecrm.test',
			description: 'Active',
		});
	});

	it('fails with a readable message when the credential is wrong, and follows a credential change', async () => {
		await expect(
			loadOptions('getLeadFields', { ...t.credentials(), syncToken: t.sandbox.asyncToken }),
		).rejects.toThrow(
			'Could not load lead fields from TeleCRM: TeleCRM NOT_AUTHORIZED: This is an Async token; the Sync API needs a Sync token',
		);
		const { startSandbox } = await import('../../sandbox/server.cjs');
		const other = await startSandbox({ seed: 1 });
		try {
			other.state.customActions.push({
				...other.state.customActions[0],
				code: 'ACTION_2001',
				displayName: 'Other Workspace Action',
			});
			const otherCredentials = {
				enterpriseId: other.enterpriseId,
				syncToken: other.syncToken,
				baseUrl: other.baseUrl,
			};
			expect(
				(await loadOptions('getCustomActions', otherCredentials)).map((o) => o.value),
			).toContain('2001');
			expect(
				(await loadOptions('getCustomActions', t.credentials())).map((o) => o.value),
			).not.toContain('2001');
		} finally {
			await other.stop();
		}
	});
});

describe('listSearch', () => {
	it('pages through leads newest first, and finds one by its identifier', async () => {
		const first = await listSearch('searchLeads', t.credentials());
		expect(first.results).toHaveLength(100);
		expect(first.paginationToken).toBe('100');
		const second = await listSearch(
			'searchLeads',
			t.credentials(),
			undefined,
			first.paginationToken as string,
		);
		expect(second.results).toHaveLength(30);
		expect(second.paginationToken).toBeUndefined();
		const lead = t.sandbox.state.leads[3];
		const found = await listSearch('searchLeads', t.credentials(), String(lead.fields.phone));
		expect(found.results).toEqual([
			{ name: `${String(lead.fields.name)} · ${String(lead.fields.phone)}`, value: lead.id },
		]);
		const phone = String(lead.fields.phone);
		const typed = await listSearch(
			'searchLeads',
			t.credentials(),
			`+${phone.slice(0, 2)} ${phone.slice(2, 7)} ${phone.slice(7)}`,
		);
		expect(typed.results).toEqual(found.results);
		expect((await listSearch('searchLeads', t.credentials(), 'jan')).results).toEqual([]);
	});

	it('filters team members by name or email', async () => {
		const found = await listSearch('searchTeamMembers', t.credentials(), 'priya');
		expect(found.results).toEqual([
			{
				name: 'Priya Caller (priya.caller@sandbox-telecrm.test)',
				value: 'priya.caller@sandbox-telecrm.test',
			},
		]);
	});
});

describe('resourceMapping', () => {
	it('builds lead columns from the workspace fields: types, live options, required identifier', async () => {
		const { fields } = await resourceMapping('getLeadFieldColumns', t.credentials(), {
			resource: 'lead',
			operation: 'create',
		});
		const byId = Object.fromEntries(fields.map((f) => [f.id, f]));
		expect(byId.phone).toMatchObject({
			displayName: 'phone (identifier, phone)',
			required: true,
			defaultMatch: true,
			type: 'string',
		});
		expect(byId.follow_up_date).toMatchObject({ type: 'dateTime', required: false });
		expect(byId.rating.type).toBe('number');
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
		expect(byId.interests.displayName).toBe('interests (tags, comma-separated)');
	});

	it('leaves the identifier out of update columns', async () => {
		const { fields } = await resourceMapping('getLeadFieldColumns', t.credentials(), {
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
});
