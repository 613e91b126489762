/**
 * The lead filters: Lead › Search and Count's Filters, the trigger's New Lead filters, and the
 * action filters Timeline › Search and New Action share (action types, performed by), each with
 * its reader.
 */
import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { fieldValuePairs, fieldValuePairsOf } from './fieldValuePairs';
import type { LeadFilters } from '../../helpers/leads/leadSearch';
import { timeWindow } from '../../helpers/values/dates';
import { givenValues, listOf, memberEmails } from '../../helpers/values/filterValues';

/** Action types to keep (lead search, timeline search, the trigger's New Action). */
export const actionTypesFilter: INodeProperties = {
	displayName: 'Action Type Names or IDs',
	name: 'types',
	type: 'multiOptions',
	typeOptions: { loadOptionsMethod: 'getActionTypes' },
	default: [],
	description:
		'Custom action codes (1001), PAYMENT or built-in types (OUTGOING_CALL…); any of them matches. Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
};

/** Team members who performed an action, by email. */
export const performedByFilter: INodeProperties = {
	displayName: 'Performed By Names or IDs',
	name: 'performedBy',
	type: 'multiOptions',
	typeOptions: { loadOptionsMethod: 'getTeamMembers' },
	default: [],
	description:
		'Team-member emails of who performed the action; any of them matches. Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
	hint: 'Emails, e.g. agent@company.com',
};

/** What the action filters (`actionTypesFilter`, `performedByFilter`) keep: any of each. */
export interface ActionFilters {
	actionTypes: string[];
	/** Team-member emails, checked. */
	performedBy: string[];
}

/** A collection holding `actionTypesFilter` and `performedByFilter` (Timeline › Search, New Action), checked. */
export function readActionFilters(collection: IDataObject): ActionFilters {
	return {
		actionTypes: listOf(collection[actionTypesFilter.name]),
		performedBy: memberEmails(collection[performedByFilter.name] ?? [], 'Performed By'),
	};
}

/**
 * The filters of Lead Search, by what they filter on (`leadFiltersOf` takes their names from
 * here); the trigger's New Lead event offers the same ones.
 */
export const leadFilterProperties = {
	actionTypes: { ...actionTypesFilter, name: 'actionTypes' },
	performedAfter: {
		displayName: 'Actions Performed After',
		name: 'performedAfter',
		type: 'dateTime',
		default: '',
		description:
			'Keep leads with a matching action performed at or after this time (date picker, ISO date, epoch ms or dd/mm/yyyy)',
	},
	performedBefore: {
		displayName: 'Actions Performed Before',
		name: 'performedBefore',
		type: 'dateTime',
		default: '',
		description:
			'Keep leads with a matching action performed at or before this time (date picker, ISO date, epoch ms or dd/mm/yyyy)',
	},
	performedBy: { ...performedByFilter, displayName: 'Actions Performed By Names or IDs' },
	assignee: {
		displayName: 'Assignee Names or IDs',
		name: 'assignee',
		type: 'multiOptions',
		typeOptions: { loadOptionsMethod: 'getTeamMembers' },
		default: [],
		description:
			'Team-member emails: leads assigned to any of them. Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
		hint: 'Emails, e.g. agent@company.com',
	},
	createdAfter: {
		displayName: 'Created After',
		name: 'createdAfter',
		type: 'dateTime',
		default: '',
		description:
			'Leads created at or after this time (date picker, ISO date, epoch ms or dd/mm/yyyy)',
	},
	createdBefore: {
		displayName: 'Created Before',
		name: 'createdBefore',
		type: 'dateTime',
		default: '',
		description:
			'Leads created at or before this time (date picker, ISO date, epoch ms or dd/mm/yyyy). With Return All and no value here, the search stops at the moment it started.',
	},
	fieldValues: fieldValuePairs(
		'getLeadFields',
		'Exact, case-insensitive match on any lead field. Each value is read like a value to save: phones in any format, ratings as numbers, dates as a date picker or ISO date (matched to the millisecond), tags as a comma-separated list. Several values for one field match any of them.',
	),
	status: {
		displayName: 'Status Names or IDs',
		name: 'status',
		type: 'multiOptions',
		typeOptions: { loadOptionsMethod: 'getStatuses' },
		default: [],
		description:
			'Status labels (matched case-sensitively by TeleCRM), archived ones included: leads in any of them. Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
	},
} satisfies Record<string, INodeProperties>;

/** The Lead Search filters in the editor's (alphabetical) order. */
export const leadFilterOptions: INodeProperties[] = Object.values(leadFilterProperties);

/** The Filters collection of Lead › Search and Lead › Count. */
export const leadFilters: INodeProperties = {
	displayName: 'Filters',
	name: 'filters',
	type: 'collection',
	placeholder: 'Add Filter',
	default: {},
	description: 'Filters are exact matches; different filters must all match (AND)',
	options: leadFilterOptions,
};

/** A collection holding `leadFilterProperties` (Lead Search's Filters, New Lead's), checked. */
export function leadFiltersOf(collection: IDataObject): LeadFilters {
	type Filter = keyof typeof leadFilterProperties;
	const value = (filter: Filter) => collection[leadFilterProperties[filter].name];
	// A refused date names its filter as the editor shows it.
	const window = (from: Filter, to: Filter) =>
		timeWindow(value(from), value(to), [
			leadFilterProperties[from].displayName,
			leadFilterProperties[to].displayName,
		]);
	return {
		statuses: givenValues(value('status')),
		assignees: memberEmails(value('assignee') ?? [], 'Assignee'),
		fieldValues: fieldValuePairsOf(value('fieldValues')),
		created: window('createdAfter', 'createdBefore'),
		actionTypes: givenValues(value('actionTypes')),
		performedBy: memberEmails(value('performedBy') ?? [], 'Actions Performed By'),
		performed: window('performedAfter', 'performedBefore'),
	};
}

/** The Filters collection of Lead › Search and Lead › Count (`leadFilters`), checked. */
export function readLeadFilters(this: IExecuteFunctions, itemIndex: number): LeadFilters {
	return leadFiltersOf(this.getNodeParameter(leadFilters.name, itemIndex, {}) as IDataObject);
}
