import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { actionIdProperty } from './properties';
import type { LeadLocator } from '../../helpers/leads/leadLocator';
import type { ExecutionScope } from '../node.type';
import { leadLocator, leadLocatorPass, readLeadId } from '../parameters/leadLocator';

const properties: INodeProperties[] = [leadLocator, actionIdProperty];

export const description = updateDisplayOptions(
	{ show: { resource: ['action'], operation: ['get'] } },
	properties,
);

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
	scope: ExecutionScope,
	locator: LeadLocator | undefined,
): Promise<IDataObject> {
	const { api, output } = scope;
	const leadId = await readLeadId.call(this, itemIndex, scope, locator);
	const actionId = String(this.getNodeParameter(actionIdProperty.name, itemIndex)).trim();
	const action = await api.request({
		method: 'GET',
		path: ['lead', leadId, 'action', actionId],
		itemIndex,
	});
	return { lead_id: leadId, action_id: actionId, ...(await output.action(action)) };
}

export const parallelItems = true;

export const firstPass = leadLocatorPass;
