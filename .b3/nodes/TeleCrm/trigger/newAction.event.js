'use strict';
Object.defineProperty(exports, '__esModule', { value: true });
exports.nothingYet = exports.properties = exports.option = void 0;
exports.actionsIn = actionsIn;
exports.poll = poll;
exports.sample = sample;
exports.newestAction = newestAction;
const common_descriptions_1 = require('../actions/common.descriptions');
const leadSearch_1 = require('../helpers/leads/leadSearch');
const timeline_1 = require('../helpers/leads/timeline');
const filterValues_1 = require('../helpers/values/filterValues');
const rows_1 = require('../helpers/values/rows');
exports.option = {
	name: 'New Action',
	description:
		'An action was logged on any lead: a custom action, payment, call or message (one item per action)',
};
exports.properties = [
	{
		displayName: 'Filters',
		name: 'actionFilters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		options: [common_descriptions_1.actionTypesFilter, common_descriptions_1.performedByFilter],
	},
];
exports.nothingYet = 'No lead has an action matching';
const SAMPLE_WINDOWS_DAYS = [1, 7, 30, 365, Infinity];
const SAMPLE_LEADS = 20;
const timeOf = (row) => Number(row.created_on ?? 0);
function readFilters() {
	const filters = this.getNodeParameter('actionFilters', {});
	const performedBy = (0, filterValues_1.memberEmails)(filters.performedBy ?? [], 'Performed By');
	return { types: (0, filterValues_1.listOf)(filters.types), performedBy };
}
async function actionsIn(scope, { types, performedBy }, window, limits) {
	const leadFilters = { actionTypes: types, performedBy };
	if (window)
		Object.assign(leadFilters, { performedAfter: window.from, performedBefore: window.to });
	const plan = { filters: leadFilters };
	const leads = await (0, leadSearch_1.searchLeadRows)(
		scope.api,
		scope.workspace,
		plan,
		limits.leads,
	);
	const body = {};
	if (window) body.created_on = { ...window };
	const performer = (0, filterValues_1.anyOf)(performedBy);
	if (performer !== undefined) body.performed_by = performer;
	const found = [];
	for (const lead of leads) {
		const leadId = (0, rows_1.leadIdOf)(lead);
		if (!leadId) continue;
		const limit = limits.actionsPerLead;
		for (const row of await (0, timeline_1.searchTimeline)(scope.api, leadId, {
			body,
			types,
			limit,
		})) {
			const id = (0, rows_1.actionIdOf)(row);
			if (!id) continue;
			const item = async () => ({ lead_id: leadId, ...(await scope.output.action(row)) });
			found.push({ id, at: timeOf(row), item });
		}
	}
	return found;
}
async function poll(scope, window) {
	const all = { leads: Infinity, actionsPerLead: Infinity };
	return await actionsIn(scope, readFilters.call(this), window, all);
}
async function sample(scope) {
	return await newestAction(scope, readFilters.call(this));
}
async function newestAction(scope, filters) {
	const now = Date.now();
	for (const days of SAMPLE_WINDOWS_DAYS) {
		const window = days === Infinity ? undefined : { from: now - days * 86_400_000, to: now };
		const limits = { leads: SAMPLE_LEADS, actionsPerLead: 1 };
		const found = await actionsIn(scope, filters, window, limits);
		if (found.length) return found.sort((a, b) => b.at - a.at).slice(0, 1);
	}
	return [];
}
//# sourceMappingURL=newAction.event.js.map
