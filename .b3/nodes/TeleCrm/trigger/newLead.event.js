'use strict';
Object.defineProperty(exports, '__esModule', { value: true });
exports.nothingYet = exports.properties = exports.option = void 0;
exports.poll = poll;
exports.sample = sample;
const common_descriptions_1 = require('../actions/common.descriptions');
const leadSearch_1 = require('../helpers/leads/leadSearch');
const rows_1 = require('../helpers/values/rows');
exports.option = { name: 'New Lead', description: 'A lead was created (one item per lead)' };
exports.properties = [
	{
		displayName: 'Filters',
		name: 'leadFilters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		description: 'Only leads matching every filter start the workflow',
		options: common_descriptions_1.leadFilterOptions.filter(
			(o) => !['createdAfter', 'createdBefore'].includes(o.name),
		),
	},
];
exports.nothingYet = 'No lead matches';
const timeOf = (row) => Number(row.created_on ?? row.fields?.created_on ?? 0);
async function leadsIn(scope, window, limit) {
	const filters = { ...this.getNodeParameter('leadFilters', {}) };
	if (window) Object.assign(filters, { createdAfter: window.from, createdBefore: window.to });
	const rows = await (0, leadSearch_1.searchLeadRows)(
		scope.api,
		scope.workspace,
		{ filters },
		limit,
	);
	const found = [];
	for (const row of rows) {
		const id = (0, rows_1.leadIdOf)(row);
		if (!id) continue;
		const item = async () => (await scope.output.searchRows([row], true))[0];
		found.push({ id, at: timeOf(row), item });
	}
	return found;
}
async function poll(scope, window) {
	return await leadsIn.call(this, scope, window, Infinity);
}
async function sample(scope) {
	return await leadsIn.call(this, scope, undefined, 1);
}
//# sourceMappingURL=newLead.event.js.map
