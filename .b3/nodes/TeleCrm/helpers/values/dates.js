'use strict';
Object.defineProperty(exports, '__esModule', { value: true });
exports.DATE_FORMS = void 0;
exports.toEpochMs = toEpochMs;
exports.timeWindow = timeWindow;
const luxon_1 = require('luxon');
const invalidValue_1 = require('./invalidValue');
const WORKSPACE_FORMAT = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;
exports.DATE_FORMS =
	'epoch milliseconds (1767225600000), an ISO date (2026-01-01T10:30:00Z), a date picker value, or dd/mm/yyyy [hh:mm:ss]';
function toEpochMs(value) {
	if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value.getTime();
	if (luxon_1.DateTime.isDateTime(value)) return value.isValid ? value.toMillis() : undefined;
	if (typeof value === 'number') return Number.isFinite(value) ? Math.trunc(value) : undefined;
	if (typeof value !== 'string') return undefined;
	const text = value.trim();
	if (/^\d{9,14}$/.test(text)) return Number(text);
	const dmy = WORKSPACE_FORMAT.exec(text);
	if (dmy) {
		const [, d, m, y, hh = '0', mm = '0', ss = '0'] = dmy;
		const parsed = luxon_1.DateTime.fromObject(
			{ year: +y, month: +m, day: +d, hour: +hh, minute: +mm, second: +ss },
			{ zone: 'utc' },
		);
		return parsed.isValid ? parsed.toMillis() : undefined;
	}
	const iso = luxon_1.DateTime.fromISO(text, { setZone: true });
	return iso.isValid ? iso.toMillis() : undefined;
}
function timeWindow(from, to, names) {
	const window = {};
	for (const [key, value, name] of [
		['from', from, names[0]],
		['to', to, names[1]],
	]) {
		if (value === '' || value === undefined || value === null) continue;
		const ms = toEpochMs(value);
		if (ms === undefined)
			throw new invalidValue_1.InvalidValueError(name, value, exports.DATE_FORMS);
		window[key] = ms;
	}
	return Object.keys(window).length ? window : undefined;
}
//# sourceMappingURL=dates.js.map
