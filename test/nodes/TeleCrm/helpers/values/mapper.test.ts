import type { ResourceMapperValue } from 'n8n-workflow';

import { pickMapped } from '../../../../../nodes/TeleCrm/helpers/values/mapper';

const mapper = (value: ResourceMapperValue['value'], extra: Partial<ResourceMapperValue> = {}) =>
	({
		mappingMode: 'defineBelow',
		value,
		matchingColumns: [],
		schema: [],
		...extra,
	}) as ResourceMapperValue;

describe('pickMapped', () => {
	it('takes the mapped values of the given columns only', () => {
		const picked = pickMapped({ mapper: mapper({ name: 'A', other: 1 }), item: {} }, ['name']);
		expect(picked).toEqual({ name: 'A' });
	});

	it('with Map Automatically takes the input item, leaving removed columns out', () => {
		const auto = mapper(null, {
			mappingMode: 'autoMapInputData',
			schema: [
				{
					id: 'phone',
					displayName: 'phone',
					required: false,
					defaultMatch: false,
					display: true,
					removed: true,
				},
			],
		});
		const picked = pickMapped({ mapper: auto, item: { name: 'B', phone: '1', x: 2 } }, [
			'name',
			'phone',
		]);
		expect(picked).toEqual({ name: 'B' });
	});

	it('an empty mapper gives nothing', () => {
		expect(pickMapped({ mapper: mapper(null), item: { name: 'C' } }, ['name'])).toEqual({});
	});
});
