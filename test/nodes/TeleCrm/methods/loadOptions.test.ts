/** Dropdown, list-search and field-mapper loaders, called with n8n's real LoadOptionsContext. */
import { loadOptions } from '../../../../engine/harness';
import { useSandbox } from '../../../support/sandboxed';

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

	it("lists Output › Select Included Fields' choices: the lead fields and created_on", async () => {
		const options = await loadOptions('getLeadOutputFields', t.credentials());
		const values = options.map((o) => o.value);
		expect(values).toHaveLength(t.sandbox.state.fields.length + 1);
		expect(values).toEqual(expect.arrayContaining(['phone', 'city', 'created_on']));
		expect(options.map((o) => o.name)).toEqual(options.map((o) => o.name).sort());
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

	it("lists only the fields of the entry's own custom action once one is chosen", async () => {
		const parameters = {
			resource: 'action',
			operation: 'create',
			additionalActions: {
				custom: [
					{ type: '1002', fieldValues: { values: [] } },
					{ type: '1001', fieldValues: { values: [{ field: '', value: '' }] } },
				],
			},
		};
		const options = await loadOptions(
			'getCustomActionFields',
			t.credentials(),
			parameters,
			'parameters.additionalActions.custom[1].fieldValues.values[0].field',
		);
		expect(options).toEqual([
			{ name: 'note', value: 'note', description: 'text' },
			{ name: 'outcome', value: 'outcome', description: 'dropdown' },
			{ name: 'visit_date', value: 'visit_date', description: 'date' },
		]);
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
		const { startSandbox } = await import('../../../../sandbox/server.cjs');
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
