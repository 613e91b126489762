/** Leads by ID and by identifier, for the lead and action endpoints alike. */
import type { Request } from './common.cjs';
import { ApiError } from './common.cjs';
import type { FieldDef, LeadRecord, State } from './state.cjs';
import { hexId } from './state.cjs';
import { normalisePhone } from './validation.cjs';

/**
 * Lookups by ID and by identifier, kept beside the (JSON-persisted) state, so a workspace
 * of 20,000 leads answers as fast as a small one; the sandbox must not be what a benchmark measures.
 */
interface LeadIndex {
	byId: Map<string, LeadRecord>;
	byIdentifier: Map<string, LeadRecord>;
}

const indexes = new WeakMap<State, LeadIndex>();

/** The identifier as matching sees it: normalised phone, or trimmed lower-case text. */
function identifierKey(state: State, value: unknown): string {
	const def = identifierField(state);
	if (def.type === 'PHONE')
		return normalisePhone(typeof value === 'number' ? String(value) : value) ?? String(value);
	return String(value).trim().toLowerCase();
}

function leadIndex(state: State): LeadIndex {
	let index = indexes.get(state);
	if (!index) {
		const def = identifierField(state);
		index = { byId: new Map(), byIdentifier: new Map() };
		for (const lead of state.leads) {
			index.byId.set(lead.id, lead);
			index.byIdentifier.set(identifierKey(state, lead.fields[def.apiName]), lead);
		}
		indexes.set(state, index);
	}
	return index;
}

/** The lead stored under this identifier value, in any form telecrm matches. */
export function leadByIdentifier(state: State, value: unknown): LeadRecord | undefined {
	return leadIndex(state).byIdentifier.get(identifierKey(state, value));
}

/** A new lead with checked fields, created now and indexed (Sync create and Async upsert). */
export function addLead(state: State, fields: Record<string, unknown>, now: number): LeadRecord {
	const lead: LeadRecord = {
		id: hexId(state.nextId++),
		created_on: now,
		fields: { ...fields, created_on: now },
		actions: [],
	};
	state.leads.push(lead);
	const index = leadIndex(state);
	index.byId.set(lead.id, lead);
	index.byIdentifier.set(identifierKey(state, lead.fields[identifierField(state).apiName]), lead);
	return lead;
}

export function findLead(req: Request, message?: string): LeadRecord {
	const id = req.params[0];
	const lead = leadIndex(req.state).byId.get(id);
	if (!lead)
		throw new ApiError(404, 'LEAD_NOT_FOUND', message ?? `Lead with ID ${id} was not found.`);
	return lead;
}

export function identifierField(state: State): FieldDef {
	return state.fields.find((f) => f.isLeadid)!;
}
