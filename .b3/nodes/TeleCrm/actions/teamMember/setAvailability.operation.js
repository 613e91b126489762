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
		displayName: 'Availability',
		name: 'state',
		type: 'options',
		options: [
			{ name: 'Active', value: 'Active' },
			{ name: 'Inactive', value: 'Inactive' },
			{ name: 'On Leave', value: 'On Leave' },
			{ name: 'Working', value: 'Working' },
		],
		default: 'Working',
		description: 'Availability feeds lead distribution rules',
	},
];
exports.description = (0, n8n_workflow_1.updateDisplayOptions)(
	{ show: { resource: ['teamMember'], operation: ['setAvailability'] } },
	properties,
);
async function execute(itemIndex, { api }) {
	const email = parameters_1.readMemberEmail.call(this, itemIndex);
	const state = this.getNodeParameter('state', itemIndex);
	return await api.request({
		method: 'POST',
		path: ['teammember', 'state_change'],
		body: { state, email },
		itemIndex,
	});
}
exports.parallelItems = true;
//# sourceMappingURL=setAvailability.operation.js.map
