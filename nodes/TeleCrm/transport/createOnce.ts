import type { IDataObject } from 'n8n-workflow';

import { asNodeError, isAnswerLost } from './apiErrors';
import type { ApiRequest, TeleCrmApi } from './request';

export const RECOVERED_NOTE =
	'The answer to the create request was lost; what it created was found afterwards, so nothing was created twice. Remarks and action outcomes of that request are unknown.';

/**
 * Sends a create, which is not idempotent: when its answer was lost (dropped connection,
 * timeout, 502/504), looks for what it would have made; only if nothing is there, sends it again.
 */
export async function createOnce(
	api: TeleCrmApi,
	request: ApiRequest,
	findExisting: () => Promise<IDataObject | undefined>,
): Promise<IDataObject> {
	const send = async () => await api.request({ ...request, idempotent: false });
	try {
		return await send();
	} catch (error) {
		if (!isAnswerLost(error)) throw asNodeError(api.ctx.getNode(), error, request.itemIndex);
		const existing = await findExisting();
		if (existing) return { ...existing, recovered: RECOVERED_NOTE };
		return await send();
	}
}
