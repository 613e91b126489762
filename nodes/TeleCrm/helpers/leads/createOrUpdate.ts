import type { LeadDirectory } from './leadDirectory';
import { ItemError } from '../values/itemErrors';
import type { ApiRow } from '../values/apiShapes';
import { leadIdOf } from '../values/rows';
import { hasHttpCode } from '../../transport';

/**
 * The two writes of a create-or-update; the caller sends them and shapes their outputs. An
 * update gets the row the lookup found, so its output can show the lead's values it did not send.
 */
export interface LeadWrites<T> {
	create(): Promise<T>;
	update(leadId: string, found: ApiRow): Promise<T>;
}

type Lookups = Pick<LeadDirectory, 'find' | 'known' | 'refresh' | 'remember'>;

/** The lead ID of a found row; a row without one cannot be updated. */
function idOfFound(row: ApiRow): string {
	const id = leadIdOf(row);
	if (!id) {
		throw new ItemError(
			`the lead exists but TeleCRM's search gave no lead ID`,
			'This workspace does not return lead IDs in search results, so the lead cannot be updated by identifier.',
		);
	}
	return id;
}

/**
 * The lead stored under identifier `key` is updated, else created. Looking up first, the
 * lead is searched for (the router has usually looked it up already); creating first, only a
 * lead this execution knows is updated. A 409 on create (the lead exists, or appeared since the
 * lookup) searches again and updates the lead found; the 409 stands when none is found.
 */
export async function createOrUpdate<T>(
	leads: Lookups,
	key: string,
	lookUpFirst: boolean,
	writes: LeadWrites<T>,
	itemIndex?: number,
): Promise<T> {
	const found = lookUpFirst ? await leads.find(key, itemIndex) : await leads.known(key);
	if (found) return await writes.update(idOfFound(found), found);
	// A 409 is telecrm's answer, passed on as it came when no lead is found after all.
	return await writes.create().catch(async (error: unknown) => {
		if (!hasHttpCode(error, '409')) return await Promise.reject(error as Error);
		const existing = await leads.refresh(key, itemIndex);
		if (!existing) return await Promise.reject(error as Error);
		const leadId = idOfFound(existing);
		leads.remember(key, leadId);
		return await writes.update(leadId, existing);
	});
}
