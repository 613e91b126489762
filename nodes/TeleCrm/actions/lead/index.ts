import type { INodeProperties } from 'n8n-workflow';

import * as get from './get.operation';
import * as search from './search.operation';
import type { ResourceModule } from '../types';

export const operations: ResourceModule = { get, search };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['lead'] } },
		options: [
			{
				name: 'Get',
				value: 'get',
				description: 'Get a lead by ID or identifier, optionally with a page of its timeline',
				action: 'Get a lead',
			},
			{
				name: 'Search',
				value: 'search',
				description: 'Find leads by field values, status, assignee, creation time or actions',
				action: 'Search leads',
			},
		],
		default: 'search',
	},
	...get.description,
	...search.description,
];
