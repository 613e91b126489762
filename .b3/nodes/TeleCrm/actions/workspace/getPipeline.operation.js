'use strict';
Object.defineProperty(exports, '__esModule', { value: true });
exports.description = void 0;
exports.execute = execute;
const n8n_workflow_1 = require('n8n-workflow');
exports.description = [];
async function execute(itemIndex, { workspace }) {
	return (0, n8n_workflow_1.deepCopy)(await workspace.pipeline(itemIndex));
}
//# sourceMappingURL=getPipeline.operation.js.map
