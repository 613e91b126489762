import type { INode, NodeApiError } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { isNodeError } from '../transport/errors';

/** Raised by pure conversion helpers; the router turns it into a per-item NodeOperationError. */
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

/** n8n errors pass through unchanged (keeping HTTP details); anything else is wrapped. */
export function asNodeError(
	node: INode,
	error: unknown,
	itemIndex?: number,
): NodeApiError | NodeOperationError {
	if (isNodeError(error)) return error;
	return new NodeOperationError(node, error as Error, { itemIndex });
}

/** A refused value as n8n shows it: what was wrong, and below it the forms accepted. */
export function invalidValueError(
	node: INode,
	error: InvalidValueError,
	itemIndex?: number,
): NodeOperationError {
	const prefix = itemIndex === undefined ? '' : `Item ${itemIndex}: `;
	return new NodeOperationError(node, `${prefix}${error.message}`, {
		itemIndex,
		description: `Accepted: ${error.accepted}.`,
	});
}
