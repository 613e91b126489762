'use strict';
var _a;
Object.defineProperty(exports, '__esModule', { value: true });
exports.execute = exports.description = void 0;
const definitions_1 = require('./definitions');
const customActions_1 = require('../../helpers/values/customActions');
const picker = {
	displayName: 'Custom Action Name or ID',
	name: 'code',
	type: 'options',
	typeOptions: { loadOptionsMethod: 'getCustomActions' },
	required: true,
	default: '',
	description:
		'The custom action, by its code (1001 or ACTION_1001). Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
};
((_a = (0, definitions_1.oneDefinition)(
	'getCustomAction',
	picker,
	'custom-actions',
	customActions_1.fullActionCode,
)),
	(exports.description = _a.description),
	(exports.execute = _a.execute));
//# sourceMappingURL=getCustomAction.operation.js.map
