'use strict';
var _a;
Object.defineProperty(exports, '__esModule', { value: true });
exports.execute = exports.description = void 0;
const definitions_1 = require('./definitions');
((_a = (0, definitions_1.listDefinitions)('getCustomActions', 'customActions', 'custom-actions')),
	(exports.description = _a.description),
	(exports.execute = _a.execute));
//# sourceMappingURL=getCustomActions.operation.js.map
