import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { asNodeError } from './errors';
import { isAnswerLost } from '../transport';

export const RECOVERED_NOTE =
	'The answer to the create request was lost; what it created was found afterwards, so nothing was created twice. Remarks and action outcomes of that request are unknown.';

/**
 * A create is not idempotent: when its answer was lost (dropped connection, timeout,
 * 502/504), look for what it would have made; only if nothing is there, send it once more.
 */
export async function createOnce(
	this: IExecuteFunctions,
	itemIndex: number,
	create: () => Promise<IDataObject>,
	findExisting: () => Promise<IDataObject | undefined>,
): Promise<IDataObject> {
	try {
		return await create();
	} catch (error) {
		if (!isAnswerLost(error)) throw asNodeError(this.getNode(), error, itemIndex);
		const existing = await findExisting();
		if (existing) return { ...existing, recovered: RECOVERED_NOTE };
		return await create();
	}
}
