/** Dropdown, list-search and field-mapper loaders, called with n8n's real LoadOptionsContext. */
import { listSearch } from '../../../support/harness';
import { useSandbox } from '../../../support/sandboxed';

const t = useSandbox({ seed: 130 });

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
