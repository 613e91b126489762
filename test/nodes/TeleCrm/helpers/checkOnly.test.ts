import { checkOnlyHint, checkOnlyItem } from '../../../../nodes/TeleCrm/helpers/checkOnly';

const sync = 'TeleCRM Sync API';

describe('checkOnlyItem', () => {
	it('shows the requests, and the lead they change when a path names one', () => {
		const update = { api: sync, method: 'POST', path: '/enterprise/E1/lead/L%201', body: { a: 1 } };
		const action = { ...update, path: '/enterprise/E1/lead/L%201/action' };
		expect(checkOnlyItem([update, action])).toEqual({
			checkOnly: true,
			lead_id: 'L 1',
			requests: [update, action],
		});
	});

	it('names no lead for a create, and shows an item with nothing to send', () => {
		const create = { api: sync, method: 'POST', path: '/enterprise/E1/lead', body: {} };
		expect(checkOnlyItem([create])).toEqual({ checkOnly: true, requests: [create] });
		expect(checkOnlyItem([])).toEqual({ checkOnly: true, requests: [] });
	});

	it("never shows a new member's password", () => {
		const body = { email: 'a@b.c', password: 'S3cret!' };
		const member = { api: sync, method: 'POST', path: '/enterprise/E1/team-members', body };
		expect(checkOnlyItem([member]).requests).toEqual([
			{ ...member, body: { email: 'a@b.c', password: '(the password given, not shown)' } },
		]);
	});
});

describe('checkOnlyHint', () => {
	it('says nothing was written, with the figures', () => {
		expect(checkOnlyHint(9_900, 100, 9_900).message).toBe(
			'Check Only: nothing was written. 9,900 items passed the checks and would send 9,900 request(s); 100 items would be refused (their errors are listed). Turn Check Only off to send them.',
		);
		expect(checkOnlyHint(1, 0, 2).message).toBe(
			'Check Only: nothing was written. 1 item passed the checks and would send 2 request(s). Turn Check Only off to send them.',
		);
	});
});
