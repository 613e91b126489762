import { LeadDirectory } from '../../../../../nodes/TeleCrm/helpers/leads/leadDirectory';
import { resolveLeadId } from '../../../../../nodes/TeleCrm/helpers/leads/leadLocator';
import { ItemError } from '../../../../../nodes/TeleCrm/helpers/values/itemErrors';
import { fakeApi } from '../../../../support/fakeApi';

function directory(rows: Array<Record<string, unknown>>) {
	const fake = fakeApi(() => ({ data: rows, total_count: rows.length }));
	return { ...fake, leads: new LeadDirectory(fake.api, fake.workspace) };
}

describe('resolveLeadId', () => {
	it('takes an ID as it is, with no request', async () => {
		const { leads, requests } = directory([]);
		expect(await resolveLeadId(leads, { by: 'id', value: 'L9' }, 0)).toBe('L9');
		expect(requests).toEqual([]);
	});

	it('looks an identifier value up in its stored form', async () => {
		const { leads, requests } = directory([{ id: 'L1', fields: { phone: '919876543210' } }]);
		expect(await resolveLeadId(leads, { by: 'identifier', value: '+91 98765 43210' }, 0)).toBe(
			'L1',
		);
		expect(requests.at(-1)?.body).toEqual({ fields: { phone: ['919876543210'] } });
	});

	it('says what to do when the lead is empty, not found or has no ID in the answer', async () => {
		await expect(resolveLeadId(directory([]).leads, { by: 'id', value: '' }, 0)).rejects.toThrow(
			'Lead is empty',
		);
		await expect(
			resolveLeadId(directory([]).leads, { by: 'identifier', value: '919876543210' }, 0),
		).rejects.toThrow('No lead has phone = "919876543210"');
		const noId = directory([{ fields: { phone: '919876543210' } }]).leads;
		await expect(
			resolveLeadId(noId, { by: 'identifier', value: '919876543210' }, 0),
		).rejects.toThrow(ItemError);
	});
});
