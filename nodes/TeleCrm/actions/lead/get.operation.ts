import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { MAX_PAGE_SIZE } from '../../transport';
import type { LeadLocator } from '../../helpers/leads/leadLocator';
import type { ExecutionScope } from '../node.type';
import { wholeNumberOf } from '../parameters/numbers';
import { leadLocator, leadLocatorPass, readLeadId } from '../parameters/leadLocator';
import { leadOutputProperties, readLeadView } from '../parameters/outcome';

const skipProperty: INodeProperties = {
	displayName: 'Actions to Skip',
	name: 'actionsSkip',
	type: 'number',
	typeOptions: { minValue: 0 },
	default: 0,
	description: 'How many actions of the timeline to skip before the page starts',
	displayOptions: { show: { includeActions: [true] } },
};

const actionsLimitProperty: INodeProperties = {
	displayName: 'Actions Limit',
	name: 'actionsLimit',
	type: 'number',
	typeOptions: { minValue: 1, maxValue: MAX_PAGE_SIZE.actions },
	default: 10,
	description: 'Max number of actions to return (1 to 100)',
	displayOptions: { show: { includeActions: [true] } },
};

const includeActionsProperty: INodeProperties = {
	displayName: 'Include Actions',
	name: 'includeActions',
	type: 'boolean',
	default: false,
	description: 'Whether to add a page of the lead timeline (every action type, calls included)',
};

const properties: INodeProperties[] = [
	leadLocator,
	includeActionsProperty,
	skipProperty,
	actionsLimitProperty,
	...leadOutputProperties,
];

export const description = updateDisplayOptions(
	{ show: { resource: ['lead'], operation: ['get'] } },
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
	const includeActions = this.getNodeParameter(
		includeActionsProperty.name,
		itemIndex,
		false,
	) as boolean;
	const qs: IDataObject = {};
	if (includeActions) {
		qs.includeActions = true;
		qs.skip = wholeNumberOf(skipProperty, this.getNodeParameter(skipProperty.name, itemIndex, 0));
		qs.limit = wholeNumberOf(
			actionsLimitProperty,
			this.getNodeParameter(actionsLimitProperty.name, itemIndex, 10),
		);
	}
	const lead = await api.request({
		method: 'GET',
		path: ['lead', leadId],
		qs,
		itemIndex,
	});
	const shaped = await output.leadRow(lead, readLeadView.call(this, itemIndex), leadId);
	if (Array.isArray(lead.actions)) {
		shaped.actions = await Promise.all(
			(lead.actions as IDataObject[]).map(async (a) => await output.action(a)),
		);
	}
	return shaped;
}

export const parallelItems = true;

export const firstPass = leadLocatorPass;
