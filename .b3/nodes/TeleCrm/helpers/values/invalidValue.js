'use strict';
Object.defineProperty(exports, '__esModule', { value: true });
exports.ItemError = exports.InvalidValueError = void 0;
exports.showValue = showValue;
exports.wholeNumber = wholeNumber;
exports.rowsWanted = rowsWanted;
class InvalidValueError extends Error {
	field;
	value;
	accepted;
	constructor(field, value, accepted) {
		super(`Field "${field}" has a value TeleCRM would not accept: ${showValue(value)}`);
		this.field = field;
		this.value = value;
		this.accepted = accepted;
		this.name = 'InvalidValueError';
	}
}
exports.InvalidValueError = InvalidValueError;
function showValue(value) {
	let text;
	try {
		text =
			typeof value === 'string' ? JSON.stringify(value) : String(JSON.stringify(value) ?? value);
	} catch {
		text = String(value);
	}
	return text.length > 80 ? text.slice(0, 80) + '…' : text;
}
function wholeNumber(value, name, min, max = Number.MAX_SAFE_INTEGER) {
	const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
	if (typeof n !== 'number' || !Number.isInteger(n) || n < min || n > max) {
		const range = max === Number.MAX_SAFE_INTEGER ? `${min} or more` : `${min} to ${max}`;
		throw new InvalidValueError(name, value, `a whole number, ${range}`);
	}
	return n;
}
function rowsWanted(returnAll, limit) {
	return returnAll ? Infinity : wholeNumber(limit, 'Limit', 1);
}
class ItemError extends Error {
	fix;
	constructor(message, fix) {
		super(message);
		this.fix = fix;
		this.name = 'ItemError';
	}
}
exports.ItemError = ItemError;
//# sourceMappingURL=invalidValue.js.map
