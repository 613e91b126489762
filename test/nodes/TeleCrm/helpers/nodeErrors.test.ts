import type { JsonObject } from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';

import { toNodeError } from '../../../../nodes/TeleCrm/helpers/nodeErrors';
import { InvalidValueError, ItemError } from '../../../../nodes/TeleCrm/helpers/values/itemErrors';
import { fakeNode } from '../../../support/fakeApi';

describe('toNodeError', () => {
	it('a refused value names the item and below it the accepted forms', () => {
		const error = toNodeError(fakeNode, new InvalidValueError('rating', 9, '1 to 5'), 2);
		expect(error.message).toBe('Item 2: Field "rating" has a value TeleCRM would not accept: 9');
		expect(error.description).toBe('Accepted: 1 to 5.');
		expect(toNodeError(fakeNode, new InvalidValueError('x', 1, 'y')).message).not.toContain('Item');
	});

	it('an item error names the item, with its fix below', () => {
		const error = toNodeError(fakeNode, new ItemError('Lead is empty', 'Give the lead ID.'), 1);
		expect(error).toMatchObject({
			message: 'Item 1: Lead is empty',
			description: 'Give the lead ID.',
		});
		expect(error.context.itemIndex).toBe(1);
		expect(toNodeError(fakeNode, new ItemError('Lead is empty', 'x')).message).toBe(
			'Lead is empty',
		);
	});

	it("telecrm's errors pass through with their code, now naming the item; others are wrapped", () => {
		const api = new NodeApiError(fakeNode, { code: 'LEAD_NOT_FOUND' } as JsonObject, {
			message: 'Lead with ID x was not found.',
		});
		const passed = toNodeError(fakeNode, api, 3);
		expect(passed).toBe(api);
		expect(passed.context.itemIndex).toBe(3);
		expect(toNodeError(fakeNode, new Error('boom'))).toMatchObject({
			name: 'NodeOperationError',
			message: 'boom',
		});
	});
});
