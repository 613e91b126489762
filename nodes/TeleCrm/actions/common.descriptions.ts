/** UI pieces shared by several operations (Airtable/Pipedrive v2 style); no runtime code here. */
import type { INodeProperties } from 'n8n-workflow';

import { CURRENCIES, PAYMENT_STATUSES } from '../helpers/values/customActions';
import { RETRY_POLICY } from '../transport';

/** A list of field/value pairs whose field dropdown comes from `loadOptionsMethod`. */
function fieldValuePairs(loadOptionsMethod: string, description: string): INodeProperties {
	return {
		displayName: 'Field Values',
		name: 'fieldValues',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		default: {},
		placeholder: 'Add Field Value',
		description,
		options: [
			{
				displayName: 'Field',
				name: 'values',
				values: [
					{
						displayName: 'Field Name or ID',
						name: 'field',
						type: 'options',
						typeOptions: { loadOptionsMethod },
						default: '',
						description:
							'Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
					},
					{ displayName: 'Value', name: 'value', type: 'string', default: '' },
				],
			},
		],
	};
}

/** The options of a payment's status, for a new payment and a changed one. */
export const paymentStatusOptions = PAYMENT_STATUSES.map((s) => ({
	name: s.charAt(0) + s.slice(1).toLowerCase(),
	value: s,
}));

/** The parts of a payment, each one parameter of `paymentProperties`. */
export const PAYMENT_PARTS = ['status', 'currency', 'amount', 'paymentId'] as const;
export type PaymentPart = (typeof PAYMENT_PARTS)[number];

/** The parameter holding a part of the payment: `status`, or with a prefix `paymentStatus`. */
export function paymentParameterName(prefix: string, part: PaymentPart): string {
	return prefix ? prefix + part.charAt(0).toUpperCase() + part.slice(1) : part;
}

/** Status, currency, amount and payment ID; used in the payment entry and by Create Action. */
export function paymentProperties(prefix = ''): INodeProperties[] {
	const name = (part: PaymentPart) => paymentParameterName(prefix, part);
	return [
		{
			displayName: 'Payment Status',
			name: name('status'),
			type: 'options',
			options: paymentStatusOptions,
			default: 'PENDING',
		},
		{
			displayName: 'Currency',
			name: name('currency'),
			type: 'options',
			options: CURRENCIES.map((c) => ({ name: c, value: c })),
			default: 'INR',
		},
		{
			displayName: 'Amount',
			name: name('amount'),
			type: 'string',
			default: '',
			placeholder: '5000',
			description: 'Greater than 0; sent as a numeric string',
		},
		{
			displayName: 'Payment ID',
			name: name('paymentId'),
			type: 'string',
			default: '',
			description: 'Your external payment reference (optional; cannot be changed later)',
		},
	];
}

/** Any number of custom actions and payments, picked from dropdowns. */
export function actionEntriesProperty(
	name: string,
	displayName: string,
	description: string,
): INodeProperties {
	return {
		displayName,
		name,
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		placeholder: 'Add Action',
		default: {},
		description,
		options: [
			{
				displayName: 'Custom Action',
				name: 'custom',
				values: [
					{
						displayName: 'Custom Action Name or ID',
						name: 'type',
						type: 'options',
						description:
							'Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
						typeOptions: { loadOptionsMethod: 'getCustomActions' },
						default: '',
					},
					fieldValuePairs('getCustomActionFields', 'Fields of the chosen custom action'),
				],
			},
			{ displayName: 'Payment', name: 'payment', values: paymentProperties() },
		],
	};
}

export const leadLocator: INodeProperties = {
	displayName: 'Lead',
	name: 'lead',
	type: 'resourceLocator',
	default: { mode: 'list', value: '' },
	required: true,
	description:
		'The lead: picked from the list, by its TeleCRM ID, or by the value of the workspace lead identifier (phone by default)',
	modes: [
		{
			displayName: 'From List',
			name: 'list',
			type: 'list',
			hint: 'Type a full name, email or phone (any format) for an exact match, or part of one to search the 100 newest leads',
			typeOptions: { searchListMethod: 'searchLeads', searchable: true },
		},
		{
			displayName: 'By ID',
			name: 'id',
			type: 'string',
			placeholder: '603d2b2f9b1e8a001c8e4f5c',
		},
		{
			displayName: 'By Identifier',
			name: 'identifier',
			type: 'string',
			placeholder: '919999999999',
			hint: 'The phone, email or text that identifies leads in your workspace',
		},
	],
};

