'use strict';
Object.defineProperty(exports, '__esModule', { value: true });
exports.leadKey = exports.parallelItems = exports.description = void 0;
exports.execute = execute;
const n8n_workflow_1 = require('n8n-workflow');
const nodeErrors_1 = require('../../helpers/nodeErrors');
const actionEntries_1 = require('../../helpers/values/actionEntries');
const customActions_1 = require('../../helpers/values/customActions');
const mapper_1 = require('../../helpers/values/mapper');
const fieldValues_1 = require('../../helpers/workspace/fieldValues');
const writeOutcome_1 = require('../../helpers/workspace/writeOutcome');
const transport_1 = require('../../transport');
const properties_1 = require('./properties');
const lookups_1 = require('../lookups');
const parameters_1 = require('../parameters');
const common_descriptions_1 = require('../common.descriptions');
const properties = [
	common_descriptions_1.leadLocator,
	properties_1.actionTypeProperty,
	{
		...(0, common_descriptions_1.fieldMapper)(
			'actionFields',
			'Action Fields',
			'getActionFieldColumns',
			['actionType'],
		),
		required: false,
		displayOptions: { hide: { actionType: [customActions_1.PAYMENT] } },
	},
	...(0, common_descriptions_1.paymentProperties)('payment').map((p) => ({
		...p,
		displayOptions: { show: { actionType: [customActions_1.PAYMENT] } },
	})),
	(0, common_descriptions_1.actionEntriesProperty)(
		'additionalActions',
		'Additional Actions',
		'More custom actions and payments for the same lead, sent in the same request',
	),
	common_descriptions_1.onIgnoredProperty,
];
exports.description = (0, n8n_workflow_1.updateDisplayOptions)(
	{ show: { resource: ['action'], operation: ['create'] } },
	properties,
);
async function mainAction(itemIndex, workspace) {
	const type = (0, customActions_1.bareActionCode)(
		String(this.getNodeParameter('actionType', itemIndex)),
	);
	if (type === customActions_1.PAYMENT) {
		const values = {};
		for (const key of ['status', 'currency', 'amount', 'paymentId']) {
			values[key] = this.getNodeParameter(
				`payment${key.charAt(0).toUpperCase()}${key.slice(1)}`,
				itemIndex,
				'',
			);
		}
		return (0, actionEntries_1.paymentAction)(values, 'payment');
	}
	const schema = (await workspace.customAction(type)).fieldSchema ?? {};
	const raw = (0, mapper_1.pickMapped)(
		parameters_1.readMapped.call(this, 'actionFields', itemIndex),
		Object.keys(schema),
	);
	return { type, fields: await (0, fieldValues_1.customActionFields)(workspace, type, raw) };
}
async function execute(itemIndex, scope) {
	const { api, workspace } = scope;
	const leadId = await parameters_1.readLeadId.call(this, itemIndex, scope);
	const actions = [
		await mainAction.call(this, itemIndex, workspace),
		...(await parameters_1.readActionEntries.call(this, 'additionalActions', itemIndex, workspace)),
	];
	let response;
	try {
		response = await api.request({
			method: 'POST',
			path: ['lead', leadId, 'action'],
			body: { actions },
			itemIndex,
			idempotent: false,
		});
	} catch (error) {
		if (!(0, transport_1.isAnswerLost)(error))
			throw (0, nodeErrors_1.toNodeError)(this.getNode(), error, itemIndex);
		const advice =
			"TeleCRM may have recorded the actions. Check the lead's timeline (Action > Search) before running this item again.";
		throw (0, nodeErrors_1.lostAnswerError)(this.getNode(), error, itemIndex, advice);
	}
	return await (0, writeOutcome_1.writeOutcome)(scope.output, response, {
		itemIndex,
		actions,
		failOnIgnored: parameters_1.failsOnIgnored.call(this, itemIndex),
	});
}
exports.parallelItems = true;
exports.leadKey = lookups_1.leadLocatorKey;
//# sourceMappingURL=create.operation.js.map
