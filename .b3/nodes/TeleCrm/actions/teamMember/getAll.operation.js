'use strict';
Object.defineProperty(exports, '__esModule', { value: true });
exports.description = void 0;
exports.execute = execute;
const n8n_workflow_1 = require('n8n-workflow');
const transport_1 = require('../../transport');
const parameters_1 = require('../parameters');
const common_descriptions_1 = require('../common.descriptions');
const properties = [
	...(0, common_descriptions_1.returnAllOrLimit)(),
	{
		displayName: 'Include Deleted',
		name: 'includeDeleted',
		type: 'boolean',
		default: false,
		description: 'Whether to list deleted members too',
	},
];
exports.description = (0, n8n_workflow_1.updateDisplayOptions)(
	{ show: { resource: ['teamMember'], operation: ['getAll'] } },
	properties,
);
async function execute(itemIndex, { api }) {
	const includeDeleted = this.getNodeParameter('includeDeleted', itemIndex, false);
	return await (0, transport_1.requestAllPages)(api, {
		method: 'GET',
		path: ['team-members'],
		qs: includeDeleted ? { includeDeleted } : {},
		maxPageSize: transport_1.MAX_PAGE_SIZE.teamMembers,
		limit: parameters_1.readRowsWanted.call(this, itemIndex),
		itemIndex,
	});
}
//# sourceMappingURL=getAll.operation.js.map
