'use strict';
Object.defineProperty(exports, '__esModule', { value: true });
exports.sameStoredValue = sameStoredValue;
exports.differingFields = differingFields;
function sameStoredValue(sent, stored) {
	if (Array.isArray(sent)) {
		if (!Array.isArray(stored) || stored.length !== sent.length) return false;
		const have = new Set(stored.map((v) => String(v).trim().toLowerCase()));
		return sent.every((v) => have.has(String(v).trim().toLowerCase()));
	}
	if (stored === undefined || stored === null) return false;
	if (typeof sent === 'number' || typeof stored === 'number')
		return Number(sent) === Number(stored);
	return String(sent).trim().toLowerCase() === String(stored).trim().toLowerCase();
}
function differingFields(sent, stored) {
	return Object.keys(sent).filter((key) => !sameStoredValue(sent[key], stored[key]));
}
//# sourceMappingURL=storedValues.js.map
