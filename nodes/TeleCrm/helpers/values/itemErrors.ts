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
