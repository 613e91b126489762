import {
	bareActionCode,
	fullActionCode,
} from '../../../../../nodes/TeleCrm/helpers/values/customActions';

describe('custom action codes', () => {
	it('bare for Sync payloads, full for the metadata endpoint, whichever was given', () => {
		expect(bareActionCode(' ACTION_1001 ')).toBe('1001');
		expect(bareActionCode('action_1001')).toBe('1001');
		expect(bareActionCode('1001')).toBe('1001');
		expect(fullActionCode('1001')).toBe('ACTION_1001');
		expect(fullActionCode('ACTION_1001')).toBe('ACTION_1001');
	});
});
