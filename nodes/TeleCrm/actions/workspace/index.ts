import type { INodeProperties } from 'n8n-workflow';

import * as checkSetup from './checkSetup.operation';
import * as getCustomAction from './getCustomAction.operation';
import * as getCustomActions from './getCustomActions.operation';
import * as getCustomField from './getCustomField.operation';
import * as getCustomFields from './getCustomFields.operation';
import * as getInfo from './getInfo.operation';
import * as getPipeline from './getPipeline.operation';
import type { ResourceOperations } from '../node.type';

export const operations: ResourceOperations<'workspace'> = {
	getInfo,
	getCustomFields,
	getCustomField,
	getCustomActions,
	getCustomAction,
	getPipeline,
	checkSetup,
};

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['workspace'] } },
		options: [
			{
				name: 'Check Setup',
				value: 'checkSetup',
				description:
					'Check the credentials and what this workspace answers (read-only): one item per check and a summary for bug reports',
				action: 'Check the workspace setup',
			},
			{
				name: 'Get Custom Action',
				value: 'getCustomAction',
				description: 'Get one custom action definition with its field schema',
				action: 'Get a custom action definition',
			},
			{
				name: 'Get Custom Field',
				value: 'getCustomField',
				description: 'Get one lead field definition with its options',
				action: 'Get a lead field definition',
			},
			{
				name: 'Get Info',
				value: 'getInfo',
				description: 'Get the workspace name, industry, integrations and lead identifier field',
				action: 'Get workspace info',
			},
			{
				name: 'Get Many Custom Actions',
				value: 'getCustomActions',
				description: 'List the custom action definitions of the workspace',
				action: 'Get many custom action definitions',
			},
			{
				name: 'Get Many Custom Fields',
				value: 'getCustomFields',
				description: 'List the lead field definitions of the workspace, standard fields included',
				action: 'Get many lead field definitions',
			},
			{
				name: 'Get Pipeline',
				value: 'getPipeline',
				description: 'Get the lead stages, statuses and lost reasons',
				action: 'Get the lead stage pipeline',
			},
		],
		default: 'getInfo',
	},
	...checkSetup.description,
	...getCustomAction.description,
	...getCustomActions.description,
	...getCustomField.description,
	...getCustomFields.description,
	...getInfo.description,
	...getPipeline.description,
];
