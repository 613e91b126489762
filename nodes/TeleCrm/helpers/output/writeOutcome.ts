import type { IDataObject } from 'n8n-workflow';

import type { ApiBody, ApiRow, FieldValues, ItemJson } from '../values/apiShapes';
import type { ExecutionFacts } from '../values/executionFacts';
import type { LeadView } from '../values/rows';
import type { OutputShaper } from './outputShaper';
import { ItemError } from '../values/itemErrors';

/** What the operation sent besides the answer, and what it does with ignored values. */
export interface WriteSent {
	actions: ApiBody[];
	/** The fields sent (those a remark names are left out of the output). */
	fields?: FieldValues;
	/** Keys the operation adds to the output (result…). */
	extra?: ItemJson;
	/** "Fail the Item": anything ignored fails the item. */
	failOnIgnored: boolean;
	/** The lead's keys to output (the Output parameter); whole when not given. */
	view?: LeadView;
}

/**
 * Output of a write that answered {lead_id, actions[], remarks[]}: each action's outcome next
 * to the type that was sent, and every remark. With "Fail the Item", anything IGNORED fails
 * the item (after the save, which the message says); otherwise it goes into `facts` (a hint).
 */
export async function writeOutcome(
	shaper: OutputShaper,
	facts: ExecutionFacts,
	response: ApiRow,
	{ actions: sentActions, fields = {}, extra = {}, failOnIgnored, view }: WriteSent,
): Promise<IDataObject> {
	const outcomes = (Array.isArray(response.actions) ? response.actions : []) as IDataObject[];
	const actions = await Promise.all(
		outcomes.map(async (o, n) => await shaper.action({ type: sentActions[n]?.type ?? null, ...o })),
	);
	const remarks = (Array.isArray(response.remarks) ? response.remarks : []) as IDataObject[];
	// Remarks name lead fields by path (`fields.rating`, docs/telecrm-api.md §4.5); actions'
	// stay whole.
	const ignored = new Set(remarks.map((r) => String(r.field).replace(/^fields\./, '')));
	const written = Object.fromEntries(Object.entries(fields).filter(([key]) => !ignored.has(key)));
	const output = await shaper.lead(
		String(response.lead_id),
		written,
		{ ...extra, actions, remarks },
		view,
	);
	if (response.recovered) output.recovered = response.recovered;
	const ignoredActions = actions.filter((a) => a.status === 'IGNORED').length;
	if (failOnIgnored && (remarks.length || ignoredActions)) {
		const list = remarks.map((r) => `${String(r.field)}: ${String(r.remark)}`).join('; ');
		throw new ItemError(
			`TeleCRM ignored ${remarks.length} value(s) and ${ignoredActions} action(s) on lead ${String(response.lead_id)}`,
			`The lead was saved without them. ${list || 'No remark was given for the ignored actions.'}`,
		);
	}
	facts.valuesIgnored([...ignored], ignoredActions);
	return output;
}
