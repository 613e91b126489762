import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import type { ExecutionScope } from '../node.type';

const properties: INodeProperties[] = [
	{
		displayName: 'Field Name or ID',
		name: 'apiName',
		type: 'options',
		typeOptions: { loadOptionsMethod: 'getLeadFields' },
		required: true,
		default: '',
		description:
			'API name of the lead field (case-sensitive). Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
	},
];

export const description = updateDisplayOptions(
	{ show: { resource: ['workspace'], operation: ['getCustomField'] } },
	properties,
);

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
	{ api }: ExecutionScope,
): Promise<IDataObject> {
	const apiName = String(this.getNodeParameter('apiName', itemIndex)).trim();
	return await api.request({
		method: 'GET',
		path: ['custom-fields', apiName],
		itemIndex,
	});
}
