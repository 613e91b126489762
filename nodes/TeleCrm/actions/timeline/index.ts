import type { INodeProperties } from 'n8n-workflow';

import * as create from './create.operation';
import * as get from './get.operation';
import * as search from './search.operation';
import * as update from './update.operation';
import type { ResourceOperations } from '../node.type';

export const operations: ResourceOperations<'action'> = { create, get, update, search };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['action'] } },
		options: [
			{
				name: 'Create',
				value: 'create',
				description:
					'Record custom actions and payments on a lead timeline, several in one request',
				action: 'Create actions on a lead',
			},
			{
				name: 'Get',
				value: 'get',
				description: 'Get a custom action or payment of a lead by its action ID',
				action: 'Get an action',
			},
			{
				name: 'Search',
				value: 'search',
				description:
					'List a lead timeline (calls, messages, custom actions, payments), newest first',
				action: 'Search actions of a lead',
			},
			{
				name: 'Update',
				value: 'update',
				description: 'Change fields of a custom action, or the status of a payment',
				action: 'Update an action',
			},
		],
		default: 'create',
	},
	...create.description,
	...get.description,
	...search.description,
	...update.description,
];
