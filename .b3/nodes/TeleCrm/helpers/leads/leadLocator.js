'use strict';
Object.defineProperty(exports, '__esModule', { value: true });
exports.resolveLeadId = resolveLeadId;
const invalidValue_1 = require('../values/invalidValue');
const rows_1 = require('../values/rows');
const valueConversion_1 = require('../values/valueConversion');
async function resolveLeadId(leads, locator, itemIndex) {
	const value = String(locator.value ?? '').trim();
	if (!value) {
		throw new invalidValue_1.ItemError(
			'Lead is empty',
			'Give the lead ID, or its identifier value (phone by default).',
		);
	}
	if (locator.mode !== 'identifier') return value;
	const identifier = await leads.workspace.identifierField();
	const row = await leads.find(
		String((0, valueConversion_1.toWireValue)(identifier, value)),
		itemIndex,
	);
	if (!row) {
		throw new invalidValue_1.ItemError(
			`No lead has ${identifier.apiName} = "${value}"`,
			'Check the value, or create the lead first (operation "Create or Update").',
		);
	}
	const id = (0, rows_1.leadIdOf)(row);
	if (!id) {
		throw new invalidValue_1.ItemError(
			'TeleCRM found the lead but its search result has no lead ID',
			'Your workspace does not return lead IDs in search results; pick the lead "By ID" instead.',
		);
	}
	return id;
}
//# sourceMappingURL=leadLocator.js.map
