'use strict';
Object.defineProperty(exports, '__esModule', { value: true });
exports.parallelItems = exports.description = void 0;
exports.readNewLead = readNewLead;
exports.createNewLead = createNewLead;
exports.execute = execute;
const n8n_workflow_1 = require('n8n-workflow');
const leadWrites_1 = require('../../helpers/leads/leadWrites');
const writeOutcome_1 = require('../../helpers/workspace/writeOutcome');
const parameters_1 = require('../parameters');
const common_descriptions_1 = require('../common.descriptions');
const properties = [
	(0, common_descriptions_1.fieldMapper)('fields', 'Lead Fields', 'getLeadFieldColumns', [
		'operation',
	]),
	(0, common_descriptions_1.actionEntriesProperty)(
		'actions',
		'Actions to Add',
		'Custom actions and payments recorded on the new lead',
	),
	common_descriptions_1.onIgnoredProperty,
];
exports.description = (0, n8n_workflow_1.updateDisplayOptions)(
	{ show: { resource: ['lead'], operation: ['create'] } },
	properties,
);
async function readNewLead(itemIndex, workspace) {
	const input = await parameters_1.readLeadInput.call(this, itemIndex, workspace);
	const key = await (0, leadWrites_1.requireIdentifier)(input, workspace, itemIndex);
	const actions = await parameters_1.readActionEntries.call(this, 'actions', itemIndex, workspace);
	return { input, key, actions };
}
async function createNewLead(itemIndex, { api, leads, output }, { input, key, actions }) {
	const response = await (0, leadWrites_1.createLead)(api, leads, input, actions, itemIndex);
	if (response.lead_id) leads.remember(key, String(response.lead_id));
	return await (0, writeOutcome_1.writeOutcome)(output, response, {
		itemIndex,
		actions,
		fields: input.fields,
		extra: { result: 'created' },
		failOnIgnored: parameters_1.failsOnIgnored.call(this, itemIndex),
	});
}
async function execute(itemIndex, scope) {
	const lead = await readNewLead.call(this, itemIndex, scope.workspace);
	return await createNewLead.call(this, itemIndex, scope, lead);
}
exports.parallelItems = true;
//# sourceMappingURL=create.operation.js.map
