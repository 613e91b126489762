/**
 * telecrm's field-type rules (docs/telecrm-api.md §8.2), shared by lead fields and custom-action
 * fields. Each check returns the value to store, or a remark saying why it was refused.
 */

export type FieldType =
	| 'TEXT'
	| 'NUMBER'
	| 'EMAIL'
	| 'PHONE'
	| 'DATE'
	| 'DROPDOWN'
	| 'TAGS'
	| 'MONEY'
	| 'WEBSITE'
	| 'MEDIALINK'
	| 'ACTIVE_USERS'
	| 'RATING'
	| 'STATUS'
	| 'LOST_REASON';

export type Check = { ok: true; value: unknown } | { ok: false; remark: string };

/** What a check needs from the workspace (options, members, pipeline labels). */
export interface CheckContext {
	options?: string[];
	addOption?: (label: string) => void;
	memberEmails?: () => string[];
	activeLabels?: () => string[];
	archivedLabels?: () => string[];
}

/** Accepted but not stored (archived statuses and lost reasons). */
export const DROP = Symbol('drop');

const EMAIL = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;
const DMY = /^(\d{2})\/(\d{2})\/(\d{4})(?: (\d{2}):(\d{2})(?::(\d{2}))?)?$/;
const DEFAULT_COUNTRY_CODE = '91';

const ok = (value: unknown): Check => ({ ok: true, value });
const no = (remark: string): Check => ({ ok: false, remark });

/** Country code + national number, digits only; a bare 10-digit number gets the default country. */
export function normalisePhone(value: unknown): string | undefined {
	if (typeof value !== 'string') return undefined;
	const digits = value.trim().replace(/^\+/, '');
	if (!/^\d{10,15}$/.test(digits)) return undefined;
	return digits.length === 10 ? DEFAULT_COUNTRY_CODE + digits : digits;
}

export function isEmail(value: unknown): value is string {
	return typeof value === 'string' && value.length <= 254 && EMAIL.test(value.trim());
}

/** Epoch ms, or dd/mm/yyyy [hh:mm[:ss]] read in UTC (the sandbox workspace's format). */
export function parseDate(value: unknown): number | undefined {
	if (typeof value === 'number') return Number.isInteger(value) && value >= 0 ? value : undefined;
	if (typeof value !== 'string') return undefined;
	const m = DMY.exec(value.trim());
	if (!m) return undefined;
	const [, d, mo, y, h = '0', mi = '0', s = '0'] = m;
	const ms = Date.UTC(+y, +mo - 1, +d, +h, +mi, +s);
	const back = new Date(ms);
	if (back.getUTCDate() !== +d || back.getUTCMonth() !== +mo - 1 || +h > 23 || +mi > 59 || +s > 59)
		return undefined;
	return ms;
}

function isUrl(value: unknown): value is string {
	if (typeof value !== 'string') return false;
	try {
		const url = new URL(value.trim());
		return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname.includes('.');
	} catch {
		return false;
	}
}

function label(value: unknown, known: string[], archived: string[], what: string): Check {
	if (typeof value !== 'string') return no(`${what} must be a string label`);
	if (known.includes(value)) return ok(value);
	if (archived.includes(value)) return ok(DROP);
	return no(`Unknown ${what.toLowerCase()} "${value}"`);
}

export function checkValue(type: FieldType, value: unknown, ctx: CheckContext = {}): Check {
	switch (type) {
		case 'TEXT':
			return typeof value === 'string' ? ok(value) : no('Text must be a string');
		case 'NUMBER':
			return typeof value === 'number' && Number.isFinite(value)
				? ok(value)
				: no('Number must be a JSON number');
		case 'EMAIL':
			return isEmail(value) ? ok(value.trim()) : no('Email is invalid');
		case 'PHONE': {
			const phone = normalisePhone(value);
			return phone ? ok(phone) : no('Phone must be country code + number, digits only');
		}
		case 'DATE': {
			const ms = parseDate(value);
			return ms === undefined
				? no('Date must be epoch milliseconds or dd/mm/yyyy hh:mm:ss')
				: ok(ms);
		}
		case 'DROPDOWN': {
			if (typeof value !== 'string' || !value.trim())
				return no('Dropdown value must be an option label');
			if (!ctx.options?.includes(value)) ctx.addOption?.(value);
			return ok(value);
		}
		case 'TAGS':
			return Array.isArray(value) && value.every((t) => typeof t === 'string')
				? ok([...value])
				: no('Tags must be an array of strings');
		case 'MONEY':
			return typeof value === 'string' && /^\d+(\.\d+)?$/.test(value)
				? ok(value)
				: no('Money must be a numeric string');
		case 'WEBSITE':
		case 'MEDIALINK':
			return isUrl(value) ? ok(value.trim()) : no('URL is invalid');
		case 'ACTIVE_USERS': {
			if (!isEmail(value)) return no('Team member email is invalid');
			const match = (ctx.memberEmails?.() ?? []).find(
				(e) => e.toLowerCase() === value.trim().toLowerCase(),
			);
			return match ? ok(match) : no(`No active team member has the email ${value}`);
		}
		case 'RATING':
			return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 5
				? ok(value)
				: no('Rating must be between 1 and 5');
		case 'STATUS':
			return label(value, ctx.activeLabels?.() ?? [], ctx.archivedLabels?.() ?? [], 'Status');
		case 'LOST_REASON':
			return label(value, ctx.activeLabels?.() ?? [], ctx.archivedLabels?.() ?? [], 'Lost reason');
	}
}

/** Exact, case-insensitive comparison used by search and identifier matching. */
export function sameValue(
	type: FieldType | undefined,
	stored: unknown,
	wanted: unknown,
	caseSensitive = false,
): boolean {
	if (stored === undefined || stored === null) return false;
	if (Array.isArray(stored)) return stored.some((s) => sameValue(type, s, wanted, caseSensitive));
	if (type === 'PHONE') {
		const w = normalisePhone(typeof wanted === 'number' ? String(wanted) : wanted);
		return w !== undefined && w === stored;
	}
	if (typeof stored === 'number' || typeof wanted === 'number')
		return Number(stored) === Number(wanted);
	const a = String(stored).trim();
	const b = String(wanted).trim();
	return caseSensitive ? a === b : a.toLowerCase() === b.toLowerCase();
}
