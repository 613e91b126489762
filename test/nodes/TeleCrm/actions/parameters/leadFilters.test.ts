import {
	leadFiltersOf,
	readActionFilters,
} from '../../../../../nodes/TeleCrm/actions/parameters/leadFilters';

describe('leadFiltersOf', () => {
	it('reads every Lead Search filter into typed values, checked', () => {
		expect(
			leadFiltersOf({
				status: ['Fresh', ''],
				assignee: 'a@x.io, b@x.io',
				fieldValues: { values: [{ field: ' city ', value: 'Pune' }] },
				createdAfter: 1000,
				actionTypes: '1001',
				performedBy: ['c@x.io'],
				performedBefore: '2026-01-01T00:00:00Z',
			}),
		).toEqual({
			statuses: ['Fresh'],
			assignees: ['a@x.io', 'b@x.io'],
			fieldValues: [{ field: 'city', value: 'Pune' }],
			created: { from: 1000 },
			actionTypes: ['1001'],
			performedBy: ['c@x.io'],
			performed: { to: 1767225600000 },
		});
	});

	it('names the filter whose value is refused', () => {
		expect(() => leadFiltersOf({ assignee: ['nobody'] })).toThrow('"Assignee"');
		expect(() => leadFiltersOf({ createdBefore: 'yesterday' })).toThrow('"Created Before"');
		expect(() => leadFiltersOf({ performedBy: ['x'] })).toThrow('"Actions Performed By"');
	});
});

describe('readActionFilters', () => {
	it('reads action types and performers (a list or a comma-separated expression), distinct', () => {
		expect(
			readActionFilters({ types: '1001, PAYMENT,1001', performedBy: 'a@x.io,b@x.io' }),
		).toEqual({ actionTypes: ['1001', 'PAYMENT'], performedBy: ['a@x.io', 'b@x.io'] });
		expect(readActionFilters({})).toEqual({ actionTypes: [], performedBy: [] });
	});

	it('refuses a performer that is not an email, naming the filter', () => {
		expect(() => readActionFilters({ performedBy: ['agent-7'] })).toThrow('"Performed By"');
	});
});
