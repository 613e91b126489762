'use strict';
Object.defineProperty(exports, '__esModule', { value: true });
exports.anyOf = anyOf;
exports.listOf = listOf;
exports.memberEmails = memberEmails;
exports.pinnedWindow = pinnedWindow;
const dates_1 = require('./dates');
const valueConversion_1 = require('./valueConversion');
function anyOf(values) {
	const list = (Array.isArray(values) ? values : [values]).filter(
		(v) => v !== '' && v !== undefined && v !== null,
	);
	if (list.length === 0) return undefined;
	return list.length === 1 ? list[0] : list;
}
function listOf(values) {
	const list = Array.isArray(values) ? values : String(values ?? '').split(',');
	return [...new Set(list.map((v) => String(v).trim()).filter(Boolean))];
}
function memberEmails(values, name) {
	return listOf(values).map((value) =>
		(0, valueConversion_1.requiredWireValue)({ apiName: name, type: 'EMAIL' }, value),
	);
}
function pinnedWindow(from, to, names, pinTo) {
	const window = (0, dates_1.timeWindow)(from, to, names) ?? {};
	if (pinTo !== undefined && window.to === undefined) window.to = pinTo;
	return Object.keys(window).length ? window : undefined;
}
//# sourceMappingURL=filterValues.js.map
