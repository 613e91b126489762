import type { IDataObject, INodeExecutionData, IPollFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { asNodeError, InvalidValueError, invalidValueError } from '../TeleCrm/helpers/errors';
import { anyOf, listOf, memberEmails } from '../TeleCrm/helpers/filters';
import { leadIdOf, searchLeadRows } from '../TeleCrm/helpers/leads';
import { actionIdOf, searchTimeline } from '../TeleCrm/helpers/timeline';
import type { ExecutionScope } from '../TeleCrm/helpers/workspace';
import { executionScope } from '../TeleCrm/helpers/workspace';

/** What the trigger keeps between polls (n8n saves it when a poll emits). */
interface PollState {
	/** When the trigger was activated: no window reaches back before it. */
	since?: number;
	/** Where the last poll's window ended (epoch ms). */
	cursor?: number;
	/** IDs emitted recently, with their time: they are never emitted again. Newest first. */
	seen?: Array<[string, number]>;
}

/** One record a poll found: its identity, its time, and how to shape it for output. */
interface Found {
	id: string;
	at: number;
	/** Shaped only when emitted, so re-read records cost no metadata request. */
	item: () => Promise<IDataObject>;
}

interface Window {
	from: number;
	to: number;
}

export const SEEN_CAP = 10_000;

const timeOf = (row: IDataObject): number =>
	Number(row.created_on ?? (row.fields as IDataObject | undefined)?.created_on ?? 0);

async function newLeads(
	this: IPollFunctions,
	scope: ExecutionScope,
	window: Window | undefined,
	limit: number,
): Promise<Found[]> {
	const filters = { ...(this.getNodeParameter('leadFilters', {}) as IDataObject) };
	if (window) Object.assign(filters, { createdAfter: window.from, createdBefore: window.to });
	const rows = await searchLeadRows(scope, { filters }, limit);
	const found: Found[] = [];
	for (const row of rows) {
		const id = leadIdOf(row);
		if (id)
			found.push({
				id,
				at: timeOf(row),
				item: async () => (await scope.output.searchRows([row], true))[0],
			});
	}
	return found;
}

/** Leads with activity in the window (one search), then each one's timeline for the window. */
async function newActions(
	this: IPollFunctions,
	scope: ExecutionScope,
	window: Window | undefined,
	limits: { leads: number; actionsPerLead: number },
): Promise<Found[]> {
	const filters = this.getNodeParameter('actionFilters', {}) as IDataObject;
	const types = listOf(filters.types);
	const performedBy = memberEmails(filters.performedBy ?? [], 'Performed By');
	const leadFilters: IDataObject = { actionTypes: types, performedBy };
	if (window)
		Object.assign(leadFilters, { performedAfter: window.from, performedBefore: window.to });
	const leads = await searchLeadRows(scope, { filters: leadFilters }, limits.leads);
	const body: IDataObject = {};
	if (window) body.created_on = { ...window };
	const performer = anyOf(performedBy);
	if (performer !== undefined) body.performed_by = performer;
	const found: Found[] = [];
	for (const lead of leads) {
		const leadId = leadIdOf(lead);
		if (!leadId) continue;
		const limit = limits.actionsPerLead;
		for (const row of await searchTimeline(scope.api, leadId, { body, types, limit })) {
			const id = actionIdOf(row);
			if (!id) continue;
			const item = async () => ({ lead_id: leadId, ...(await scope.output.action(row)) });
			found.push({ id, at: timeOf(row), item });
		}
	}
	return found;
}

/** How far back Fetch Test Event looks for a new action, widening until one is found. */
const SAMPLE_WINDOWS_DAYS = [1, 7, 30, 365, Infinity];
/** Leads whose timelines Fetch Test Event reads in one window. */
const SAMPLE_LEADS = 20;

/**
 * The newest matching action: the shortest window back from now that has one, then the
 * newest action of each lead active in it (a lead's newest action may sit on an old lead).
 */
async function newestAction(this: IPollFunctions, scope: ExecutionScope): Promise<Found[]> {
	const now = Date.now();
	for (const days of SAMPLE_WINDOWS_DAYS) {
		const window = days === Infinity ? undefined : { from: now - days * 86_400_000, to: now };
		const limits = { leads: SAMPLE_LEADS, actionsPerLead: 1 };
		const found = await newActions.call(this, scope, window, limits);
		if (found.length) return found.sort((a, b) => b.at - a.at).slice(0, 1);
	}
	return [];
}

/** "Fetch Test Event": the latest matching record, without touching the cursor. */
async function sample(this: IPollFunctions, event: string, scope: ExecutionScope) {
	const found =
		event === 'newLead'
			? await newLeads.call(this, scope, undefined, 1)
			: await newestAction.call(this, scope);
	if (!found.length) {
		const what = event === 'newLead' ? 'No lead matches' : 'No lead has an action matching';
		throw new NodeOperationError(this.getNode(), `${what} the trigger's filters yet`, {
			description: 'Create one in TeleCRM (or widen the filters), then fetch a test event again.',
		});
	}
	return [this.helpers.returnJsonArray([await found[0].item()])];
}

/**
 * One poll. The first only sets the cursor (nothing old is emitted). Then each poll reads the
 * closed window [cursor − overlap, poll start] completely, drops what it already emitted, and
 * moves the cursor to the poll start; a failed request throws before the state changes.
 */
export async function pollEvents(this: IPollFunctions): Promise<INodeExecutionData[][] | null> {
	try {
		return await poll.call(this);
	} catch (error) {
		// A filter value the trigger cannot search with: say which forms it accepts.
		if (error instanceof InvalidValueError) throw invalidValueError(this.getNode(), error);
		throw asNodeError(this.getNode(), error);
	}
}

async function poll(this: IPollFunctions): Promise<INodeExecutionData[][] | null> {
	const event = this.getNodeParameter('event') as string;
	const scope = executionScope(this);
	if (this.getMode() === 'manual') return await sample.call(this, event, scope);
	const state = this.getWorkflowStaticData('node') as PollState;
	const pollStart = Date.now();
	if (state.cursor === undefined) {
		state.since = pollStart;
		state.cursor = pollStart;
		state.seen = [];
		return null;
	}
	const options = this.getNodeParameter('options', {}) as IDataObject;
	const overlapMs = Math.max(0, Number(options.overlapMinutes ?? 10)) * 60_000;
	const window = { from: Math.max(state.cursor - overlapMs, state.since ?? 0), to: pollStart };
	const found =
		event === 'newLead'
			? await newLeads.call(this, scope, window, Infinity)
			: await newActions.call(this, scope, window, { leads: Infinity, actionsPerLead: Infinity });
	const seen = new Map(state.seen ?? []);
	// Searches answer newest first: reversed, then sorted by time (stable), oldest comes first.
	const fresh = found
		.reverse()
		.filter((f) => !seen.has(f.id))
		.sort((a, b) => a.at - b.at);
	// A record without a readable time is remembered as of this poll, for the whole window.
	for (const f of fresh) seen.set(f.id, f.at || pollStart);
	// Older than the next window's start, a record cannot be found again.
	const keepFrom = pollStart - overlapMs;
	state.seen = [...seen]
		.filter(([, at]) => at >= keepFrom)
		.sort((a, b) => b[1] - a[1])
		.slice(0, SEEN_CAP);
	state.cursor = pollStart;
	if (!fresh.length) return null;
	const items = [];
	for (const f of fresh) items.push(await f.item());
	return [this.helpers.returnJsonArray(items)];
}
