import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { requestAllPages, MAX_PAGE_SIZE } from '../../transport';
import type { ExecutionScope } from '../node.type';
import { readRowsWanted, returnAllOrLimit } from '../parameters/returnAll';

const includeDeletedProperty: INodeProperties = {
	displayName: 'Include Deleted',
	name: 'includeDeleted',
	type: 'boolean',
	default: false,
	description: 'Whether to list deleted members too',
};

const properties: INodeProperties[] = [...returnAllOrLimit(), includeDeletedProperty];

export const description = updateDisplayOptions(
	{ show: { resource: ['teamMember'], operation: ['getAll'] } },
	properties,
);

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
	{ api }: ExecutionScope,
): Promise<IDataObject[]> {
	const includeDeleted = this.getNodeParameter(
		includeDeletedProperty.name,
		itemIndex,
		false,
	) as boolean;
	return await requestAllPages(api, {
		method: 'GET',
		path: ['team-members'],
		qs: includeDeleted ? { includeDeleted } : {},
		maxPageSize: MAX_PAGE_SIZE.teamMembers,
		limit: readRowsWanted.call(this, itemIndex),
		itemIndex,
	});
}
