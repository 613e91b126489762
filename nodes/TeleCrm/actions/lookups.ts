import type { IExecuteFunctions } from 'n8n-workflow';

import type { ExecutionScope, LeadKey } from './node.type';
import { readLeadLocator } from './parameters';

/**
 * The `leadKey` of operations that take a lead from the lead locator: the stored identifier
 * value when the lead is given "By Identifier", so the router looks all items' up at once.
 */
export async function leadLocatorKey(
	this: IExecuteFunctions,
	itemIndex: number,
	scope: ExecutionScope,
): Promise<LeadKey | undefined> {
	const locator = readLeadLocator.call(this, itemIndex);
	if (locator.by === 'id') return undefined;
	const identifier = await scope.leads.storedForm(locator.value);
	return identifier === undefined ? undefined : { identifier, lookUpFirst: true };
}
