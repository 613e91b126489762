'use strict';
Object.defineProperty(exports, '__esModule', { value: true });
exports.parallelItems = exports.description = void 0;
exports.execute = execute;
const n8n_workflow_1 = require('n8n-workflow');
const parameters_1 = require('../parameters');
const common_descriptions_1 = require('../common.descriptions');
const properties = [
	common_descriptions_1.memberLocator,
	{
		displayName: 'Include Deleted',
		name: 'includeDeleted',
		type: 'boolean',
		default: false,
		description: 'Whether to return the member even when deleted',
	},
];
exports.description = (0, n8n_workflow_1.updateDisplayOptions)(
	{ show: { resource: ['teamMember'], operation: ['get'] } },
	properties,
);
async function execute(itemIndex, { api }) {
	const email = parameters_1.readMemberEmail.call(this, itemIndex);
	const includeDeleted = this.getNodeParameter('includeDeleted', itemIndex, false);
	return await api.request({
		method: 'GET',
		path: ['team-members', email],
		qs: includeDeleted ? { includeDeleted } : {},
		itemIndex,
	});
}
exports.parallelItems = true;
//# sourceMappingURL=get.operation.js.map
