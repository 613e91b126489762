'use strict';
Object.defineProperty(exports, '__esModule', { value: true });
exports.leadInput = leadInput;
exports.requireIdentifier = requireIdentifier;
exports.createLead = createLead;
exports.updateLead = updateLead;
exports.withoutIdentifier = withoutIdentifier;
const invalidValue_1 = require('../values/invalidValue');
const mapper_1 = require('../values/mapper');
const rows_1 = require('../values/rows');
const valueConversion_1 = require('../values/valueConversion');
const fieldValues_1 = require('../workspace/fieldValues');
const transport_1 = require('../../transport');
async function leadInput(workspace, mapped) {
	const specs = await workspace.customFields();
	const raw = (0, mapper_1.pickMapped)(
		mapped,
		specs.map((s) => s.apiName),
	);
	const fields = await (0, fieldValues_1.convertFields)(workspace, specs, raw);
	return { fields, identifier: (await workspace.identifierField()).apiName };
}
async function requireIdentifier(input, workspace, itemIndex) {
	const value = input.fields[input.identifier];
	if (value === undefined) {
		const kind = (0, valueConversion_1.fieldKind)((await workspace.identifierField()).type);
		throw new invalidValue_1.ItemError(
			`Item ${itemIndex}: the lead identifier "${input.identifier}" is empty`,
			`Map a value to "${input.identifier}": ${valueConversion_1.ACCEPTED[kind]}.`,
		);
	}
	return String(value);
}
async function createLead(api, leads, input, actions, itemIndex) {
	const request = {
		method: 'POST',
		path: ['lead'],
		body: actions.length ? { fields: input.fields, actions } : { fields: input.fields },
		itemIndex,
	};
	const find = async () => {
		const row = await leads.refresh(String(input.fields[input.identifier]), itemIndex);
		const leadId = row && (0, rows_1.leadIdOf)(row);
		return leadId ? { lead_id: leadId, actions: [], remarks: [] } : undefined;
	};
	return await (0, transport_1.createOnce)(api, request, find);
}
async function updateLead(api, leadId, fields, actions, itemIndex) {
	const result = {};
	if (Object.keys(fields).length) {
		const updated = await api.request({
			method: 'POST',
			path: ['lead', leadId],
			body: { fields },
			itemIndex,
		});
		result.fields = updated.fields;
	}
	if (actions.length) {
		result.actionsResponse = await api.request({
			method: 'POST',
			path: ['lead', leadId, 'action'],
			body: { actions },
			itemIndex,
			idempotent: false,
		});
	}
	return result;
}
function withoutIdentifier(fields, identifier) {
	const rest = { ...fields };
	delete rest[identifier];
	return rest;
}
//# sourceMappingURL=leadWrites.js.map
