'use strict';
Object.defineProperty(exports, '__esModule', { value: true });
exports.description = void 0;
exports.execute = execute;
const n8n_workflow_1 = require('n8n-workflow');
const leadSearch_1 = require('../../helpers/leads/leadSearch');
const parameters_1 = require('../parameters');
const common_descriptions_1 = require('../common.descriptions');
const properties = [
	...(0, common_descriptions_1.returnAllOrLimit)(),
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		description: 'Filters are exact matches; different filters must all match (AND)',
		options: common_descriptions_1.leadFilterOptions,
	},
	common_descriptions_1.simplifyProperty,
];
exports.description = (0, n8n_workflow_1.updateDisplayOptions)(
	{ show: { resource: ['lead'], operation: ['search'] } },
	properties,
);
async function execute(itemIndex, scope) {
	const filters = this.getNodeParameter('filters', itemIndex, {});
	const limit = parameters_1.readRowsWanted.call(this, itemIndex);
	const pinTo = limit === Infinity ? Date.now() : undefined;
	const rows = await (0, leadSearch_1.searchLeadRows)(
		scope.api,
		scope.workspace,
		{ filters, pinTo },
		limit,
		itemIndex,
	);
	const simplify = parameters_1.readSimplify.call(this, itemIndex);
	return await scope.output.searchRows(rows, simplify);
}
//# sourceMappingURL=search.operation.js.map
