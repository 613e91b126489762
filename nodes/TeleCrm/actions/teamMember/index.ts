import type { INodeProperties } from 'n8n-workflow';

import * as create from './create.operation';
import * as get from './get.operation';
import * as getAll from './getAll.operation';
import * as setAvailability from './setAvailability.operation';
import type { ResourceOperations } from '../node.type';

export const operations: ResourceOperations<'teamMember'> = {
	getAll,
	get,
	create,
	setAvailability,
};

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['teamMember'] } },
		options: [
			{
				name: 'Create',
				value: 'create',
				description:
					'Add a team member (uses a licence seat); without a password an invitation is sent',
				action: 'Create a team member',
			},
			{
				name: 'Get',
				value: 'get',
				description: 'Get a team member by email',
				action: 'Get a team member',
			},
			{
				name: 'Get Many',
				value: 'getAll',
				description: 'List team members sorted by name',
				action: 'Get many team members',
			},
			{
				name: 'Set Availability',
				value: 'setAvailability',
				description: 'Mark a member Active, Inactive, On Leave or Working',
				action: 'Set the availability of a team member',
			},
		],
		default: 'getAll',
	},
	...create.description,
	...get.description,
	...getAll.description,
	...setAvailability.description,
];
