import type { ResourceMapperValue } from 'n8n-workflow';

import {
	mappedFields,
	pickMapped,
} from '../../../../../nodes/TeleCrm/actions/parameters/fieldMappers';

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

describe('mappedFields', () => {
	const phone = {
		id: 'phone',
		displayName: 'phone',
		required: false,
		defaultMatch: false,
		display: true,
	};

	it('with Define Below: the values not removed, the columns given a value named', () => {
		const defined = mapper(
			{ name: 'A', phone: '1', rating: '' },
			{
				schema: [{ ...phone, removed: true }],
			},
		);
		expect(mappedFields({ mapper: defined, item: { x: 1 } })).toEqual({
			values: { name: 'A', rating: '' },
			named: ['name'],
		});
	});

	it('with Map Automatically: the whole item, only the listed columns named', () => {
		const auto = mapper(null, { mappingMode: 'autoMapInputData', schema: [phone] });
		expect(mappedFields({ mapper: auto, item: { phone: '1', formId: 'f' } })).toEqual({
			values: { phone: '1', formId: 'f' },
			named: ['phone'],
		});
	});
});
