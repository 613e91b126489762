'use strict';
Object.defineProperty(exports, '__esModule', { value: true });
exports.description = void 0;
exports.execute = execute;
exports.description = [];
async function execute(itemIndex, { api }) {
	return await api.request({ method: 'GET', path: ['metadata'], itemIndex });
}
//# sourceMappingURL=getInfo.operation.js.map
