'use strict';
Object.defineProperty(exports, '__esModule', { value: true });
exports.leadKey = exports.parallelItems = exports.description = void 0;
exports.execute = execute;
const n8n_workflow_1 = require('n8n-workflow');
const customActions_1 = require('../../helpers/values/customActions');
const mapper_1 = require('../../helpers/values/mapper');
const fieldValues_1 = require('../../helpers/workspace/fieldValues');
const properties_1 = require('./properties');
const lookups_1 = require('../lookups');
const parameters_1 = require('../parameters');
const common_descriptions_1 = require('../common.descriptions');
const properties = [
	common_descriptions_1.leadLocator,
	properties_1.actionIdProperty,
	{
		...properties_1.actionTypeProperty,
		description: 'The type the action already has (it cannot change)',
	},
	{
		...(0, common_descriptions_1.fieldMapper)(
			'actionFields',
			'Fields to Change',
			'getActionFieldColumns',
			['actionType'],
		),
		required: false,
		displayOptions: { hide: { actionType: [customActions_1.PAYMENT] } },
	},
	{
		displayName: 'Payment Status',
		name: 'paymentStatus',
		type: 'options',
		options: customActions_1.PAYMENT_STATUSES.map((s) => ({
			name: s.charAt(0) + s.slice(1).toLowerCase(),
			value: s,
		})),
		default: 'COMPLETED',
		description:
			'The only part of a payment that can change; to fix an amount, cancel the payment and create a new one',
		displayOptions: { show: { actionType: [customActions_1.PAYMENT] } },
	},
];
exports.description = (0, n8n_workflow_1.updateDisplayOptions)(
	{ show: { resource: ['action'], operation: ['update'] } },
	properties,
);
async function execute(itemIndex, scope) {
	const { api, workspace, output } = scope;
	const leadId = await parameters_1.readLeadId.call(this, itemIndex, scope);
	const actionId = String(this.getNodeParameter('actionId', itemIndex)).trim();
	const type = (0, customActions_1.bareActionCode)(
		String(this.getNodeParameter('actionType', itemIndex)),
	);
	let body;
	if (type === customActions_1.PAYMENT) {
		body = { type, status: this.getNodeParameter('paymentStatus', itemIndex) };
	} else {
		const schema = (await workspace.customAction(type)).fieldSchema ?? {};
		const fields = await (0, fieldValues_1.customActionFields)(
			workspace,
			type,
			(0, mapper_1.pickMapped)(
				parameters_1.readMapped.call(this, 'actionFields', itemIndex),
				Object.keys(schema),
			),
		);
		if (!Object.keys(fields).length) {
			throw new n8n_workflow_1.NodeOperationError(
				this.getNode(),
				`Item ${itemIndex}: no action field to change`,
				{
					itemIndex,
					description: 'Map at least one field of the custom action.',
				},
			);
		}
		body = { type, fields };
	}
	const action = await api.request({
		method: 'POST',
		path: ['lead', leadId, 'action', actionId],
		body,
		itemIndex,
	});
	return { lead_id: leadId, action_id: actionId, ...(await output.action(action)) };
}
exports.parallelItems = true;
exports.leadKey = lookups_1.leadLocatorKey;
//# sourceMappingURL=update.operation.js.map
