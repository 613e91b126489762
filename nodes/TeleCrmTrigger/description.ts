import type { INodeProperties } from 'n8n-workflow';

import {
	actionTypesFilter,
	leadFilterOptions,
	performedByFilter,
} from '../TeleCrm/actions/common.descriptions';

/** The creation window is the trigger's own; every other lead filter is offered. */
const newLeadFilters = leadFilterOptions.filter(
	(option) => !['createdAfter', 'createdBefore'].includes(option.name),
);

export const triggerProperties: INodeProperties[] = [
	{
		displayName: 'Trigger On',
		name: 'event',
		type: 'options',
		noDataExpression: true,
		options: [
			{
				name: 'New Lead',
				value: 'newLead',
				description: 'A lead was created (one item per lead)',
			},
			{
				name: 'New Action',
				value: 'newAction',
				description:
					'An action was logged on any lead: a custom action, payment, call or message (one item per action)',
			},
		],
		default: 'newLead',
	},
	{
		displayName: 'Filters',
		name: 'leadFilters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		description: 'Only leads matching every filter start the workflow',
		displayOptions: { show: { event: ['newLead'] } },
		options: newLeadFilters,
	},
	{
		displayName: 'Filters',
		name: 'actionFilters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		displayOptions: { show: { event: ['newAction'] } },
		options: [actionTypesFilter, performedByFilter],
	},
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		options: [
			{
				displayName: 'Late Arrival Window (Minutes)',
				name: 'overlapMinutes',
				type: 'number',
				typeOptions: { minValue: 0, maxValue: 1440 },
				default: 10,
				description:
					'Each poll looks this far back before the previous poll, so a record that becomes searchable late is still caught; records already emitted are never emitted again',
			},
		],
	},
];