export const memberLocator: INodeProperties = {
	displayName: 'Team Member',
	name: 'member',
	type: 'resourceLocator',
	default: { mode: 'list', value: '' },
	required: true,
	description: 'The team member, by email',
	modes: [
		{
			displayName: 'From List',
			name: 'list',
			type: 'list',
			typeOptions: { searchListMethod: 'searchTeamMembers', searchable: true },
		},
		{
			displayName: 'By Email',
			name: 'email',
			type: 'string',
			placeholder: 'jane.doe@example.com',
		},
	],
};

/**
 * A resource mapper parameter (Odoo v2 style); columns come from `method`. Writes use n8n's
 * 'add' mode, which lists every field with no matching column (update mode would demand one);
 * Create or Update uses 'upsert' mode, which shows the identifier it matches on at the top.
 */
export function fieldMapper(
	name: string,
	displayName: string,
	method: string,
	dependsOn: string[],
	mode: 'add' | 'upsert' = 'add',
): INodeProperties {
	return {
		displayName,
		name,
		type: 'resourceMapper',
		noDataExpression: true,
		default: { mappingMode: 'defineBelow', value: null },
		required: true,
		typeOptions: {
			loadOptionsDependsOn: dependsOn,
			resourceMapper: {
				resourceMapperMethod: method,
				mode,
				fieldWords: { singular: 'field', plural: 'fields' },
				addAllFields: true,
				multiKeyMatch: false,
				supportAutoMap: true,
			},
		},
	};
}

/** Return All's Limit: its reader checks an expression's value against these bounds. */
export const limitProperty: INodeProperties = {
	displayName: 'Limit',
	name: 'limit',
	type: 'number',
	typeOptions: { minValue: 1 },
	default: 50,
	description: 'Max number of results to return',
	displayOptions: { show: { returnAll: [false] } },
};

/** Return All + Limit pair for list operations (wrap with updateDisplayOptions). */
export function returnAllOrLimit(): INodeProperties[] {
	return [
		{
			displayName: 'Return All',
			name: 'returnAll',
			type: 'boolean',
			default: false,
			description: 'Whether to return all results or only up to a given limit',
		},
		{ ...limitProperty },
	];
}

/**
 * The writes' dry run: the router reads it once, for every operation whose description has it.
 * It decides for the whole execution, so no item may decide it (noDataExpression).
 */
export const checkOnlyProperty: INodeProperties = {
	displayName: 'Check Only',
	name: 'checkOnly',
	type: 'boolean',
	noDataExpression: true,
	default: false,
	description:
		'Whether to check every item as a real run does (values, lookups) and output the requests it would send, or its error, without writing anything',
};

export const onIgnoredProperty: INodeProperties = {
	displayName: 'On Ignored Values',
	name: 'onIgnored',
	type: 'options',
	options: [
		{
			name: 'Keep Remarks in Output',
			value: 'keep',
			description: 'Output what TeleCRM ignored under "remarks" and carry on',
		},
		{
			name: 'Fail the Item',
			value: 'fail',
			description: 'Treat any ignored field or action as an error of this item',
		},
	],
	default: 'keep',
	description:
		'TeleCRM saves a lead or action even when some values are refused; it lists them as remarks. Choose what the workflow does then.',
};

/** Options › Keep Workspace Definitions, of the node (Request Options) and the trigger (Options). */
export const keepDefinitionsProperty: INodeProperties = {
	displayName: 'Keep Workspace Definitions',
	name: 'keepDefinitions',
	type: 'boolean',
	default: true,
	description:
		'Whether to keep the custom fields, pipeline, custom actions and team list in memory between executions and polls (up to 5 minutes; a name they lack is read afresh at once). Off: read them in every execution that needs them.',
};

