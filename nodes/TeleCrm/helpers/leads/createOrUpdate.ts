import type { CreateScope, LeadInput } from './leadWrites';
import { createLead, updateLead, withoutIdentifier } from './leadWrites';
import { ItemError } from '../values/itemErrors';
import type { ApiBody, ApiRow, FieldValues } from '../values/apiShapes';
import { leadIdOf, rowFields } from '../values/rows';
import { hasHttpCode } from '../../transport';

/** One item of Create or Update, as values. */
export interface LeadUpsert {
	input: LeadInput;
	/** The identifier's value, as stored. */
	key: string;
	/** The actions sent with a create, and with an update of an existing lead. */
	actions: { create: ApiBody[]; update: ApiBody[] };
	/** Search for the lead first; else only a lead this execution knows is updated at once. */
	lookUpFirst: boolean;
}

/** What was written: telecrm's answer (with `lead_id`), the lead's fields known, the actions sent. */
export interface LeadWritten {
	result: 'created' | 'updated';
	response: ApiRow;
	fields: FieldValues;
	actions: ApiBody[];
}

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

/** Creates the lead; later items of the execution with the same identifier find it. */
async function createNew(
	scope: CreateScope,
	{ input, key, actions }: LeadUpsert,
	itemIndex: number,
): Promise<LeadWritten> {
	const response = await createLead(scope, input, actions.create, itemIndex);
	if (response.lead_id) scope.leads.remember(key, String(response.lead_id));
	return { result: 'created', response, fields: input.fields, actions: actions.create };
}

/**
 * Updates the lead `found` (never its identifier). Without a fields update (only the
 * identifier, or only actions) nothing answers the lead's values: the found row has them.
 */
async function updateFound(
	scope: CreateScope,
	{ input, actions }: LeadUpsert,
	found: ApiRow,
	itemIndex: number,
): Promise<LeadWritten> {
	const leadId = idOfFound(found);
	const fields = withoutIdentifier(input.fields, input.identifier);
	const sent = await updateLead(scope, leadId, fields, actions.update, itemIndex);
	const known = { [input.identifier]: input.fields[input.identifier], ...rowFields(found) };
	return {
		result: 'updated',
		response: { lead_id: leadId, ...(sent.actionsResponse ?? {}) },
		fields: { ...known, ...(sent.fields ?? fields) },
		actions: actions.update,
	};
}

/**
 * The lead stored under the item's identifier is updated, else created. Looking up first, the
 * lead is searched for (the router has usually looked it up already); creating first, only a
 * lead this execution knows is updated. A 409 on create (the lead exists, or appeared since the
 * lookup) searches again and updates the lead found; the 409 stands when none is found.
 */
export async function createOrUpdateLead(
	scope: CreateScope,
	lead: LeadUpsert,
	itemIndex: number,
): Promise<LeadWritten> {
	const { leads } = scope;
	const found = lead.lookUpFirst
		? await leads.find(lead.key, itemIndex)
		: await leads.known(lead.key);
	if (found) return await updateFound(scope, lead, found, itemIndex);
	// A 409 is telecrm's answer, passed on as it came when no lead is found after all.
	return await createNew(scope, lead, itemIndex).catch(async (error: unknown) => {
		if (!hasHttpCode(error, '409')) return await Promise.reject(error as Error);
		const existing = await leads.refresh(lead.key, itemIndex);
		if (!existing) return await Promise.reject(error as Error);
		leads.remember(lead.key, idOfFound(existing));
		return await updateFound(scope, lead, existing, itemIndex);
	});
}
