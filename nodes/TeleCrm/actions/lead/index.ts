import type { INodeProperties } from 'n8n-workflow';

import * as count from './count.operation';
import * as create from './create.operation';
import * as get from './get.operation';
import * as search from './search.operation';
import * as update from './update.operation';
import * as upsert from './upsert.operation';
import * as upsertQueued from './upsertQueued.operation';
import type { ResourceOperations } from '../node.type';

export const operations: ResourceOperations<'lead'> = {
	create,
	upsert,
	upsertQueued,
	get,
	update,
	search,
	count,
};

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['lead'] } },
		options: [
			{
				name: 'Count',
				value: 'count',
				description:
					'Count the leads matching filters, in total or per status or assignee: one request per group, whatever the number of leads',
				action: 'Count leads',
			},
			{
				name: 'Create',
				value: 'create',
				description:
					'Create a lead with its fields and first actions; fails if the identifier exists',
				action: 'Create a lead',
			},
			{
				name: 'Create or Update',
				value: 'upsert',
				description: 'Create a new record, or update the current one if it already exists (upsert)',
				action: 'Create or update a lead',
			},
			{
				name: 'Create or Update (Queued)',
				value: 'upsertQueued',
				description:
					'Queue a create-or-update on the Async API, for high-volume intake; every value is checked first, nothing is dropped silently',
				action: 'Queue a create or update of a lead',
			},
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
			{
				name: 'Update',
				value: 'update',
				description: 'Change fields of a lead (not its identifier)',
				action: 'Update a lead',
			},
		],
		default: 'upsert',
	},
	...count.description,
	...create.description,
	...get.description,
	...search.description,
	...update.description,
	...upsert.description,
	...upsertQueued.description,
];
