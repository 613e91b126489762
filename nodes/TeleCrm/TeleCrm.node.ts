import type {
	IExecuteFunctions,
	INodeExecutionData,
	INodeType,
	INodeTypeDescription,
} from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import * as timeline from './actions/timeline';
import * as lead from './actions/lead';
import { requestOptionsProperty } from './actions/parameters/executionSettings';
import { router } from './actions/router';
import * as teamMember from './actions/teamMember';
import * as workspace from './actions/workspace';
import { listSearch, loadOptions, resourceMapping } from './methods';

export class TeleCrm implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'TeleCRM',
		name: 'teleCrm',
		icon: { light: 'file:../../icons/telecrm.svg', dark: 'file:../../icons/telecrm.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: '={{$parameter["operation"] + ": " + $parameter["resource"]}}',
		description:
			'Create, find and update TeleCRM leads, log actions and payments on their timeline, manage team members and read workspace metadata (Sync API)',
		defaults: { name: 'TeleCRM' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [
			{ name: 'teleCrmSyncApi', required: true },
			{
				// Optional: n8n keeps one entry per credential type, and Check Setup probes the Async
				// credential only when one is set. Create or Update (Queued) says when it is missing.
				name: 'teleCrmAsyncApi',
				required: false,
				displayOptions: {
					show: { resource: ['lead', 'workspace'], operation: ['upsertQueued', 'checkSetup'] },
				},
			},
		],
		properties: [
			{
				displayName: 'Resource',
				name: 'resource',
				type: 'options',
				noDataExpression: true,
				options: [
					{
						name: 'Lead',
						value: 'lead',
						description: 'People and companies in the pipeline, with their custom fields',
					},
					{
						name: 'Team Member',
						value: 'teamMember',
						description: 'Users of the workspace: agents, managers, their availability',
					},
					{
						// Shown in the panel as "Timeline actions"; "Action actions" would read oddly.
						name: 'Timeline',
						value: 'action',
						description: 'Actions on a lead: custom actions, payments, calls, messages',
					},
					{
						name: 'Workspace',
						value: 'workspace',
						description: 'Workspace metadata: custom fields, custom actions, pipeline',
					},
				],
				default: 'lead',
			},
			...lead.description,
			...timeline.description,
			...teamMember.description,
			...workspace.description,
			requestOptionsProperty,
		],
	};

	methods = { loadOptions, listSearch, resourceMapping };

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await router.call(this);
	}
}
