import type { IDataObject, INodeProperties, IPollFunctions } from 'n8n-workflow';

import type { Found, Window } from './event.type';
import type { ActionFilters } from '../actions/parameters/leadFilters';
import {
	actionTypesFilter,
	performedByFilter,
	readActionFilters,
} from '../actions/parameters/leadFilters';
import { searchLeadRows } from '../helpers/leads/leadSearch';
import { searchTimeline } from '../helpers/leads/timeline';
import type { ExecutionScope } from '../helpers/scope';
import type { ApiBody } from '../helpers/values/apiShapes';
import { createdAt, actionIdOf, leadIdOf } from '../helpers/values/rows';

export const option = {
	name: 'New Action',
	description:
		'An action was logged on any lead: a custom action, payment, call or message (one item per action)',
};

const actionFiltersProperty: INodeProperties = {
	displayName: 'Filters',
	name: 'actionFilters',
	type: 'collection',
	placeholder: 'Add Filter',
	default: {},
	options: [actionTypesFilter, performedByFilter],
};

export const properties: INodeProperties[] = [actionFiltersProperty];

export const nothingYet = 'No lead has an action matching';

/** How far back Fetch Test Event looks for a new action, widening until one is found. */
const SAMPLE_WINDOWS_DAYS = [1, 7, 30, 365, Infinity];
/** Leads whose timelines Fetch Test Event reads in one window. */
const SAMPLE_LEADS = 20;

/** The New Action filters as the user set them, checked. */
function readFilters(this: IPollFunctions): ActionFilters {
	return readActionFilters(this.getNodeParameter(actionFiltersProperty.name, {}) as IDataObject);
}

/** Leads with activity in the window (one search), then each one's timeline for the window. */
export async function actionsIn(
	scope: ExecutionScope,
	{ actionTypes, performedBy }: ActionFilters,
	window: Window | undefined,
	limits: { leads: number; actionsPerLead: number },
): Promise<Found[]> {
	const filters = { actionTypes, performedBy, performed: window && { ...window } };
	const leads = await searchLeadRows(scope.api, scope.workspace, { filters }, limits.leads);
	const body: ApiBody = {};
	if (window) body.created_on = { ...window };
	const search = { body, actionTypes, performedBy, limit: limits.actionsPerLead };
	const found: Found[] = [];
	for (const lead of leads) {
		const leadId = leadIdOf(lead);
		if (!leadId) continue;
		for (const row of await searchTimeline(scope.api, leadId, search)) {
			const id = actionIdOf(row);
			if (!id) continue;
			const item = async () => ({ lead_id: leadId, ...(await scope.output.action(row)) });
			found.push({ id, at: createdAt(row), item });
		}
	}
	return found;
}

export async function poll(this: IPollFunctions, scope: ExecutionScope, window: Window) {
	const all = { leads: Infinity, actionsPerLead: Infinity };
	return await actionsIn(scope, readFilters.call(this), window, all);
}

/**
 * The newest matching action: the shortest window back from now that has one, then the
 * newest action of each lead active in it (a lead's newest action may sit on an old lead).
 */
export async function sample(this: IPollFunctions, scope: ExecutionScope): Promise<Found[]> {
	return await newestAction(scope, readFilters.call(this));
}

/** The newest action matching the filters (Fetch Test Event of action events). */
export async function newestAction(
	scope: ExecutionScope,
	filters: ActionFilters,
): Promise<Found[]> {
	const now = Date.now();
	for (const days of SAMPLE_WINDOWS_DAYS) {
		const window = days === Infinity ? undefined : { from: now - days * 86_400_000, to: now };
		const limits = { leads: SAMPLE_LEADS, actionsPerLead: 1 };
		const found = await actionsIn(scope, filters, window, limits);
		if (found.length) return found.sort((a, b) => b.at - a.at).slice(0, 1);
	}
	return [];
}
