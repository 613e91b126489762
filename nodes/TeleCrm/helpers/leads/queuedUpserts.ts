import type { IDataObject } from 'n8n-workflow';

import type { ApiBody } from '../values/apiShapes';
import { sleep } from 'n8n-workflow';

import type { LeadDirectory } from './leadDirectory';
import { ItemError } from '../values/itemErrors';
import { leadIdOf } from '../values/rows';
import { differingFields } from '../values/storedValues';
import type { TeleCrmApi } from '../../transport';

/**
 * Queues one create-or-update on the Async API. telecrm answers `{"status":"QUEUED"}` and
 * nothing else; a body with actions is not sent twice blindly (they would be appended twice).
 */
export async function queueUpsert(
	api: TeleCrmApi,
	body: ApiBody,
	itemIndex: number,
): Promise<void> {
	const hasActions = Array.isArray(body.actions) && body.actions.length > 0;
	const request = {
		method: 'POST' as const,
		path: ['autoupdatelead'],
		body,
		itemIndex,
		checkOnlyAnswer: () => ({ status: 'QUEUED' }),
	};
	const answer = await api.request({ ...request, idempotent: !hasActions });
	if (answer.status !== 'QUEUED') {
		throw new ItemError(
			`the Async API did not answer "QUEUED" (${JSON.stringify(answer).slice(0, 80)})`,
			'Check the Base URL of the TeleCRM Async API credential: leave it as it is for TeleCRM.',
		);
	}
}

/** What Confirm found for one identifier value. */
export interface Confirmation {
	confirmation: 'confirmed' | 'not seen yet';
	lead_id?: string;
	/** Fields whose stored value is still not the one sent (when the lead was found). */
	differs?: string[];
}

export interface ConfirmTiming {
	/** How long Confirm may look, from its first lookup on. */
	withinMs: number;
	/** The wait before the first lookup, doubled before each further one. */
	firstWaitMs: number;
	inFlight: number;
}

/**
 * Confirm: looks the queued leads up through the Sync API until each holds the values sent
 * (`expected`, by stored identifier value) or the time is up. Each round is one search per 100
 * values still pending, so the cost stays a small fraction of a request per lead.
 */
export async function confirmQueued(
	leads: LeadDirectory,
	expected: Map<string, IDataObject>,
	{ withinMs, firstWaitMs, inFlight }: ConfirmTiming,
): Promise<Map<string, Confirmation>> {
	const results = new Map<string, Confirmation>();
	const deadline = Date.now() + withinMs;
	let wait = firstWaitMs;
	let pending = [...expected.keys()];
	while (pending.length) {
		await sleep(Math.max(0, Math.min(wait, deadline - Date.now())));
		const found = await leads.findMany(pending, inFlight);
		const last = Date.now() + wait * 2 > deadline;
		pending = pending.filter((key) => {
			const row = found.get(key);
			const fields = (row?.fields as IDataObject | undefined) ?? {};
			const differs = row ? differingFields(expected.get(key)!, fields) : undefined;
			if (row && !differs?.length) {
				results.set(key, { confirmation: 'confirmed', lead_id: leadIdOf(row) });
				return false;
			}
			if (!last) return true;
			results.set(key, { confirmation: 'not seen yet', lead_id: row && leadIdOf(row), differs });
			return false;
		});
		wait *= 2;
	}
	return results;
}
