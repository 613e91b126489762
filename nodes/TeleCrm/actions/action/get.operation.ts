import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { resolveLeadId } from '../../helpers/leads';

import { actionIdProperty } from './properties';
import { leadLocatorKey } from '../lookups';
import type { ExecutionScope } from '../node.type';
import { leadLocator } from '../common.descriptions';

const properties: INodeProperties[] = [leadLocator, actionIdProperty];

export const description = updateDisplayOptions(
	{ show: { resource: ['action'], operation: ['get'] } },
	properties,
);

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
	scope: ExecutionScope,
): Promise<IDataObject> {
	const { api, output } = scope;
	const leadId = await resolveLeadId.call(this, itemIndex, scope);
	const actionId = String(this.getNodeParameter('actionId', itemIndex)).trim();
	const action = await api.request({
		method: 'GET',
		path: ['lead', leadId, 'action', actionId],
		itemIndex,
	});
	return { lead_id: leadId, action_id: actionId, ...(await output.action(action)) };
}

/** One request (or a fixed few) per item, independent of other items. */
export const parallelItems = true;

/** A lead given by identifier is looked up with every other item's, 100 a search. */
export const leadKey = leadLocatorKey;
