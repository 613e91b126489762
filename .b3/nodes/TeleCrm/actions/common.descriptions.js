'use strict';
Object.defineProperty(exports, '__esModule', { value: true });
exports.simplifyProperty =
	exports.leadFilterOptions =
	exports.performedByFilter =
	exports.actionTypesFilter =
	exports.requestOptionsProperty =
	exports.onIgnoredProperty =
	exports.memberLocator =
	exports.leadLocator =
		void 0;
exports.fieldValuePairs = fieldValuePairs;
exports.paymentProperties = paymentProperties;
exports.actionEntriesProperty = actionEntriesProperty;
exports.fieldMapper = fieldMapper;
exports.returnAllOrLimit = returnAllOrLimit;
const customActions_1 = require('../helpers/values/customActions');
const transport_1 = require('../transport');
function fieldValuePairs(loadOptionsMethod, description) {
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
function paymentProperties(prefix = '') {
	const name = (n) => (prefix ? prefix + n.charAt(0).toUpperCase() + n.slice(1) : n);
	return [
		{
			displayName: 'Payment Status',
			name: name('status'),
			type: 'options',
			options: customActions_1.PAYMENT_STATUSES.map((s) => ({
				name: s.charAt(0) + s.slice(1).toLowerCase(),
				value: s,
			})),
			default: 'PENDING',
		},
		{
			displayName: 'Currency',
			name: name('currency'),
			type: 'options',
			options: customActions_1.CURRENCIES.map((c) => ({ name: c, value: c })),
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
function actionEntriesProperty(name, displayName, description) {
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
exports.leadLocator = {
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
exports.memberLocator = {
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
function fieldMapper(name, displayName, method, dependsOn, mode = 'add') {
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
function returnAllOrLimit() {
	return [
		{
			displayName: 'Return All',
			name: 'returnAll',
			type: 'boolean',
			default: false,
			description: 'Whether to return all results or only up to a given limit',
		},
		{
			displayName: 'Limit',
			name: 'limit',
			type: 'number',
			typeOptions: { minValue: 1 },
			default: 50,
			description: 'Max number of results to return',
			displayOptions: { show: { returnAll: [false] } },
		},
	];
}
exports.onIgnoredProperty = {
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
exports.requestOptionsProperty = {
	displayName: 'Options',
	name: 'requestOptions',
	type: 'collection',
	placeholder: 'Add Option',
	default: {},
	options: [
		{
			displayName: 'Dates in Output',
			name: 'dates',
			type: 'options',
			options: [
				{ name: 'ISO 8601 (2026-11-26T10:00:00.000Z)', value: 'iso' },
				{ name: 'Epoch Milliseconds (as TeleCRM Sends Them)', value: 'raw' },
			],
			default: 'iso',
			description: 'How date fields and timestamps appear in the output',
		},
		{
			displayName: 'Timeout',
			name: 'timeout',
			type: 'number',
			typeOptions: { minValue: 1000 },
			default: 60000,
			description:
				'Milliseconds to wait for each TeleCRM answer. Reads are retried after a timeout; a create is never sent twice.',
		},
		{
			displayName: 'Items in Flight',
			name: 'itemsInFlight',
			type: 'number',
			typeOptions: { minValue: 1, maxValue: transport_1.RETRY_POLICY.maxItemsInFlight },
			default: 1,
			description:
				'How many items to send to TeleCRM at once (create, update, get and similar operations). Output order and item links stay as they are; a 429 from TeleCRM pauses them all.',
		},
	],
};
exports.actionTypesFilter = {
	displayName: 'Action Type Names or IDs',
	name: 'types',
	type: 'multiOptions',
	typeOptions: { loadOptionsMethod: 'getActionTypes' },
	default: [],
	description:
		'Custom action codes (1001), PAYMENT or built-in types (OUTGOING_CALL…); any of them matches. Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
};
exports.performedByFilter = {
	displayName: 'Performed By Names or IDs',
	name: 'performedBy',
	type: 'multiOptions',
	typeOptions: { loadOptionsMethod: 'getTeamMembers' },
	default: [],
	description:
		'Team-member emails of who performed the action; any of them matches. Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
	hint: 'Emails, e.g. agent@company.com',
};
exports.leadFilterOptions = [
	{ ...exports.actionTypesFilter, name: 'actionTypes' },
	{
		displayName: 'Actions Performed After',
		name: 'performedAfter',
		type: 'dateTime',
		default: '',
		description:
			'Keep leads with a matching action performed at or after this time (date picker, ISO date, epoch ms or dd/mm/yyyy)',
	},
	{
		displayName: 'Actions Performed Before',
		name: 'performedBefore',
		type: 'dateTime',
		default: '',
		description:
			'Keep leads with a matching action performed at or before this time (date picker, ISO date, epoch ms or dd/mm/yyyy)',
	},
	{ ...exports.performedByFilter, displayName: 'Actions Performed By Names or IDs' },
	{
		displayName: 'Assignee Names or IDs',
		name: 'assignee',
		type: 'multiOptions',
		typeOptions: { loadOptionsMethod: 'getTeamMembers' },
		default: [],
		description:
			'Team-member emails: leads assigned to any of them. Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
		hint: 'Emails, e.g. agent@company.com',
	},
	{
		displayName: 'Created After',
		name: 'createdAfter',
		type: 'dateTime',
		default: '',
		description:
			'Leads created at or after this time (date picker, ISO date, epoch ms or dd/mm/yyyy)',
	},
	{
		displayName: 'Created Before',
		name: 'createdBefore',
		type: 'dateTime',
		default: '',
		description:
			'Leads created at or before this time (date picker, ISO date, epoch ms or dd/mm/yyyy). With Return All and no value here, the search stops at the moment it started.',
	},
	fieldValuePairs(
		'getLeadFields',
		'Exact, case-insensitive match on any lead field. Each value is read like a value to save: phones in any format, ratings as numbers, dates as a date picker or ISO date (matched to the millisecond), tags as a comma-separated list. Several values for one field match any of them.',
	),
	{
		displayName: 'Status Names or IDs',
		name: 'status',
		type: 'multiOptions',
		typeOptions: { loadOptionsMethod: 'getStatuses' },
		default: [],
		description:
			'Status labels (matched case-sensitively by TeleCRM), archived ones included: leads in any of them. Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
	},
];
exports.simplifyProperty = {
	displayName: 'Simplify',
	name: 'simplify',
	type: 'boolean',
	default: true,
	description: 'Whether to return the lead fields at the top level instead of under "fields"',
};
//# sourceMappingURL=common.descriptions.js.map
