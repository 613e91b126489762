import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { leadLocator, resolveLeadId } from '../../helpers/leads';
import type { Workspace } from '../../helpers/workspace';
import { apiRequest } from '../../transport';
import { actionIdProperty } from './properties';

const properties: INodeProperties[] = [leadLocator, actionIdProperty];

export const description = updateDisplayOptions(
	{ show: { resource: ['action'], operation: ['get'] } },
	properties,
);

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
	workspace: Workspace,
): Promise<IDataObject> {
	const leadId = await resolveLeadId.call(this, itemIndex, workspace);
	const actionId = String(this.getNodeParameter('actionId', itemIndex)).trim();
	const action = await apiRequest.call(this, {
		method: 'GET',
		path: ['lead', leadId, 'action', actionId],
		itemIndex,
	});
	return { lead_id: leadId, action_id: actionId, ...action };
}
