'use strict';
Object.defineProperty(exports, '__esModule', { value: true });
const sandboxed_1 = require('../../../../support/sandboxed');
const t = (0, sandboxed_1.useSandbox)({ seed: 5 });
const byEmail = (value) => ({ __rl: true, mode: 'email', value });
describe('teamMember', () => {
	it('getAll pages at 10 with Return All, and sends a smaller Limit as the page size', async () => {
		const visible = t.sandbox.state.members.filter((m) => m.status !== 'Deleted').length;
		const mark = t.mark();
		const all = await t.run({ resource: 'teamMember', operation: 'getAll', returnAll: true });
		expect(all.items).toHaveLength(visible);
		expect(t.since(mark).map((r) => r.query)).toEqual([
			{ skip: '0', limit: '10' },
			{ skip: '10', limit: '10' },
		]);
		const names = (0, sandboxed_1.json)(all).map((m) => m.name);
		expect([...names].sort((a, b) => a.localeCompare(b))).toEqual(names);
		const withDeleted = await t.run({
			resource: 'teamMember',
			operation: 'getAll',
			returnAll: true,
			includeDeleted: true,
		});
		expect(withDeleted.items).toHaveLength(visible + 1);
		const mark2 = t.mark();
		const three = await t.run({
			resource: 'teamMember',
			operation: 'getAll',
			returnAll: false,
			limit: 3,
		});
		expect(three.items).toHaveLength(3);
		expect(t.since(mark2).map((r) => r.query)).toEqual([{ skip: '0', limit: '3' }]);
	});
	it('gets a member by email, and refuses a malformed email before sending', async () => {
		const found = await t.run({
			resource: 'teamMember',
			operation: 'get',
			member: byEmail('PRIYA.caller@sandbox-telecrm.test'),
		});
		expect((0, sandboxed_1.json)(found)[0]).toMatchObject({
			name: 'Priya Caller',
			email: 'priya.caller@sandbox-telecrm.test',
		});
		const mark = t.mark();
		const bad = await t.run({
			resource: 'teamMember',
			operation: 'get',
			member: byEmail('priya/../x'),
		});
		expect(bad.error?.message).toBe(
			'Item 0: Field "Team Member" has a value TeleCRM would not accept: "priya/../x"',
		);
		expect(t.since(mark)).toHaveLength(0);
		const missing = await t.run({
			resource: 'teamMember',
			operation: 'get',
			member: byEmail('nobody@example.com'),
		});
		expect(missing.error?.message).toBe('TeleCRM TEAM_MEMBER_NOT_FOUND: Team member not found');
	});
	it('creates a member (phone cleaned to digits) and shows validation details', async () => {
		const created = await t.run({
			resource: 'teamMember',
			operation: 'create',
			name: 'Nia New',
			email: 'nia@example.com',
			phoneNumber: '+91 98765-43219',
			role: 'CALLER',
		});
		expect((0, sandboxed_1.json)(created)[0]).toEqual({
			name: 'Nia New',
			email: 'nia@example.com',
			phone_number: '919876543219',
			role: 'CALLER',
			status: 'INVITED',
		});
		const badPhone = await t.run({
			resource: 'teamMember',
			operation: 'create',
			name: 'X',
			email: 'x@example.com',
			phoneNumber: 'call me',
			role: 'CALLER',
		});
		expect(badPhone.error?.message).toBe(
			'Item 0: Field "Phone Number" has a value TeleCRM would not accept: "call me"',
		);
	});
	it('sets availability', async () => {
		const result = await t.run({
			resource: 'teamMember',
			operation: 'setAvailability',
			member: { __rl: true, mode: 'list', value: 'rahul.caller@sandbox-telecrm.test' },
			state: 'On Leave',
		});
		expect((0, sandboxed_1.json)(result)[0]).toEqual({
			email: 'rahul.caller@sandbox-telecrm.test',
			status: 'On Leave',
		});
	});
});
//# sourceMappingURL=operations.test.js.map
