/**
 * Values that cannot be converted to telecrm's wire format fail their own item, naming the
 * field, the value and the accepted forms, before any write is sent.
 */
import type { IDataObject } from 'n8n-workflow';

import { autoMapped, json, useSandbox } from '../support/sandboxed';

const t = useSandbox({ seed: 5 });

const cases: Array<[string, unknown, string]> = [
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
];

describe('conversion errors, one per field type', () => {
	it.each(cases)('%s = %j fails the item before sending', async (field, value, accepted) => {
		const mark = t.mark();
		const result = await t.run({ resource: 'lead', operation: 'create', fields: autoMapped() }, [
			{ phone: '919800000001', [field]: value } as IDataObject,
		]);
		expect(result.error?.message).toMatch(
			new RegExp(`^Item 0: Field "${field}" has a value TeleCRM would not accept: `),
		);
		expect(result.error?.description).toContain(`Accepted: ${accepted}`);
		expect(t.since(mark).filter((r) => r.method === 'POST')).toHaveLength(0);
	});

	it('documented conversions go through: phone with spaces, comma tags, numeric strings, case of labels', async () => {
		const result = await t.run({ resource: 'lead', operation: 'create', fields: autoMapped() }, [
			{
				phone: '+91 (98) 7654-3299',
				interests: 'Villa,Plot',
				rating: '5',
				deal_size: 1200.5,
				status: 'WON',
				lost_reason: 'no need',
			},
		]);
		expect(result.error).toBeUndefined();
		const lead = t.sandbox.state.leads.find((l) => l.id === json(result)[0].lead_id)!;
		expect(lead.fields).toMatchObject({
			phone: '919876543299',
			interests: ['Villa', 'Plot'],
			rating: 5,
			deal_size: '1200.5',
			status: 'Won',
			lost_reason: 'No Need',
		});
	});

	it('with continueOnFail, N items give N outputs with pairedItem; good items are still written', async () => {
		const result = await t.run(
			{ resource: 'lead', operation: 'create', fields: autoMapped() },
			[
				{ phone: '919800000101', name: 'Good one' },
				{ phone: '919800000102', rating: 11 },
				{ name: 'No identifier' },
				{ phone: '919800000104', name: 'Good two' },
			],
			true,
		);
		expect(result.items.map((i) => i.pairedItem)).toEqual([
			{ item: 0 },
			{ item: 1 },
			{ item: 2 },
			{ item: 3 },
		]);
		const out = json(result);
		expect(out[0].result).toBe('created');
		expect(out[1].error).toBe('Item 1: Field "rating" has a value TeleCRM would not accept: 11');
		expect(out[2].error).toBe('Item 2: the lead identifier "phone" is empty');
		expect(out[3].result).toBe('created');
	});
});
