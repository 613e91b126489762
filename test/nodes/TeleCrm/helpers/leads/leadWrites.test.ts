import { LeadDirectory } from '../../../../../nodes/TeleCrm/helpers/leads/leadDirectory';
import {
	createLead,
	leadInput,
	requireIdentifier,
	updateLead,
	withoutIdentifier,
} from '../../../../../nodes/TeleCrm/helpers/leads/leadWrites';
import type { FieldValues } from '../../../../../nodes/TeleCrm/helpers/values/apiShapes';
import { ItemError } from '../../../../../nodes/TeleCrm/helpers/values/itemErrors';
import { fakeApi } from '../../../../support/fakeApi';

/** Lead Fields as actions/parameters/fieldMappers.ts gives them: the values, and the named (non-blank). */
const mapped = (values: FieldValues) => ({
	values,
	named: Object.keys(values).filter((key) => values[key] !== ''),
});

describe('lead writes', () => {
	it('leadInput: mapped fields in wire format and the identifier named', async () => {
		const { workspace } = fakeApi();
		const input = await leadInput(
			workspace,
			mapped({ phone: '+91 98765 43210', name: 'A', x: '' }),
		);
		expect(input).toEqual({ fields: { phone: '919876543210', name: 'A' }, identifier: 'phone' });
		expect(withoutIdentifier(input.fields, input.identifier)).toEqual({ name: 'A' });
	});

	it('leadInput: a mapped field the workspace does not have is refused (telecrm would drop it)', async () => {
		const { workspace } = fakeApi();
		await expect(leadInput(workspace, mapped({ phone: '919876543210', x: 1 }))).rejects.toThrow(
			'Field "x" is not a lead field of this TeleCRM workspace',
		);
	});

	it('requireIdentifier: the value, or a message naming the field and its form', async () => {
		const { workspace } = fakeApi();
		expect(
			await requireIdentifier({ fields: { phone: '91' }, identifier: 'phone' }, workspace),
		).toBe('91');
		const empty = requireIdentifier({ fields: {}, identifier: 'phone' }, workspace);
		await expect(empty).rejects.toThrow(ItemError);
		await expect(requireIdentifier({ fields: {}, identifier: 'phone' }, workspace)).rejects.toThrow(
			'the lead identifier "phone" is empty',
		);
	});

	it('createLead sends the fields, and the actions only when there are some, as not idempotent', async () => {
		const { api, workspace, requests } = fakeApi(() => ({ lead_id: 'L1' }));
		const leads = new LeadDirectory(api, workspace);
		const input = { fields: { phone: '919876543210' }, identifier: 'phone' };
		await createLead({ api, leads }, input, [], 0);
		await createLead({ api, leads }, input, [{ type: '1001', fields: {} }], 0);
		expect(requests.map((r) => [r.path, r.body, r.idempotent])).toEqual([
			['lead', { fields: input.fields }, false],
			['lead', { fields: input.fields, actions: [{ type: '1001', fields: {} }] }, false],
		]);
	});

	it('updateLead sends only what is needed: fields, actions, both or nothing', async () => {
		const { api, requests } = fakeApi((r) =>
			r.path === 'lead/L1' ? { fields: { name: 'B' } } : {},
		);
		expect(await updateLead({ api }, 'L1', {}, [], 0)).toEqual({});
		expect(requests).toEqual([]);
		const both = await updateLead({ api }, 'L1', { name: 'B' }, [{ type: 'PAYMENT' }], 0);
		expect(both.fields).toEqual({ name: 'B' });
		expect(requests.map((r) => r.path)).toEqual(['lead/L1', 'lead/L1/action']);
	});
});