/** The Options collection's Dates in Output (`requestOptionsProperty`). */
export const datesOption: INodeProperties = {
	displayName: 'Dates in Output',
	name: 'dates',
	type: 'options',
	options: [
		{ name: 'ISO 8601 (2026-11-26T10:00:00.000Z)', value: 'iso' },
		{ name: 'Epoch Milliseconds (as TeleCRM Sends Them)', value: 'raw' },
	],
	default: 'iso',
	description: 'How date fields and timestamps appear in the output',
};

export const timeoutOption: INodeProperties = {
	displayName: 'Timeout',
	name: 'timeout',
	type: 'number',
	typeOptions: { minValue: 100 },
	default: 60000, // RETRY_POLICY.requestTimeoutMs (n8n's lint wants a literal; a test keeps them equal)
	description:
		'Milliseconds each attempt may take, its whole answer included (a deadline, not an idle timeout). Reads are retried after a timeout; a create is never sent twice.',
};

export const itemsInFlightOption: INodeProperties = {
	displayName: 'Items in Flight',
	name: 'itemsInFlight',
	type: 'number',
	typeOptions: { minValue: 1, maxValue: RETRY_POLICY.maxItemsInFlight },
	default: 1,
	description:
		'How many items to send to TeleCRM at once (create, update, get and similar operations). Output order and item links stay as they are; a 429 from TeleCRM pauses them all.',
};

export const requestOptionsProperty: INodeProperties = {
	displayName: 'Options',
	name: 'requestOptions',
	type: 'collection',
	placeholder: 'Add Option',
	default: {},
	options: [datesOption, timeoutOption, itemsInFlightOption, keepDefinitionsProperty],
};

/** A multiOptions whose list `loadOptionsMethod` loads; `description` is followed by n8n's sentence. */
function loadedList(
	displayName: string,
	name: string,
	loadOptionsMethod: string,
	description: string,
): INodeProperties {
	return {
		displayName,
		name,
		type: 'multiOptions',
		typeOptions: { loadOptionsMethod },
		default: [],
		description: `${description} Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>`,
	};
}

/** Action types to keep (lead search, timeline search, the trigger's New Action). */
export const actionTypesFilter: INodeProperties = loadedList(
	'Action Type Names or IDs',
	'types',
	'getActionTypes',
	'Custom action codes (1001), PAYMENT or built-in types (OUTGOING_CALL…); any of them matches.',
);

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

/**
 * The filters of Lead Search, by what they filter on (the readers take their names from here);
 * the trigger's New Lead event offers the same ones.
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

/** Output of every lead operation, as n8n's Microsoft Outlook v2 words it (no Simplify beside it). */
export const leadOutputProperty: INodeProperties = {
	displayName: 'Output',
	name: 'output',
	type: 'options',
	default: 'simple',
	options: [
		{
			name: 'Simplified',
			value: 'simple',
			description:
				"The lead ID, name, phone, email, status and assignee (reads add created_on), each one null when the lead has none; for a write, null when it was not sent and TeleCRM's answer does not carry it",
		},
		{
			name: 'Raw',
			value: 'raw',
			description: 'The whole lead, its fields under "fields" as TeleCRM sends them',
		},
		{
			name: 'Select Included Fields',
			value: 'fields',
			description: 'The lead ID and the fields chosen below',
		},
	],
	description: "Which of the lead's fields each item carries",
};

export const leadOutputFieldsProperty: INodeProperties = {
	...loadedList(
		'Field Names or IDs',
		'outputFields',
		'getLeadOutputFields',
		'The lead fields to add to the output after lead_id (null when a lead has no value).',
	),
	displayOptions: { show: { output: ['fields'] } },
};

/** Output and its Fields: spread into every lead operation's parameters. */
export const leadOutputProperties: INodeProperties[] = [
	leadOutputProperty,
	leadOutputFieldsProperty,
];
