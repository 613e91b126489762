'use strict';
Object.defineProperty(exports, '__esModule', { value: true });
exports.parallelItems = exports.description = void 0;
exports.leadKey = leadKey;
exports.execute = execute;
const n8n_workflow_1 = require('n8n-workflow');
const leadWrites_1 = require('../../helpers/leads/leadWrites');
const nodeErrors_1 = require('../../helpers/nodeErrors');
const invalidValue_1 = require('../../helpers/values/invalidValue');
const rows_1 = require('../../helpers/values/rows');
const writeOutcome_1 = require('../../helpers/workspace/writeOutcome');
const transport_1 = require('../../transport');
const parameters_1 = require('../parameters');
const create_operation_1 = require('./create.operation');
const common_descriptions_1 = require('../common.descriptions');
const matchStrategyProperty = {
	displayName: 'Match Strategy',
	name: 'matchStrategy',
	type: 'options',
	noDataExpression: true,
	options: [
		{
			name: 'Automatic',
			value: 'auto',
			description:
				'Create First when the execution has one item (a form, a webhook), Look Up First when it has several',
		},
		{
			name: 'Look Up First',
			value: 'lookUpFirst',
			description:
				"Look every item's lead up before writing (one search per 100 items), then update or create it",
		},
		{
			name: 'Create First',
			value: 'createFirst',
			description:
				'Send the create; when the lead exists already (409), look it up and update it. Cheapest when most leads are new.',
		},
	],
	default: 'auto',
	description: 'How the lead is matched by its identifier: the number of requests differs',
};
const properties = [
	(0, common_descriptions_1.fieldMapper)(
		'fields',
		'Lead Fields',
		'getLeadFieldColumns',
		['operation'],
		'upsert',
	),
	(0, common_descriptions_1.actionEntriesProperty)(
		'actions',
		'Actions to Add',
		'Custom actions and payments recorded on the lead, new or existing',
	),
	matchStrategyProperty,
	common_descriptions_1.onIgnoredProperty,
];
exports.description = (0, n8n_workflow_1.updateDisplayOptions)(
	{ show: { resource: ['lead'], operation: ['upsert'] } },
	properties,
);
function strategyOf(itemIndex) {
	const chosen = this.getNodeParameter('matchStrategy', itemIndex, 'auto');
	if (chosen !== 'auto') return chosen;
	return this.getInputData().length === 1 ? 'createFirst' : 'lookUpFirst';
}
function idOfFound(row, itemIndex) {
	const id = (0, rows_1.leadIdOf)(row);
	if (!id) {
		throw new invalidValue_1.ItemError(
			`Item ${itemIndex}: the lead exists but TeleCRM's search gave no lead ID`,
			'This workspace does not return lead IDs in search results, so the lead cannot be updated by identifier.',
		);
	}
	return id;
}
async function leadKey(itemIndex, scope) {
	const value = await parameters_1.readMappedIdentifier.call(this, itemIndex, scope);
	if (value === undefined) return undefined;
	return { value, lookUp: strategyOf.call(this, itemIndex) === 'lookUpFirst' };
}
async function update({ api, output }, itemIndex, leadId, fields, actions) {
	const { fields: stored, actionsResponse } = await (0, leadWrites_1.updateLead)(
		api,
		leadId,
		fields,
		actions,
		itemIndex,
	);
	const response = { lead_id: leadId, ...(actionsResponse ?? {}) };
	return await (0, writeOutcome_1.writeOutcome)(output, response, {
		itemIndex,
		actions,
		fields: stored ?? fields,
		extra: { result: 'updated' },
		failOnIgnored: parameters_1.failsOnIgnored.call(this, itemIndex),
	});
}
async function execute(itemIndex, scope) {
	const { leads } = scope;
	const lead = await create_operation_1.readNewLead.call(this, itemIndex, scope.workspace);
	const { input, key, actions } = lead;
	const changes = (0, leadWrites_1.withoutIdentifier)(input.fields, input.identifier);
	const found =
		strategyOf.call(this, itemIndex) === 'lookUpFirst'
			? await leads.find(key, itemIndex)
			: await leads.known(key);
	if (found) {
		const leadId = idOfFound(found, itemIndex);
		return await update.call(this, scope, itemIndex, leadId, changes, actions);
	}
	try {
		return await create_operation_1.createNewLead.call(this, itemIndex, scope, lead);
	} catch (error) {
		if (!(0, transport_1.hasHttpCode)(error, '409'))
			throw (0, nodeErrors_1.toNodeError)(this.getNode(), error, itemIndex);
		const existing = await leads.refresh(key, itemIndex);
		if (!existing) throw (0, nodeErrors_1.toNodeError)(this.getNode(), error, itemIndex);
		const leadId = idOfFound(existing, itemIndex);
		leads.remember(key, leadId);
		return await update.call(this, scope, itemIndex, leadId, changes, actions);
	}
}
exports.parallelItems = true;
//# sourceMappingURL=upsert.operation.js.map
