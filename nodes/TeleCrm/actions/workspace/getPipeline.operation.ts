import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { deepCopy } from 'n8n-workflow';

import type { ExecutionScope } from '../node.type';

export const description: INodeProperties[] = [];

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
	{ workspace }: ExecutionScope,
): Promise<IDataObject> {
	// One documented shape, whether telecrm answers with leadStages[] or flat lists.
	return deepCopy(await workspace.pipeline(itemIndex));
}
