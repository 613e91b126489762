'use strict';
Object.defineProperty(exports, '__esModule', { value: true });
exports.leadKey = exports.parallelItems = exports.description = void 0;
exports.execute = execute;
const n8n_workflow_1 = require('n8n-workflow');
const leadWrites_1 = require('../../helpers/leads/leadWrites');
const lookups_1 = require('../lookups');
const parameters_1 = require('../parameters');
const common_descriptions_1 = require('../common.descriptions');
const properties = [
	common_descriptions_1.leadLocator,
	(0, common_descriptions_1.fieldMapper)('fields', 'Lead Fields', 'getLeadFieldColumns', [
		'operation',
	]),
];
exports.description = (0, n8n_workflow_1.updateDisplayOptions)(
	{ show: { resource: ['lead'], operation: ['update'] } },
	properties,
);
async function execute(itemIndex, scope) {
	const { api, workspace, output } = scope;
	const leadId = await parameters_1.readLeadId.call(this, itemIndex, scope);
	const input = await parameters_1.readLeadInput.call(this, itemIndex, workspace);
	const fields = (0, leadWrites_1.withoutIdentifier)(input.fields, input.identifier);
	if (!Object.keys(fields).length) {
		throw new n8n_workflow_1.NodeOperationError(
			this.getNode(),
			`Item ${itemIndex}: no lead field to update`,
			{
				itemIndex,
				description:
					'Map at least one field other than the identifier (TeleCRM does not let the identifier change).',
			},
		);
	}
	const { fields: stored } = await (0, leadWrites_1.updateLead)(api, leadId, fields, [], itemIndex);
	const extra = { result: 'updated' };
	if (input.identifier in input.fields) {
		extra.skipped = [
			`${input.identifier}: the lead identifier cannot be changed, so it was not sent`,
		];
	}
	return await output.lead(leadId, stored ?? fields, extra);
}
exports.parallelItems = true;
exports.leadKey = lookups_1.leadLocatorKey;
//# sourceMappingURL=update.operation.js.map
