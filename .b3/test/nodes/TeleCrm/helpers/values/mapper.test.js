'use strict';
Object.defineProperty(exports, '__esModule', { value: true });
const mapper_1 = require('../../../../../nodes/TeleCrm/helpers/values/mapper');
const mapper = (value, extra = {}) => ({
	mappingMode: 'defineBelow',
	value,
	matchingColumns: [],
	schema: [],
	...extra,
});
describe('pickMapped', () => {
	it('takes the mapped values of the given columns only', () => {
		const picked = (0, mapper_1.pickMapped)({ mapper: mapper({ name: 'A', other: 1 }), item: {} }, [
			'name',
		]);
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
		const picked = (0, mapper_1.pickMapped)(
			{ mapper: auto, item: { name: 'B', phone: '1', x: 2 } },
			['name', 'phone'],
		);
		expect(picked).toEqual({ name: 'B' });
	});
	it('an empty mapper gives nothing', () => {
		expect(
			(0, mapper_1.pickMapped)({ mapper: mapper(null), item: { name: 'C' } }, ['name']),
		).toEqual({});
	});
});
//# sourceMappingURL=mapper.test.js.map
