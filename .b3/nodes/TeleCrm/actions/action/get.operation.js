'use strict';
Object.defineProperty(exports, '__esModule', { value: true });
exports.leadKey = exports.parallelItems = exports.description = void 0;
exports.execute = execute;
const n8n_workflow_1 = require('n8n-workflow');
const properties_1 = require('./properties');
const lookups_1 = require('../lookups');
const parameters_1 = require('../parameters');
const common_descriptions_1 = require('../common.descriptions');
const properties = [common_descriptions_1.leadLocator, properties_1.actionIdProperty];
exports.description = (0, n8n_workflow_1.updateDisplayOptions)(
	{ show: { resource: ['action'], operation: ['get'] } },
	properties,
);
async function execute(itemIndex, scope) {
	const { api, output } = scope;
	const leadId = await parameters_1.readLeadId.call(this, itemIndex, scope);
	const actionId = String(this.getNodeParameter('actionId', itemIndex)).trim();
	const action = await api.request({
		method: 'GET',
		path: ['lead', leadId, 'action', actionId],
		itemIndex,
	});
	return { lead_id: leadId, action_id: actionId, ...(await output.action(action)) };
}
exports.parallelItems = true;
exports.leadKey = lookups_1.leadLocatorKey;
//# sourceMappingURL=get.operation.js.map
