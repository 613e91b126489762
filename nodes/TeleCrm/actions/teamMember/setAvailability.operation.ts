import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import type { ExecutionScope } from '../node.type';
import { checkOnlyProperty } from '../parameters/executionSettings';
import { memberLocator, readMemberEmail } from '../parameters/memberLocator';

const properties: INodeProperties[] = [
	memberLocator,
	{
		displayName: 'Availability',
		name: 'state',
		type: 'options',
		options: [
			{ name: 'Active', value: 'Active' },
			{ name: 'Inactive', value: 'Inactive' },
			{ name: 'On Leave', value: 'On Leave' },
			{ name: 'Working', value: 'Working' },
		],
		default: 'Working',
		description: 'Availability feeds lead distribution rules',
	},
	checkOnlyProperty,
];

export const description = updateDisplayOptions(
	{ show: { resource: ['teamMember'], operation: ['setAvailability'] } },
	properties,
);

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
	{ api }: ExecutionScope,
): Promise<IDataObject> {
	const email = readMemberEmail.call(this, itemIndex);
	const state = this.getNodeParameter('state', itemIndex) as string;
	return await api.request({
		method: 'POST',
		path: ['teammember', 'state_change'],
		body: { state, email },
		itemIndex,
	});
}

export const parallelItems = true;
