import { DateTime } from 'luxon';

import { InvalidValueError } from './itemErrors';

const WORKSPACE_FORMAT = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;

export const DATE_FORMS =
	'epoch milliseconds (1767225600000), an ISO date (2026-01-01T10:30:00Z), a date picker value, or dd/mm/yyyy [hh:mm:ss]';

/**
 * Epoch milliseconds from what n8n hands us: numbers, numeric strings, ISO strings,
 * Luxon DateTimes, JS Dates, or telecrm's dd/mm/yyyy form (read in UTC).
 * Returns undefined when the value is none of these.
 */
export function toEpochMs(value: unknown): number | undefined {
	if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value.getTime();
	if (DateTime.isDateTime(value)) return value.isValid ? value.toMillis() : undefined;
	if (typeof value === 'number') return Number.isFinite(value) ? Math.trunc(value) : undefined;
	if (typeof value !== 'string') return undefined;
	const text = value.trim();
	if (/^\d{9,14}$/.test(text)) return Number(text);
	const dmy = WORKSPACE_FORMAT.exec(text);
	if (dmy) {
		const [, d, m, y, hh = '0', mm = '0', ss = '0'] = dmy;
		const parsed = DateTime.fromObject(
			{ year: +y, month: +m, day: +d, hour: +hh, minute: +mm, second: +ss },
			{ zone: 'utc' },
		);
		return parsed.isValid ? parsed.toMillis() : undefined;
	}
	const iso = DateTime.fromISO(text, { setZone: true });
	return iso.isValid ? iso.toMillis() : undefined;
}

/** A time window in epoch ms; either end may be open. */
export interface TimeWindow {
	from?: number;
	to?: number;
}

/** `{from, to}` window in epoch ms from two optional picker values; undefined when both are empty. */
export function timeWindow(
	from: unknown,
	to: unknown,
	names: [string, string],
): TimeWindow | undefined {
	const window: TimeWindow = {};
	for (const [key, value, name] of [
		['from', from, names[0]],
		['to', to, names[1]],
	] as const) {
		if (value === '' || value === undefined || value === null) continue;
		const ms = toEpochMs(value);
		if (ms === undefined) throw new InvalidValueError(name, value, DATE_FORMS);
		window[key] = ms;
	}
	return Object.keys(window).length ? window : undefined;
}
