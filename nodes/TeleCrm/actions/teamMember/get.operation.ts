import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import type { ExecutionScope } from '../node.type';
import { memberLocator, readMemberEmail } from '../parameters/memberLocator';

const includeDeletedProperty: INodeProperties = {
	displayName: 'Include Deleted',
	name: 'includeDeleted',
	type: 'boolean',
	default: false,
	description: 'Whether to return the member even when deleted',
};

const properties: INodeProperties[] = [memberLocator, includeDeletedProperty];

export const description = updateDisplayOptions(
	{ show: { resource: ['teamMember'], operation: ['get'] } },
	properties,
);

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
	{ api }: ExecutionScope,
): Promise<IDataObject> {
	const email = readMemberEmail.call(this, itemIndex);
	const includeDeleted = this.getNodeParameter(
		includeDeletedProperty.name,
		itemIndex,
		false,
	) as boolean;
	return await api.request({
		method: 'GET',
		path: ['team-members', email],
		qs: includeDeleted ? { includeDeleted } : {},
		itemIndex,
	});
}

export const parallelItems = true;
