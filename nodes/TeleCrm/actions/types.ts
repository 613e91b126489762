import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import type { Workspace } from '../helpers/workspace';

/** What every `<operation>.operation.ts` exports: its parameters and a per-item executor. */
export interface OperationModule {
	description: INodeProperties[];
	execute(
		this: IExecuteFunctions,
		itemIndex: number,
		workspace: Workspace,
	): Promise<IDataObject | IDataObject[]>;
}

export type ResourceModule = Record<string, OperationModule>;
