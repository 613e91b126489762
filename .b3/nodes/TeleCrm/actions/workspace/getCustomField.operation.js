'use strict';
var _a;
Object.defineProperty(exports, '__esModule', { value: true });
exports.execute = exports.description = void 0;
const definitions_1 = require('./definitions');
const picker = {
	displayName: 'Field Name or ID',
	name: 'apiName',
	type: 'options',
	typeOptions: { loadOptionsMethod: 'getLeadFields' },
	required: true,
	default: '',
	description:
		'API name of the lead field (case-sensitive). Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
};
((_a = (0, definitions_1.oneDefinition)('getCustomField', picker, 'custom-fields', (picked) =>
	picked.trim(),
)),
	(exports.description = _a.description),
	(exports.execute = _a.execute));
//# sourceMappingURL=getCustomField.operation.js.map
