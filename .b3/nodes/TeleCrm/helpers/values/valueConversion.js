'use strict';
Object.defineProperty(exports, '__esModule', { value: true });
exports.ACCEPTED = void 0;
exports.fieldKind = fieldKind;
exports.toWireValue = toWireValue;
exports.tryWireValue = tryWireValue;
exports.toWireFields = toWireFields;
exports.requiredWireValue = requiredWireValue;
const dates_1 = require('./dates');
const invalidValue_1 = require('./invalidValue');
const KINDS = {
	TEXT: 'text',
	STRING: 'text',
	TEXTAREA: 'text',
	NUMBER: 'number',
	EMAIL: 'email',
	PHONE: 'phone',
	DATE: 'date',
	DATETIME: 'date',
	DROPDOWN: 'dropdown',
	TAGS: 'tags',
	TAG: 'tags',
	MONEY: 'money',
	CURRENCY: 'money',
	WEBSITE: 'website',
	URL: 'website',
	MEDIALINK: 'medialink',
	MEDIA: 'medialink',
	ACTIVEUSERS: 'activeUsers',
	ACTIVEUSER: 'activeUsers',
	USER: 'activeUsers',
	RATING: 'rating',
	STATUS: 'status',
	LOSTREASON: 'lostReason',
};
function fieldKind(type) {
	return (
		KINDS[
			String(type ?? '')
				.toUpperCase()
				.replace(/[^A-Z]/g, '')
		] ?? 'text'
	);
}
exports.ACCEPTED = {
	text: 'text or a number',
	number: 'a number, or a string holding one',
	email: 'an email address like jane@example.com',
	phone:
		'country code + number, e.g. 919876543210 or +91 98765 43210 (spaces and dashes are removed)',
	date: dates_1.DATE_FORMS,
	dropdown: 'an option label (a new label creates the option)',
	tags: 'an array of strings, or a comma-separated list',
	money: 'a non-negative number, or a string holding one (sent as a string)',
	website: 'an http(s) address',
	medialink: 'a publicly reachable http(s) address',
	activeUsers: 'the email of a team member',
	rating: 'a whole number from 1 to 5',
	status: 'the label of an active pipeline status',
	lostReason: 'the label of an active lost reason',
};
const EMAIL = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;
function isEmpty(value) {
	return (
		value === undefined || value === null || (typeof value === 'string' && value.trim() === '')
	);
}
function text(value) {
	if (typeof value === 'string') return value;
	if (typeof value === 'number' && Number.isFinite(value)) return String(value);
	return undefined;
}
function numeric(value) {
	if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
	if (typeof value === 'string' && /^\s*-?\d+(\.\d+)?\s*$/.test(value)) return Number(value);
	return undefined;
}
function httpUrl(value) {
	if (typeof value !== 'string') return undefined;
	try {
		const url = new URL(value.trim());
		return url.protocol === 'http:' || url.protocol === 'https:' ? value.trim() : undefined;
	} catch {
		return undefined;
	}
}
function label(value, labels) {
	const wanted = text(value)?.trim();
	if (!wanted) return undefined;
	if (!labels) return wanted;
	return (
		labels.active.find((l) => l === wanted) ??
		labels.active.find((l) => l.toLowerCase() === wanted.toLowerCase())
	);
}
const CONVERT = {
	text,
	number: numeric,
	email: (v) => (typeof v === 'string' && EMAIL.test(v.trim()) ? v.trim() : undefined),
	phone: (v) => {
		const raw = text(v);
		if (raw === undefined) return undefined;
		const digits = raw
			.trim()
			.replace(/^\+/, '')
			.replace(/[\s\-().]/g, '');
		return /^\d{8,15}$/.test(digits) ? digits : undefined;
	},
	date: dates_1.toEpochMs,
	dropdown: (v) => text(v)?.trim() || undefined,
	tags: (v) => {
		const list = Array.isArray(v) ? v : typeof v === 'string' ? v.split(',') : undefined;
		if (!list || !list.every((t) => typeof t === 'string' || typeof t === 'number'))
			return undefined;
		return list.map((t) => String(t).trim()).filter(Boolean);
	},
	money: (v) => {
		const n = numeric(v);
		return n === undefined || n < 0 ? undefined : typeof v === 'string' ? v.trim() : String(n);
	},
	website: httpUrl,
	medialink: httpUrl,
	activeUsers: (v) =>
		typeof v === 'string' && EMAIL.test(v.trim()) ? v.trim().toLowerCase() : undefined,
	rating: (v) => {
		const n = numeric(v);
		return n !== undefined && Number.isInteger(n) && n >= 1 && n <= 5 ? n : undefined;
	},
	status: label,
	lostReason: label,
};
function toWireValue(spec, value, labels) {
	if (isEmpty(value)) return undefined;
	const converted = tryWireValue(spec, value, labels);
	if (converted === undefined) {
		const kind = fieldKind(spec.type);
		const known =
			labels && (kind === 'status' || kind === 'lostReason') ? `: ${labels.active.join(', ')}` : '';
		throw new invalidValue_1.InvalidValueError(spec.apiName, value, exports.ACCEPTED[kind] + known);
	}
	return converted;
}
function tryWireValue(spec, value, labels) {
	const kind = fieldKind(spec.type);
	if (
		typeof value === 'boolean' ||
		(typeof value === 'object' && value !== null && kind !== 'tags' && kind !== 'date')
	) {
		return undefined;
	}
	return CONVERT[kind](value, labels);
}
function toWireFields(specs, values, labelsFor) {
	const out = {};
	for (const [key, value] of Object.entries(values)) {
		const spec = specs.find((s) => s.apiName === key) ?? { apiName: key };
		const converted = toWireValue(spec, value, labelsFor(fieldKind(spec.type)));
		if (converted !== undefined) out[key] = converted;
	}
	return out;
}
function requiredWireValue(spec, value) {
	const converted = toWireValue(spec, value);
	if (converted === undefined)
		throw new invalidValue_1.InvalidValueError(
			spec.apiName,
			value,
			exports.ACCEPTED[fieldKind(spec.type)],
		);
	return String(converted);
}
//# sourceMappingURL=valueConversion.js.map
