'use strict';
Object.defineProperty(exports, '__esModule', { value: true });
exports.leadKey = exports.parallelItems = exports.description = void 0;
exports.execute = execute;
const n8n_workflow_1 = require('n8n-workflow');
const invalidValue_1 = require('../../helpers/values/invalidValue');
const transport_1 = require('../../transport');
const lookups_1 = require('../lookups');
const parameters_1 = require('../parameters');
const common_descriptions_1 = require('../common.descriptions');
const properties = [
	common_descriptions_1.leadLocator,
	{
		displayName: 'Include Actions',
		name: 'includeActions',
		type: 'boolean',
		default: false,
		description: 'Whether to add a page of the lead timeline (every action type, calls included)',
	},
	{
		displayName: 'Actions to Skip',
		name: 'actionsSkip',
		type: 'number',
		typeOptions: { minValue: 0 },
		default: 0,
		description: 'How many actions of the timeline to skip before the page starts',
		displayOptions: { show: { includeActions: [true] } },
	},
	{
		displayName: 'Actions Limit',
		name: 'actionsLimit',
		type: 'number',
		typeOptions: { minValue: 1, maxValue: transport_1.MAX_PAGE_SIZE.actions },
		default: 10,
		description: 'Max number of actions to return (1 to 100)',
		displayOptions: { show: { includeActions: [true] } },
	},
	common_descriptions_1.simplifyProperty,
];
exports.description = (0, n8n_workflow_1.updateDisplayOptions)(
	{ show: { resource: ['lead'], operation: ['get'] } },
	properties,
);
async function execute(itemIndex, scope) {
	const { api, output } = scope;
	const leadId = await parameters_1.readLeadId.call(this, itemIndex, scope);
	const includeActions = this.getNodeParameter('includeActions', itemIndex, false);
	const qs = {};
	if (includeActions) {
		qs.includeActions = true;
		qs.skip = (0, invalidValue_1.wholeNumber)(
			this.getNodeParameter('actionsSkip', itemIndex, 0),
			'Actions to Skip',
			0,
		);
		qs.limit = (0, invalidValue_1.wholeNumber)(
			this.getNodeParameter('actionsLimit', itemIndex, 10),
			'Actions Limit',
			1,
			transport_1.MAX_PAGE_SIZE.actions,
		);
	}
	const lead = await api.request({
		method: 'GET',
		path: ['lead', leadId],
		qs,
		itemIndex,
	});
	const simplify = parameters_1.readSimplify.call(this, itemIndex);
	const shaped = await output.leadRow(lead, simplify, leadId);
	if (Array.isArray(lead.actions)) {
		shaped.actions = await Promise.all(lead.actions.map(async (a) => await output.action(a)));
	}
	return shaped;
}
exports.parallelItems = true;
exports.leadKey = lookups_1.leadLocatorKey;
//# sourceMappingURL=get.operation.js.map
