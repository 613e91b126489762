import type { INode, NodeApiError } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { ItemError, InvalidValueError } from './values/itemErrors';
import { asNodeError } from '../transport';

/**
 * Any error as n8n shows it, for the node's items and the trigger's polls alike: n8n errors
 * pass through (keeping telecrm's code and message), a refused value says which forms are
 * accepted, an input problem says how to fix it, anything else is wrapped.
 */
export function toNodeError(
	node: INode,
	error: unknown,
	itemIndex?: number,
): NodeApiError | NodeOperationError {
	const prefix = itemIndex === undefined ? '' : `Item ${itemIndex}: `;
	if (error instanceof InvalidValueError) {
		return new NodeOperationError(node, `${prefix}${error.message}`, {
			itemIndex,
			description: `Accepted: ${error.accepted}.`,
		});
	}
	if (error instanceof ItemError)
		return new NodeOperationError(node, `${prefix}${error.message}`, {
			itemIndex,
			description: error.fix,
		});
	const nodeError = asNodeError(node, error, itemIndex);
	if (itemIndex !== undefined) nodeError.context.itemIndex = itemIndex;
	return nodeError;
}

/**
 * A write whose answer never came (the transport marks it): it may have been done, so the
 * error says what to check before the item is run again.
 */
export function lostAnswerError(
	node: INode,
	error: unknown,
	itemIndex: number,
	advice: string,
): NodeApiError | NodeOperationError {
	const failure = toNodeError(node, error, itemIndex);
	failure.description = `No answer came, but ${advice} ${failure.description ?? ''}`.trim();
	return failure;
}
