import type { IDataObject } from 'n8n-workflow';

import type { TimeWindow } from './dates';
import { requiredWireValue } from './valueConversion';

/** The values of a multi-select as given, blanks left out (an expression's text is one value). */
export function givenValues(values: unknown): Array<string | number> {
	const list: unknown[] = Array.isArray(values) ? values : [values];
	return list.filter((v) => v !== '' && v !== undefined && v !== null) as Array<string | number>;
}

/** One value stays a scalar; several become an array, which telecrm reads as "any of". */
export function anyOf(values: unknown): IDataObject[string] | undefined {
	const list = givenValues(values);
	if (list.length === 0) return undefined;
	return (list.length === 1 ? list[0] : list) as IDataObject[string];
}

/** The distinct values of a multi-select, or of a comma-separated expression. */
export function listOf(values: unknown): string[] {
	const list = Array.isArray(values) ? values : String(values ?? '').split(',');
	return [...new Set(list.map((v) => String(v).trim()).filter(Boolean))];
}

/** Team-member emails from a multi-select or an expression, checked before they are sent. */
export function memberEmails(values: unknown, name: string): string[] {
	return listOf(values).map((value) => requiredWireValue({ apiName: name, type: 'EMAIL' }, value));
}

/**
 * A window whose open end is bounded at `pinTo`, the moment a Return All started, so records
 * created while it pages cannot shift later pages.
 */
export function pinnedWindow(
	window: TimeWindow | undefined,
	pinTo?: number,
): TimeWindow | undefined {
	const pinned = { ...window };
	if (pinTo !== undefined && pinned.to === undefined) pinned.to = pinTo;
	return Object.keys(pinned).length ? pinned : undefined;
}
