'use strict';
Object.defineProperty(exports, '__esModule', { value: true });
exports.readLeadLocator = readLeadLocator;
exports.readLeadId = readLeadId;
exports.readLeadInput = readLeadInput;
exports.readMappedIdentifier = readMappedIdentifier;
exports.readMemberEmail = readMemberEmail;
exports.readRowsWanted = readRowsWanted;
exports.readMapped = readMapped;
exports.readActionEntries = readActionEntries;
exports.failsOnIgnored = failsOnIgnored;
exports.readSimplify = readSimplify;
const common_descriptions_1 = require('./common.descriptions');
const leadLocator_1 = require('../helpers/leads/leadLocator');
const leadWrites_1 = require('../helpers/leads/leadWrites');
const invalidValue_1 = require('../helpers/values/invalidValue');
const mapper_1 = require('../helpers/values/mapper');
const valueConversion_1 = require('../helpers/values/valueConversion');
const fieldValues_1 = require('../helpers/workspace/fieldValues');
function readLeadLocator(itemIndex) {
	return this.getNodeParameter(common_descriptions_1.leadLocator.name, itemIndex);
}
async function readLeadId(itemIndex, { leads }) {
	return await (0, leadLocator_1.resolveLeadId)(
		leads,
		readLeadLocator.call(this, itemIndex),
		itemIndex,
	);
}
async function readLeadInput(itemIndex, workspace) {
	return await (0, leadWrites_1.leadInput)(workspace, readMapped.call(this, 'fields', itemIndex));
}
async function readMappedIdentifier(itemIndex, { workspace, leads }) {
	const identifier = await workspace.identifierField();
	const mapped = (0, mapper_1.pickMapped)(readMapped.call(this, 'fields', itemIndex), [
		identifier.apiName,
	]);
	return await leads.storedForm(mapped[identifier.apiName]);
}
function readMemberEmail(itemIndex) {
	const locator = this.getNodeParameter(common_descriptions_1.memberLocator.name, itemIndex);
	return (0, valueConversion_1.requiredWireValue)(
		{ apiName: common_descriptions_1.memberLocator.displayName, type: 'EMAIL' },
		locator.value,
	);
}
function readRowsWanted(itemIndex) {
	const returnAll = this.getNodeParameter('returnAll', itemIndex, false);
	return (0, invalidValue_1.rowsWanted)(
		returnAll,
		returnAll ? undefined : this.getNodeParameter('limit', itemIndex, 50),
	);
}
function readMapped(name, itemIndex) {
	const mapper = this.getNodeParameter(name, itemIndex, {
		mappingMode: 'defineBelow',
		value: null,
	});
	return { mapper, item: this.getInputData()[itemIndex].json };
}
async function readActionEntries(name, itemIndex, workspace) {
	const collection = this.getNodeParameter(name, itemIndex, {});
	return await (0, fieldValues_1.convertActionEntries)(workspace, collection, itemIndex);
}
function failsOnIgnored(itemIndex) {
	return (
		this.getNodeParameter(common_descriptions_1.onIgnoredProperty.name, itemIndex, 'keep') ===
		'fail'
	);
}
function readSimplify(itemIndex) {
	return this.getNodeParameter(common_descriptions_1.simplifyProperty.name, itemIndex, true);
}
//# sourceMappingURL=parameters.js.map
