/** Conversion to telecrm's wire format, one field type at a time (pure functions, no engine). */
import { InvalidValueError } from '../../../../../nodes/TeleCrm/helpers/values/itemErrors';
import type { Labels } from '../../../../../nodes/TeleCrm/helpers/values/valueConversion';
import {
	fieldKind,
	toWireFields,
	toWireValue,
	tryWireValue,
} from '../../../../../nodes/TeleCrm/helpers/values/valueConversion';

/** The sandbox seed's field types, as the workspace reports them. */
const TYPES: Record<string, string> = {
	name: 'TEXT',
	phone: 'PHONE',
	alternate_phone: 'PHONE',
	email: 'EMAIL',
	rating: 'RATING',
	status: 'STATUS',
	assignee: 'ACTIVE_USERS',
	lost_reason: 'LOST_REASON',
	contact_source: 'DROPDOWN',
	interests: 'TAGS',
	deal_size: 'MONEY',
	follow_up_date: 'DATE',
	company_website: 'WEBSITE',
	brochure_link: 'MEDIALINK',
	budget_lakhs: 'NUMBER',
};

const LABELS: Record<string, Labels> = {
	status: {
		active: ['Fresh', 'Contacted', 'Qualified', 'Follow Up', 'Won', 'Lost', 'Not Interested'],
		archived: ['Old Lead'],
	},
	lostReason: { active: ['Price too high', 'No Need', 'Went with competitor'], archived: [] },
};

const spec = (apiName: string) => ({ apiName, type: TYPES[apiName] });
const labelsOf = (apiName: string) => LABELS[fieldKind(TYPES[apiName])];

function refusal(field: string, value: unknown): InvalidValueError {
	let caught: unknown;
	try {
		toWireValue(spec(field), value, labelsOf(field));
	} catch (error) {
		caught = error;
	}
	expect(caught).toBeInstanceOf(InvalidValueError);
	return caught as InvalidValueError;
}

describe('toWireValue refuses what telecrm would not accept, naming field, value and forms', () => {
	it.each<[string, unknown, string]>([
		['name', true, 'text or a number'],
		['name', { first: 'Jane' }, 'text or a number'],
		['email', 'jane.example.com', 'an email address'],
		['phone', '98-abc', 'country code + number'],
		['alternate_phone', '12345', 'country code + number'],
		['rating', 7, 'a whole number from 1 to 5'],
		['rating', 'three', 'a whole number from 1 to 5'],
		['rating', 2.5, 'a whole number from 1 to 5'],
		['budget_lakhs', 'many', 'a number'],
		['follow_up_date', '2026-13-45', 'epoch milliseconds'],
		['follow_up_date', 'next friday', 'epoch milliseconds'],
		['deal_size', '-5', 'a non-negative number'],
		['deal_size', 'ten thousand', 'a non-negative number'],
		['company_website', 'ftp://files.example.com', 'an http(s) address'],
		['brochure_link', 'brochure.pdf', 'a publicly reachable http(s) address'],
		['interests', { vip: true }, 'an array of strings'],
		['interests', [['nested']], 'an array of strings'],
		['assignee', 'agent at company', 'the email of a team member'],
		['status', 'Archived Forever', 'the label of an active pipeline status: Fresh, Contacted'],
		['status', 'Old Lead', 'the label of an active pipeline status'],
		['lost_reason', 'Budget freeze', 'the label of an active lost reason: Price too high'],
		['contact_source', false, 'an option label'],
	])('%s = %j', (field, value, accepted) => {
		const error = refusal(field, value);
		expect(error.message).toMatch(
			new RegExp(`^Field "${field}" has a value TeleCRM would not accept: `),
		);
		expect(error.accepted).toContain(accepted);
		expect(tryWireValue(spec(field), value, labelsOf(field))).toBeUndefined();
	});
});

describe('toWireValue converts the documented forms', () => {
	it.each<[string, unknown, unknown]>([
		['phone', '+91 (98) 7654-3299', '919876543299'],
		['phone', 919876543299, '919876543299'],
		['interests', 'Villa,Plot', ['Villa', 'Plot']],
		['interests', ['Villa', ' Plot '], ['Villa', 'Plot']],
		['rating', '5', 5],
		['deal_size', 1200.5, '1200.5'],
		['deal_size', ' 300 ', '300'],
		['budget_lakhs', '42.5', 42.5],
		['status', 'WON', 'Won'],
		['lost_reason', 'no need', 'No Need'],
		['assignee', 'Priya.Caller@Example.com', 'priya.caller@example.com'],
		['follow_up_date', '2026-01-01T10:30:00Z', Date.UTC(2026, 0, 1, 10, 30)],
		['follow_up_date', '01/02/2026 09:15', Date.UTC(2026, 1, 1, 9, 15)],
		['follow_up_date', '1767225600000', 1767225600000],
		['company_website', 'https://example.com/x', 'https://example.com/x'],
		['contact_source', ' Website ', 'Website'],
	])('%s = %j becomes %j', (field, value, wire) => {
		expect(toWireValue(spec(field), value, labelsOf(field))).toEqual(wire);
	});

	it.each([undefined, null, '', '   '])('an empty value (%j) is left out', (value) => {
		expect(toWireValue(spec('name'), value)).toBeUndefined();
		expect(toWireFields([spec('name')], { name: value }, () => undefined)).toEqual({});
	});

	it('reads type spellings of either form as one kind; unknown types as text', () => {
		expect(['ACTIVE_USERS', 'activeUsers', 'USER'].map(fieldKind)).toEqual([
			'activeUsers',
			'activeUsers',
			'activeUsers',
		]);
		expect(fieldKind('LOST_REASON')).toBe('lostReason');
		expect(fieldKind('SOMETHING_NEW')).toBe('text');
	});
});
