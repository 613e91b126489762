'use strict';
Object.defineProperty(exports, '__esModule', { value: true });
const report_cjs_1 = require('./report.cjs');
const harness_1 = require('../../engine/harness');
const sandboxed_1 = require('../support/sandboxed');
const t = (0, sandboxed_1.useSandbox)({ seed: 20 });
afterAll(() => (0, report_cjs_1.writeResults)('badInput'));
const create = { resource: 'lead', operation: 'create', fields: (0, sandboxed_1.autoMapped)() };
let phoneSeq = 0;
const phone = () => `9180${String(10000000 + ++phoneSeq)}`;
const refusedFields = [
	['rating', 'abc'],
	['rating', 0],
	['rating', 6],
	['rating', 2.5],
	['rating', true],
	['budget_lakhs', { a: 1 }],
	['budget_lakhs', 'NaN'],
	['name', true],
	['name', ['a', 'b']],
	['email', 'a@'],
	['email', 'jane@@example.com'],
	['email', 12345],
	['phone', '12'],
	['phone', '+91 98x65 43210'],
	['alternate_phone', 'call me'],
	['company_website', 'not a url'],
	['company_website', 'javascript:alert(1)'],
	['brochure_link', 'file:///etc/passwd'],
	['follow_up_date', '31/02/2026'],
	['follow_up_date', '2026-02-30T10:00:00Z'],
	['follow_up_date', 'soon'],
	['deal_size', '1,000'],
	['deal_size', -1],
	['interests', { tags: ['VIP'] }],
	['contact_source', { label: 'Website' }],
	['status', 'Junk'],
	['status', 'no such status'],
	['lost_reason', 'Budget freeze'],
	['assignee', 'not an email'],
];
describe('field values refused before sending', () => {
	it.each(refusedFields)('%s = %j', async (field, value) => {
		const mark = t.mark();
		const item = {
			phone: field === 'phone' ? value : phone(),
			[field]: value,
		};
		const result = await t.run(create, [item], true);
		const [out] = (0, sandboxed_1.json)(result);
		expect(out.error).toMatch(
			new RegExp(`^Item 0: Field "${field}" has a value TeleCRM would not accept: `),
		);
		expect(out.description).toMatch(/^Accepted: /);
		expect(t.since(mark).filter((r) => r.method === 'POST')).toHaveLength(0);
		(0, report_cjs_1.record)({
			suite: 'bad input',
			family: 'lead fields',
			case: `${field} = ${JSON.stringify(value)}`,
			outcome: 'refused before sending',
			itemsIn: 1,
			itemsOut: result.items.length,
			duplicates: 0,
			perItem: true,
		});
	});
	it.each([[''], ['   '], [null]])('an empty identifier (%j) is refused', async (value) => {
		const mark = t.mark();
		const result = await t.run(create, [{ phone: value, name: 'No phone' }], true);
		expect((0, sandboxed_1.json)(result)[0].error).toBe(
			'Item 0: the lead identifier "phone" is empty',
		);
		expect(t.since(mark).filter((r) => r.method === 'POST')).toHaveLength(0);
		(0, report_cjs_1.record)({
			suite: 'bad input',
			family: 'lead fields',
			case: `identifier ${JSON.stringify(value)}`,
			outcome: 'refused before sending',
			itemsIn: 1,
			itemsOut: 1,
			duplicates: 0,
			perItem: true,
		});
	});
});
describe('values converted as documented', () => {
	const converted = [
		['name', 'Zoë 😀 李小龍 مرحبا', 'Zoë 😀 李小龍 مرحبا'],
		['name', 'x'.repeat(100_000), 'x'.repeat(100_000)],
		['city', null, undefined],
		['city', '', undefined],
		['follow_up_date', '2026-01-01T10:30:00Z', Date.UTC(2026, 0, 1, 10, 30)],
		['follow_up_date', '01/01/2026 10:30:00', Date.UTC(2026, 0, 1, 10, 30)],
		['follow_up_date', 1767263400000, 1767263400000],
		['interests', 'VIP, Returning', ['VIP', 'Returning']],
		['deal_size', 2500.5, '2500.5'],
		['rating', '4', 4],
	];
	it.each(converted)('%s = %j', async (field, value, stored) => {
		const result = await t.run(create, [{ phone: phone(), [field]: value }]);
		expect(result.error).toBeUndefined();
		const lead = t.sandbox.state.leads.find(
			(l) => l.id === (0, sandboxed_1.json)(result)[0].lead_id,
		);
		expect(lead.fields[field]).toEqual(stored);
		(0, report_cjs_1.record)({
			suite: 'bad input',
			family: 'lead fields',
			case: `${field} = ${JSON.stringify(value).slice(0, 40)}`,
			outcome: 'converted',
			itemsIn: 1,
			itemsOut: 1,
			duplicates: 0,
			perItem: true,
		});
	});
});
describe('hostile IDs are sent encoded as one path segment', () => {
	it.each([['a/b'], ['../metadata'], ['x?limit=500'], ['x#frag'], ['a b'], ['%2e%2e']])(
		'lead ID %j',
		async (id) => {
			const mark = t.mark();
			const result = await t.run(
				{ resource: 'lead', operation: 'get', lead: (0, sandboxed_1.byId)(id) },
				[{}],
				true,
			);
			expect((0, sandboxed_1.json)(result)[0].error).toBe(
				`TeleCRM LEAD_NOT_FOUND: The lead with ID ${id} was not found.`,
			);
			const [request] = t.since(mark);
			expect(request.path).toBe(
				`/autoupdate/v2/enterprise/${t.sandbox.enterpriseId}/lead/${encodeURIComponent(id)}`,
			);
			(0, report_cjs_1.record)({
				suite: 'bad input',
				family: 'IDs',
				case: `lead ID ${JSON.stringify(id)}`,
				outcome: 'clear error',
				itemsIn: 1,
				itemsOut: 1,
				duplicates: 0,
				perItem: true,
			});
		},
	);
	it.each([['priya/../x'], ['a b@example.com'], ['={{ "" }}']])(
		'team member email %j is refused',
		async (email) => {
			const mark = t.mark();
			const result = await t.run(
				{
					resource: 'teamMember',
					operation: 'get',
					member: { __rl: true, mode: 'email', value: email },
				},
				[{}],
				true,
			);
			expect(String((0, sandboxed_1.json)(result)[0].error)).toMatch(
				/^Item 0: Field "Team Member" has a value TeleCRM would not accept/,
			);
			expect(t.since(mark)).toHaveLength(0);
			(0, report_cjs_1.record)({
				suite: 'bad input',
				family: 'IDs',
				case: `member email ${JSON.stringify(email)}`,
				outcome: 'refused before sending',
				itemsIn: 1,
				itemsOut: 1,
				duplicates: 0,
				perItem: true,
			});
		},
	);
});
describe('Base URL and limits', () => {
	it.each([
		['ftp://files.example.com'],
		['javascript:alert(1)'],
		['http//missing-colon'],
		['//no-scheme.example.com'],
	])('Base URL %j is refused', async (baseUrl) => {
		const mark = t.mark();
		const result = await (0, harness_1.runNode)({
			parameters: { resource: 'workspace', operation: 'getInfo' },
			credentials: { ...t.credentials(), baseUrl },
		});
		expect(result.error?.message).toBe(
			`The Base URL "${baseUrl}" in the TeleCRM credential is not an http(s) address`,
		);
		expect(t.since(mark)).toHaveLength(0);
		(0, report_cjs_1.record)({
			suite: 'bad input',
			family: 'credential',
			case: `Base URL ${baseUrl}`,
			outcome: 'refused before sending',
			itemsIn: 1,
			itemsOut: 0,
			duplicates: 0,
			perItem: false,
		});
	});
	const limits = [
		[
			'Limit 0',
			{ resource: 'lead', operation: 'search', returnAll: false, limit: 0, filters: {} },
			'Limit',
		],
		[
			'Limit -5',
			{ resource: 'lead', operation: 'search', returnAll: false, limit: -5, filters: {} },
			'Limit',
		],
		[
			'Limit 2.5',
			{ resource: 'lead', operation: 'search', returnAll: false, limit: 2.5, filters: {} },
			'Limit',
		],
		[
			'Limit "ten"',
			{ resource: 'teamMember', operation: 'getAll', returnAll: false, limit: '={{ "ten" }}' },
			'Limit',
		],
		[
			'Actions Limit 101',
			{
				resource: 'lead',
				operation: 'get',
				lead: (0, sandboxed_1.byId)('x'),
				includeActions: true,
				actionsLimit: 101,
			},
			'Actions Limit',
		],
		[
			'Actions to Skip -1',
			{
				resource: 'lead',
				operation: 'get',
				lead: (0, sandboxed_1.byId)('x'),
				includeActions: true,
				actionsSkip: -1,
			},
			'Actions to Skip',
		],
	];
	it.each(limits)('%s is refused', async (name, parameters, field) => {
		const mark = t.mark();
		const result = await t.run(parameters, [{}], true);
		expect(String((0, sandboxed_1.json)(result)[0].error)).toMatch(
			new RegExp(`^Item 0: Field "${field}" has a value TeleCRM would not accept`),
		);
		expect(t.since(mark)).toHaveLength(0);
		(0, report_cjs_1.record)({
			suite: 'bad input',
			family: 'limits',
			case: name,
			outcome: 'refused before sending',
			itemsIn: 1,
			itemsOut: 1,
			duplicates: 0,
			perItem: true,
		});
	});
	it('a Limit above the page size is served in pages, not refused', async () => {
		const mark = t.mark();
		const result = await t.run({
			resource: 'teamMember',
			operation: 'getAll',
			returnAll: false,
			limit: 12,
		});
		expect(result.items).toHaveLength(12);
		expect(t.since(mark).map((r) => r.query.limit)).toEqual(['10', '2']);
		(0, report_cjs_1.record)({
			suite: 'bad input',
			family: 'limits',
			case: 'Limit 12 over a 10-row page',
			outcome: 'converted',
			itemsIn: 1,
			itemsOut: 12,
			duplicates: 0,
			perItem: false,
		});
	});
});
//# sourceMappingURL=badInput.test.js.map
