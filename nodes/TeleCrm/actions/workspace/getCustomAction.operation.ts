import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { fullActionCode } from '../../helpers/values/customActions';

import type { ExecutionScope } from '../node.type';

const properties: INodeProperties[] = [
	{
		displayName: 'Custom Action Name or ID',
		name: 'code',
		type: 'options',
		typeOptions: { loadOptionsMethod: 'getCustomActions' },
		required: true,
		default: '',
		description:
			'The custom action, by its code (1001 or ACTION_1001). Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
	},
];

export const description = updateDisplayOptions(
	{ show: { resource: ['workspace'], operation: ['getCustomAction'] } },
	properties,
);

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
	{ api }: ExecutionScope,
): Promise<IDataObject> {
	const code = fullActionCode(String(this.getNodeParameter('code', itemIndex)));
	return await api.request({ method: 'GET', path: ['custom-actions', code], itemIndex });
}
