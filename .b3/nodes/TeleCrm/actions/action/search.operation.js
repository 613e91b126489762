'use strict';
Object.defineProperty(exports, '__esModule', { value: true });
exports.leadKey = exports.description = void 0;
exports.execute = execute;
const n8n_workflow_1 = require('n8n-workflow');
const timeline_1 = require('../../helpers/leads/timeline');
const filterValues_1 = require('../../helpers/values/filterValues');
const lookups_1 = require('../lookups');
const parameters_1 = require('../parameters');
const common_descriptions_1 = require('../common.descriptions');
const properties = [
	common_descriptions_1.leadLocator,
	...(0, common_descriptions_1.returnAllOrLimit)(),
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		options: [
			common_descriptions_1.actionTypesFilter,
			{
				displayName: 'Created After',
				name: 'createdAfter',
				type: 'dateTime',
				default: '',
				description:
					'Actions logged at or after this time (date picker, ISO date, epoch ms or dd/mm/yyyy)',
			},
			{
				displayName: 'Created Before',
				name: 'createdBefore',
				type: 'dateTime',
				default: '',
				description:
					'Actions logged at or before this time. With Return All and no value here, the search stops at the moment it started.',
			},
			common_descriptions_1.performedByFilter,
		],
	},
];
exports.description = (0, n8n_workflow_1.updateDisplayOptions)(
	{ show: { resource: ['action'], operation: ['search'] } },
	properties,
);
async function execute(itemIndex, scope) {
	const { api, output } = scope;
	const leadId = await parameters_1.readLeadId.call(this, itemIndex, scope);
	const filters = this.getNodeParameter('filters', itemIndex, {});
	const limit = parameters_1.readRowsWanted.call(this, itemIndex);
	const body = {};
	const created = (0, filterValues_1.pinnedWindow)(
		filters.createdAfter,
		filters.createdBefore,
		['Created After', 'Created Before'],
		limit === Infinity ? Date.now() : undefined,
	);
	if (created) body.created_on = created;
	const performedBy = (0, filterValues_1.anyOf)(filters.performedBy ?? []);
	if (performedBy !== undefined) body.performed_by = performedBy;
	const types = (0, filterValues_1.listOf)(filters.types);
	const rows = await (0, timeline_1.searchTimeline)(api, leadId, { body, types, limit, itemIndex });
	return await Promise.all(
		rows.map(async (row) => ({ lead_id: leadId, ...(await output.action(row)) })),
	);
}
exports.leadKey = lookups_1.leadLocatorKey;
//# sourceMappingURL=search.operation.js.map
