import type { IExecuteFunctions } from 'n8n-workflow';

import { readLeadLocator } from '../../../../../nodes/TeleCrm/actions/parameters/leadLocator';

describe('readLeadLocator', () => {
	const read = (mode: string, value: unknown) =>
		readLeadLocator.call(
			{ getNodeParameter: () => ({ mode, value }) } as unknown as IExecuteFunctions,
			0,
		);

	it('maps the description mode names to a typed locator, the value trimmed', () => {
		expect(read('list', ' L9 ')).toEqual({ by: 'id', value: 'L9' });
		expect(read('id', 42)).toEqual({ by: 'id', value: '42' });
		expect(read('identifier', ' +91 98 ')).toEqual({ by: 'identifier', value: '+91 98' });
		expect(read('identifier', undefined)).toEqual({ by: 'identifier', value: '' });
	});
});
