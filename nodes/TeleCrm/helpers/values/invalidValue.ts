/** Raised by the value helpers; the router turns it into a per-item error naming the field. */
export class InvalidValueError extends Error {
	constructor(
		readonly field: string,
		readonly value: unknown,
		readonly accepted: string,
	) {
		super(`Field "${field}" has a value TeleCRM would not accept: ${showValue(value)}`);
		this.name = 'InvalidValueError';
	}
}

export function showValue(value: unknown): string {
	let text: string;
	try {
		text =
			typeof value === 'string' ? JSON.stringify(value) : String(JSON.stringify(value) ?? value);
	} catch {
		text = String(value);
	}
	return text.length > 80 ? text.slice(0, 80) + '…' : text;
}

/** A whole number within bounds, or InvalidValueError naming the parameter. */
export function wholeNumber(
	value: unknown,
	name: string,
	min: number,
	max = Number.MAX_SAFE_INTEGER,
): number {
	const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
	if (typeof n !== 'number' || !Number.isInteger(n) || n < min || n > max) {
		const range = max === Number.MAX_SAFE_INTEGER ? `${min} or more` : `${min} to ${max}`;
		throw new InvalidValueError(name, value, `a whole number, ${range}`);
	}
	return n;
}

/** Rows the user asked for: Infinity with Return All; a Limit from an expression is checked. */
export function rowsWanted(returnAll: boolean, limit: unknown): number {
	return returnAll ? Infinity : wholeNumber(limit, 'Limit', 1);
}

/**
 * An item cannot go on for a reason other than one value's form (an empty identifier, a field
 * of another action, values telecrm ignored with "Fail the Item"): the message, and the fix.
 */
export class ItemError extends Error {
	constructor(
		message: string,
		readonly fix: string,
	) {
		super(message);
		this.name = 'ItemError';
	}
}

/** The workspace's definitions by kind: lead fields, pipeline, custom actions, team. */
export type DefinitionKind = 'fields' | 'pipeline' | 'actions' | 'team';

/**
 * A value naming something the workspace's definitions, as read, do not hold (a field, a
 * status or lost reason, a custom action's field, a team member): worth one fresh read of
 * `definitions` before the item is refused, since it may have been added a minute ago.
 */
export class UnknownNameError extends InvalidValueError {
	constructor(
		field: string,
		value: unknown,
		accepted: string,
		readonly definitions: DefinitionKind,
		message?: string,
	) {
		super(field, value, accepted);
		if (message) this.message = message;
		this.name = 'UnknownNameError';
	}
}
