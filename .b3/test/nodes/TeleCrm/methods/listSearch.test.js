'use strict';
Object.defineProperty(exports, '__esModule', { value: true });
const harness_1 = require('../../../../engine/harness');
const scriptedServer_cjs_1 = require('../../../support/scriptedServer.cjs');
const sandboxed_1 = require('../../../support/sandboxed');
const t = (0, sandboxed_1.useSandbox)({ seed: 130 });
describe('listSearch', () => {
	it('sends each search once, and a field only text its type can hold', async () => {
		const lead = t.sandbox.state.leads.find((l) => l.fields.email && l.fields.name);
		const searches = async (typed) => {
			const mark = t.mark();
			await (0, harness_1.listSearch)('searchLeads', t.credentials(), typed);
			return t
				.since(mark)
				.filter((r) => r.path.endsWith('/lead/search'))
				.map((r) => r.body);
		};
		const name = String(lead.fields.name);
		expect(await searches(name)).toEqual([JSON.stringify({ fields: { name } }), '{}']);
		const email = String(lead.fields.email);
		expect(await searches(email)).toEqual([JSON.stringify({ fields: { email } }), '{}']);
		const phone = String(lead.fields.phone);
		expect(await searches(`+${phone.slice(0, 2)} ${phone.slice(2)}`)).toEqual([
			JSON.stringify({ fields: { phone } }),
			JSON.stringify({ fields: { alternate_phone: phone } }),
			'{}',
		]);
	});
	it('pages through leads newest first, pinned at the first page, and finds one by its identifier', async () => {
		const first = await (0, harness_1.listSearch)('searchLeads', t.credentials());
		expect(first.results).toHaveLength(100);
		expect(first.paginationToken).toMatch(/^100@\d+$/);
		const second = await (0, harness_1.listSearch)(
			'searchLeads',
			t.credentials(),
			undefined,
			first.paginationToken,
		);
		expect(second.results).toHaveLength(30);
		expect(second.paginationToken).toBeUndefined();
		const lead = t.sandbox.state.leads[3];
		const found = await (0, harness_1.listSearch)(
			'searchLeads',
			t.credentials(),
			String(lead.fields.phone),
		);
		expect(found.results).toEqual([
			{
				name: `${String(lead.fields.name)} · ${String(lead.fields.phone)}`,
				value: lead.id,
				description: `Exact match for "${String(lead.fields.phone)}"`,
			},
		]);
		const phone = String(lead.fields.phone);
		const typed = await (0, harness_1.listSearch)(
			'searchLeads',
			t.credentials(),
			`+${phone.slice(0, 2)} ${phone.slice(2, 7)} ${phone.slice(7)}`,
		);
		expect(typed.results.map((r) => r.value)).toEqual([lead.id]);
		const partial = (await (0, harness_1.listSearch)('searchLeads', t.credentials(), 'jan'))
			.results;
		expect(partial.every((r) => r.name.toLowerCase().includes('jan'))).toBe(true);
	});
	it('finds a lead by full name, email, phone in any format, or part of a name or number', async () => {
		const lead = t.sandbox.state.leads.find((l) => l.fields.email && l.fields.name);
		const ids = async (typed) =>
			(await (0, harness_1.listSearch)('searchLeads', t.credentials(), typed)).results.map(
				(r) => r.value,
			);
		expect(await ids(String(lead.fields.name).toUpperCase())).toContain(lead.id);
		expect(await ids(String(lead.fields.email))).toContain(lead.id);
		const recent = t.sandbox.state.leads
			.slice()
			.sort((a, b) => b.created_on - a.created_on)
			.slice(0, 100);
		const newest = recent[0];
		const part = String(newest.fields.name).slice(0, 4);
		const partial = await (0, harness_1.listSearch)('searchLeads', t.credentials(), part);
		expect(partial.results.map((r) => r.value)).toContain(newest.id);
		expect(partial.results.find((r) => r.value === newest.id)?.description).toBe(
			`Contains "${part}" (among the 100 newest leads)`,
		);
		const digits = String(newest.fields.phone).slice(-6);
		expect(await ids(digits)).toContain(newest.id);
	});
	it('filters team members by name or email', async () => {
		const found = await (0, harness_1.listSearch)('searchTeamMembers', t.credentials(), 'priya');
		expect(found.results).toEqual([
			{
				name: 'Priya Caller (priya.caller@sandbox-telecrm.test)',
				value: 'priya.caller@sandbox-telecrm.test',
			},
		]);
	});
	it('lists a search row without a lead ID with a notice instead of dropping it', async () => {
		const server = await new scriptedServer_cjs_1.ScriptedServer(() => ({
			status: 200,
			body: { data: [{ fields: { name: 'Meera Haddad', phone: '919001045308' } }], total_count: 1 },
		})).start();
		try {
			const list = await (0, harness_1.listSearch)('searchLeads', {
				enterpriseId: 'ent_1',
				syncToken: 'token-1',
				baseUrl: server.baseUrl,
			});
			expect(list.results).toEqual([
				{
					name: 'Meera Haddad · 919001045308 (no lead ID in TeleCRM\'s answer: use "By Identifier")',
					value: '',
					description: 'Newest first',
				},
			]);
		} finally {
			await server.stop();
		}
	});
});
//# sourceMappingURL=listSearch.test.js.map
