import type { IDataObject } from 'n8n-workflow';

import type { FieldValues } from './apiShapes';
import { DATE_FORMS, toEpochMs } from './dates';
import type { DefinitionKind } from './itemErrors';
import { InvalidValueError, UnknownNameError } from './itemErrors';

/** telecrm's field kinds (docs/telecrm-api.md §8.2), whatever spelling the API gives the type. */
export type FieldKind =
	| 'text'
	| 'number'
	| 'email'
	| 'phone'
	| 'date'
	| 'dropdown'
	| 'tags'
	| 'money'
	| 'website'
	| 'medialink'
	| 'activeUsers'
	| 'rating'
	| 'status'
	| 'lostReason';

const KINDS: Record<string, FieldKind> = {
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

/** Maps `DROPDOWN`, `activeUsers`, `LOST_REASON`… to one kind; unknown types read as text. */
export function fieldKind(type: string | undefined): FieldKind {
	return (
		KINDS[
			String(type ?? '')
				.toUpperCase()
				.replace(/[^A-Z]/g, '')
		] ?? 'text'
	);
}

export const ACCEPTED: Record<FieldKind, string> = {
	text: 'text or a number',
	number: 'a number, or a string holding one',
	email: 'an email address like jane@example.com',
	phone:
		'country code + number, e.g. 919876543210 or +91 98765 43210 (spaces and dashes are removed)',
	date: DATE_FORMS,
	dropdown: 'an option label (a new label creates the option)',
	tags: 'an array of strings, or a comma-separated list',
	money: 'a non-negative number, or a string holding one (sent as a string)',
	website: 'an http(s) address',
	medialink: 'a publicly reachable http(s) address',
	activeUsers: 'the email of a team member (not deleted, not still invited)',
	rating: 'a whole number from 1 to 5',
	status: 'the label of an active pipeline status',
	lostReason: 'the label of an active lost reason',
};

const EMAIL = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;

function isEmpty(value: unknown): boolean {
	return (
		value === undefined || value === null || (typeof value === 'string' && value.trim() === '')
	);
}

function text(value: unknown): string | undefined {
	if (typeof value === 'string') return value;
	if (typeof value === 'number' && Number.isFinite(value)) return String(value);
	return undefined;
}

function numeric(value: unknown): number | undefined {
	if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
	if (typeof value === 'string' && /^\s*-?\d+(\.\d+)?\s*$/.test(value)) return Number(value);
	return undefined;
}

function email(value: unknown): string | undefined {
	if (typeof value !== 'string') return undefined;
	const trimmed = value.trim();
	return trimmed.length <= 254 && EMAIL.test(trimmed) ? trimmed : undefined;
}

/** An http(s) address with a dotted host name (telecrm refuses `http://intranet`). */
function httpUrl(value: unknown): string | undefined {
	if (typeof value !== 'string') return undefined;
	try {
		const url = new URL(value.trim());
		const web = url.protocol === 'http:' || url.protocol === 'https:';
		return web && url.hostname.includes('.') ? value.trim() : undefined;
	} catch {
		return undefined;
	}
}

/**
 * A closed list the workspace defines (active statuses, lost reasons, team members' emails),
 * matched case-insensitively; archived entries are known but cannot be written.
 */
export interface Labels {
	active: string[];
	archived: string[];
}

function label(value: unknown, labels: Labels | undefined): string | undefined {
	const wanted = text(value)?.trim();
	if (!wanted) return undefined;
	if (!labels) return wanted;
	return (
		labels.active.find((l) => l === wanted) ??
		labels.active.find((l) => l.toLowerCase() === wanted.toLowerCase())
	);
}

const CONVERT: Record<FieldKind, (value: unknown, labels?: Labels) => unknown> = {
	text,
	number: numeric,
	email,
	phone: (v) => {
		const raw = text(v);
		if (raw === undefined) return undefined;
		const digits = raw
			.trim()
			.replace(/^\+/, '')
			.replace(/[\s\-().]/g, '');
		return /^\d{8,15}$/.test(digits) ? digits : undefined;
	},
	date: toEpochMs,
	dropdown: (v) => text(v)?.trim() || undefined,
	tags: (v) => {
		const list = Array.isArray(v) ? v : typeof v === 'string' ? v.split(',') : undefined;
		if (!list || !list.every((t) => typeof t === 'string' || typeof t === 'number'))
			return undefined;
		return list.map((t) => String(t).trim()).filter(Boolean);
	},
	money: (v) => {
		const n = numeric(v);
		if (n === undefined || n < 0 || Object.is(n, -0)) return undefined;
		return typeof v === 'string' ? v.trim() : String(n);
	},
	website: httpUrl,
	medialink: httpUrl,
	// The email as the team list spells it (docs/telecrm-api.md §7: the list is canonical).
	activeUsers: (v, labels) => {
		const wanted = email(v)?.toLowerCase();
		if (!wanted || !labels) return wanted;
		return labels.active.find((l) => l.toLowerCase() === wanted);
	},
	rating: (v) => {
		const n = numeric(v);
		return n !== undefined && Number.isInteger(n) && n >= 1 && n <= 5 ? n : undefined;
	},
	status: label,
	lostReason: label,
};

export interface FieldSpec {
	apiName: string;
	type?: string;
}

/**
 * One value in telecrm's wire format, or InvalidValueError naming the field, the value and
 * the accepted forms. Undefined means "empty: leave the field out".
 */
export function toWireValue(spec: FieldSpec, value: unknown, labels?: Labels): unknown {
	if (isEmpty(value)) return undefined;
	const converted = tryWireValue(spec, value, labels);
	if (converted !== undefined) return converted;
	const kind = fieldKind(spec.type);
	const definitions = NAMED[kind];
	// Well-formed, but not a name the workspace (as read) holds: perhaps added since.
	if (labels && definitions && tryWireValue(spec, value) !== undefined) {
		const known = labels.active.slice(0, 20).join(', ');
		throw new UnknownNameError(spec.apiName, value, `${ACCEPTED[kind]}: ${known}`, definitions);
	}
	throw new InvalidValueError(spec.apiName, value, ACCEPTED[kind]);
}

/** Kinds whose values must name the workspace's own data, and where that data is defined. */
const NAMED: Partial<Record<FieldKind, DefinitionKind>> = {
	status: 'pipeline',
	lostReason: 'pipeline',
	activeUsers: 'team',
};

/** The converted value, or undefined when it cannot be converted (never throws). */
export function tryWireValue(spec: FieldSpec, value: unknown, labels?: Labels): unknown {
	const kind = fieldKind(spec.type);
	if (
		typeof value === 'boolean' ||
		(typeof value === 'object' && value !== null && kind !== 'tags' && kind !== 'date')
	) {
		return undefined;
	}
	return CONVERT[kind](value, labels);
}

/** Converts every given field; empty values are left out. */
export function toWireFields(
	specs: FieldSpec[],
	values: FieldValues,
	labelsFor: (kind: FieldKind) => Labels | undefined,
): IDataObject {
	const out: IDataObject = {};
	for (const [key, value] of Object.entries(values)) {
		const spec = specs.find((s) => s.apiName === key) ?? { apiName: key };
		const converted = toWireValue(spec, value, labelsFor(fieldKind(spec.type)));
		if (converted !== undefined) out[key] = converted as IDataObject[string];
	}
	return out;
}

/** A value that must be given: converted, or InvalidValueError naming the field (also when empty). */
export function requiredWireValue(spec: FieldSpec, value: unknown): string {
	const converted = toWireValue(spec, value);
	if (converted === undefined)
		throw new InvalidValueError(spec.apiName, value, ACCEPTED[fieldKind(spec.type)]);
	return String(converted);
}
