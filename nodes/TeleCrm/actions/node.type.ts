import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import type { ExecutionScope } from '../helpers/scope';

export type { ExecutionScope };

/** Every resource of the node and its operations: the router's dispatch is checked against it. */
export type TeleCrmType = {
	lead: 'create' | 'upsert' | 'upsertQueued' | 'get' | 'update' | 'search' | 'count';
	action: 'create' | 'get' | 'update' | 'search';
	teamMember: 'getAll' | 'get' | 'create' | 'setAvailability';
	workspace:
		| 'getInfo'
		| 'getCustomFields'
		| 'getCustomField'
		| 'getCustomActions'
		| 'getCustomAction'
		| 'getPipeline'
		| 'checkSetup';
};

export type Resource = keyof TeleCrmType;

export interface LeadKey {
	value: string;
	lookUp: boolean;
}

/** What every `<operation>.operation.ts` exports. */
export interface OperationModule {
	description: INodeProperties[];
	execute(
		this: IExecuteFunctions,
		itemIndex: number,
		scope: ExecutionScope,
	): Promise<IDataObject | IDataObject[]>;
	/** One request per item, independent of the others: several items may run at once. */
	parallelItems?: boolean;
	/**
	 * The identifier value (as stored) the item finds its lead by, if any. Items sharing a
	 * value run in input order; with `lookUp`, the router looks every item's value up before
	 * the first runs, 100 values a search.
	 */
	leadKey?(
		this: IExecuteFunctions,
		itemIndex: number,
		scope: ExecutionScope,
	): Promise<LeadKey | undefined>;
	/**
	 * After every item ran: completes the outputs of the items that succeeded, all at once (by
	 * item index; Create or Update (Queued) adds Confirm's findings). It must not throw for them.
	 */
	settle?(
		this: IExecuteFunctions,
		outputs: Map<number, IDataObject>,
		scope: ExecutionScope,
	): Promise<void>;
}

export type ResourceOperations<R extends Resource> = Record<TeleCrmType[R], OperationModule>;
