import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import type { ExecutionScope } from '../node.type';
import { checkOnlyProperty } from '../parameters/executionSettings';
import { memberLocator, readMemberEmail } from '../parameters/memberLocator';

const stateProperty: INodeProperties = {
	displayName: 'Availability',
	name: 'state',
	type: 'options',
	// telecrm's states, as the editor shows them.
	options: ['Active', 'Inactive', 'On Leave', 'Working'].map((state) => ({
		name: state,
		value: state,
	})),
	default: 'Working',
	description: 'Availability feeds lead distribution rules',
};

const properties: INodeProperties[] = [memberLocator, stateProperty, checkOnlyProperty];

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
	const state = this.getNodeParameter(stateProperty.name, itemIndex) as string;
	return await api.request({
		method: 'POST',
		path: ['teammember', 'state_change'],
		body: { state, email },
		itemIndex,
	});
}

export const parallelItems = true;
