'use strict';
Object.defineProperty(exports, '__esModule', { value: true });
const n8n_workflow_1 = require('n8n-workflow');
const nodeErrors_1 = require('../../../../nodes/TeleCrm/helpers/nodeErrors');
const invalidValue_1 = require('../../../../nodes/TeleCrm/helpers/values/invalidValue');
const fakeApi_1 = require('../../../support/fakeApi');
describe('toNodeError', () => {
	it('a refused value names the item and below it the accepted forms', () => {
		const error = (0, nodeErrors_1.toNodeError)(
			fakeApi_1.fakeNode,
			new invalidValue_1.InvalidValueError('rating', 9, '1 to 5'),
			2,
		);
		expect(error.message).toBe('Item 2: Field "rating" has a value TeleCRM would not accept: 9');
		expect(error.description).toBe('Accepted: 1 to 5.');
		expect(
			(0, nodeErrors_1.toNodeError)(
				fakeApi_1.fakeNode,
				new invalidValue_1.InvalidValueError('x', 1, 'y'),
			).message,
		).not.toContain('Item');
	});
	it('an item error keeps its message, with its fix below', () => {
		const error = (0, nodeErrors_1.toNodeError)(
			fakeApi_1.fakeNode,
			new invalidValue_1.ItemError('Lead is empty', 'Give the lead ID.'),
			1,
		);
		expect(error).toMatchObject({ message: 'Lead is empty', description: 'Give the lead ID.' });
		expect(error.context.itemIndex).toBe(1);
	});
	it("telecrm's errors pass through with their code, now naming the item; others are wrapped", () => {
		const api = new n8n_workflow_1.NodeApiError(
			fakeApi_1.fakeNode,
			{ code: 'LEAD_NOT_FOUND' },
			{
				message: 'Lead with ID x was not found.',
			},
		);
		const passed = (0, nodeErrors_1.toNodeError)(fakeApi_1.fakeNode, api, 3);
		expect(passed).toBe(api);
		expect(passed.context.itemIndex).toBe(3);
		expect((0, nodeErrors_1.toNodeError)(fakeApi_1.fakeNode, new Error('boom'))).toMatchObject({
			name: 'NodeOperationError',
			message: 'boom',
		});
	});
});
//# sourceMappingURL=nodeErrors.test.js.map
