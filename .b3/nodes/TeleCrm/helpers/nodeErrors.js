'use strict';
Object.defineProperty(exports, '__esModule', { value: true });
exports.toNodeError = toNodeError;
exports.lostAnswerError = lostAnswerError;
const n8n_workflow_1 = require('n8n-workflow');
const invalidValue_1 = require('./values/invalidValue');
const transport_1 = require('../transport');
function toNodeError(node, error, itemIndex) {
	if (error instanceof invalidValue_1.InvalidValueError) {
		const prefix = itemIndex === undefined ? '' : `Item ${itemIndex}: `;
		return new n8n_workflow_1.NodeOperationError(node, `${prefix}${error.message}`, {
			itemIndex,
			description: `Accepted: ${error.accepted}.`,
		});
	}
	if (error instanceof invalidValue_1.ItemError)
		return new n8n_workflow_1.NodeOperationError(node, error.message, {
			itemIndex,
			description: error.fix,
		});
	const nodeError = (0, transport_1.asNodeError)(node, error, itemIndex);
	if (itemIndex !== undefined) nodeError.context.itemIndex = itemIndex;
	return nodeError;
}
function lostAnswerError(node, error, itemIndex, advice) {
	const failure = toNodeError(node, error, itemIndex);
	failure.description = `No answer came, but ${advice} ${failure.description ?? ''}`.trim();
	return failure;
}
//# sourceMappingURL=nodeErrors.js.map
