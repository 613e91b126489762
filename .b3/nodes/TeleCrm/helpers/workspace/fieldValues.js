'use strict';
Object.defineProperty(exports, '__esModule', { value: true });
exports.labelsFor = labelsFor;
exports.convertFields = convertFields;
exports.customActionFields = customActionFields;
exports.convertActionEntries = convertActionEntries;
const customActions_1 = require('../values/customActions');
const actionEntries_1 = require('../values/actionEntries');
const invalidValue_1 = require('../values/invalidValue');
const valueConversion_1 = require('../values/valueConversion');
async function labelsFor(workspace, specs, values) {
	const kinds = new Set();
	for (const key of Object.keys(values))
		kinds.add((0, valueConversion_1.fieldKind)(specs.find((s) => s.apiName === key)?.type));
	const labels = {};
	for (const kind of ['status', 'lostReason']) {
		if (kinds.has(kind)) labels[kind] = await workspace.labels(kind);
	}
	return (kind) => labels[kind];
}
async function convertFields(workspace, specs, values) {
	return (0, valueConversion_1.toWireFields)(
		specs,
		values,
		await labelsFor(workspace, specs, values),
	);
}
async function customActionFields(workspace, code, values) {
	const definition = await workspace.customAction(code);
	const specs = Object.entries(definition.fieldSchema ?? {}).map(([apiName, def]) => ({
		apiName,
		type: def.type,
	}));
	for (const key of Object.keys(values)) {
		if (!specs.some((s) => s.apiName === key)) {
			throw new invalidValue_1.InvalidValueError(
				key,
				values[key],
				`a field of ${definition.displayName}: ${specs.map((s) => s.apiName).join(', ')}`,
			);
		}
	}
	return await convertFields(workspace, specs, values);
}
async function convertActionEntries(workspace, collection, itemIndex) {
	const actions = [];
	const custom = collection.custom ?? [];
	for (const [n, entry] of custom.entries()) {
		const code = (0, customActions_1.bareActionCode)(String(entry.type ?? ''));
		if (!code)
			throw new invalidValue_1.InvalidValueError(
				`custom action ${n + 1}`,
				entry.type,
				'a custom action from the list',
			);
		const fields = await customActionFields(
			workspace,
			code,
			(0, actionEntries_1.entryFieldValues)(entry, code, itemIndex),
		);
		actions.push({ type: code, fields });
	}
	const payments = collection.payment ?? [];
	payments.forEach((p, n) =>
		actions.push((0, actionEntries_1.paymentAction)(p, `payment ${n + 1}`)),
	);
	return actions;
}
//# sourceMappingURL=fieldValues.js.map
