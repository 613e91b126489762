import { ExecutionFacts } from '../../../../../nodes/TeleCrm/helpers/values/executionFacts';
import { ItemError } from '../../../../../nodes/TeleCrm/helpers/values/itemErrors';
import { OutputShaper } from '../../../../../nodes/TeleCrm/helpers/output/outputShaper';
import { writeOutcome } from '../../../../../nodes/TeleCrm/helpers/output/writeOutcome';
import { fakeApi } from '../../../../support/fakeApi';

const answer = {
	lead_id: 'L1',
	actions: [{ status: 'CREATED' }, { status: 'IGNORED' }],
	remarks: [{ field: 'fields.rating', remark: 'not a rating' }],
};
const sent = [{ type: '1001', fields: {} }, { type: 'PAYMENT' }];

describe('writeOutcome', () => {
	it('outputs what was kept, each action beside its type, and every remark', async () => {
		const output = new OutputShaper(fakeApi().workspace, 'iso');
		const facts = new ExecutionFacts();
		const sentWrite = {
			actions: sent,
			fields: { name: 'A', rating: 9 },
			extra: { result: 'created' },
			failOnIgnored: false,
		};
		const result = await writeOutcome(output, facts, answer, sentWrite);
		expect(result).toEqual({
			lead_id: 'L1',
			name: 'A',
			result: 'created',
			actions: [
				{ type: '1001', type_name: 'Site Visit', status: 'CREATED' },
				{ type: 'PAYMENT', type_name: 'Payment', status: 'IGNORED' },
			],
			remarks: answer.remarks,
		});
		// For the execution's hint: one item, its remarked field, its ignored action.
		expect(facts.ignored).toEqual({ items: 1, fields: new Set(['rating']), actions: 1 });
		const clean = { lead_id: 'L2', actions: [{ status: 'CREATED' }], remarks: [] };
		await writeOutcome(output, facts, clean, sentWrite);
		expect(facts.ignored.items).toBe(1);
	});

	it('with Fail the Item, anything ignored fails the item, saying the lead was saved', async () => {
		const output = new OutputShaper(fakeApi().workspace, 'iso');
		const facts = new ExecutionFacts();
		const failing = writeOutcome(output, facts, answer, { actions: sent, failOnIgnored: true });
		await expect(failing).rejects.toThrow(ItemError);
		await expect(
			writeOutcome(output, facts, answer, { actions: sent, failOnIgnored: true }),
		).rejects.toThrow('TeleCRM ignored 1 value(s) and 1 action(s) on lead L1');
		// The item's error says it all: no hint besides.
		expect(facts.ignored.items).toBe(0);
	});
});
