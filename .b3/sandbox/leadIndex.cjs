'use strict';
Object.defineProperty(exports, '__esModule', { value: true });
exports.identifierKey = identifierKey;
exports.leadIndex = leadIndex;
exports.addLead = addLead;
exports.findLead = findLead;
exports.identifierField = identifierField;
const common_cjs_1 = require('./common.cjs');
const validation_cjs_1 = require('./validation.cjs');
const indexes = new WeakMap();
function identifierKey(state, value) {
	const def = identifierField(state);
	if (def.type === 'PHONE')
		return (
			(0, validation_cjs_1.normalisePhone)(typeof value === 'number' ? String(value) : value) ??
			String(value)
		);
	return String(value).trim().toLowerCase();
}
function leadIndex(state) {
	let index = indexes.get(state);
	if (!index) {
		const def = identifierField(state);
		index = { byId: new Map(), byIdentifier: new Map() };
		for (const lead of state.leads) {
			index.byId.set(lead.id, lead);
			index.byIdentifier.set(identifierKey(state, lead.fields[def.apiName]), lead);
		}
		indexes.set(state, index);
	}
	return index;
}
function addLead(state, lead) {
	state.leads.push(lead);
	const index = leadIndex(state);
	index.byId.set(lead.id, lead);
	index.byIdentifier.set(identifierKey(state, lead.fields[identifierField(state).apiName]), lead);
}
function findLead(req, message) {
	const id = req.params[0];
	const lead = leadIndex(req.state).byId.get(id);
	if (!lead)
		throw new common_cjs_1.ApiError(
			404,
			'LEAD_NOT_FOUND',
			message ?? `Lead with ID ${id} was not found.`,
		);
	return lead;
}
function identifierField(state) {
	return state.fields.find((f) => f.isLeadid);
}
//# sourceMappingURL=leadIndex.cjs.map
