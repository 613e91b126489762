'use strict';
Object.defineProperty(exports, '__esModule', { value: true });
const customActions_1 = require('../../../../../nodes/TeleCrm/helpers/values/customActions');
describe('custom action codes', () => {
	it('bare for Sync payloads, full for the metadata endpoint, whichever was given', () => {
		expect((0, customActions_1.bareActionCode)(' ACTION_1001 ')).toBe('1001');
		expect((0, customActions_1.bareActionCode)('action_1001')).toBe('1001');
		expect((0, customActions_1.bareActionCode)('1001')).toBe('1001');
		expect((0, customActions_1.fullActionCode)('1001')).toBe('ACTION_1001');
		expect((0, customActions_1.fullActionCode)('ACTION_1001')).toBe('ACTION_1001');
	});
});
//# sourceMappingURL=customActions.test.js.map
