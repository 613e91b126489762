import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import type { ExecutionScope } from '../helpers/scope';

export type { ExecutionScope };

/** Every resource of the node and its operations: the router's dispatch is checked against it. */
type TeleCrmType = {
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

/** The lead an item works on, by its identifier value as stored. */
export interface LeadKey {
	identifier: string;
	/** Whether the router looks it up before the first item runs (100 values a search). */
	lookUpFirst: boolean;
}

interface OperationBase {
	description: INodeProperties[];
	/** One request per item, independent of the others: several items may run at once. */
	parallelItems?: boolean;
	/**
	 * The lead the item works on, if any: items sharing it run in input order; with
	 * `lookUpFirst`, the router looks every item's lead up before the first runs.
	 */
	leadKey?(
		this: IExecuteFunctions,
		itemIndex: number,
		scope: ExecutionScope,
	): Promise<LeadKey | undefined>;
}

/**
 * An operation whose items are complete when `execute` returns: what every operation is but one.
 * `key` is what `leadKey` read of the item (undefined without `leadKey`, or when it could not
 * read the item), so the item's run need not read it again.
 */
interface ItemOperation extends OperationBase {
	execute(
		this: IExecuteFunctions,
		itemIndex: number,
		scope: ExecutionScope,
		key: LeadKey | undefined,
	): Promise<IDataObject | IDataObject[]>;
	settle?: undefined;
}

/** An item's output so far, and what `settle` needs to complete it. */
export interface Executed<State> {
	json: IDataObject;
	state: State;
}

/**
 * An operation that completes its items' outputs together once every item ran (Create or
 * Update (Queued) adds Confirm's findings). The router keeps each item's `Executed` by item
 * index and hands those of the items that succeeded to `settle`.
 */
export interface SettledOperation<State> extends OperationBase {
	execute(
		this: IExecuteFunctions,
		itemIndex: number,
		scope: ExecutionScope,
		key: LeadKey | undefined,
	): Promise<Executed<State>>;
	/** Each item's final output, by item index. It must not throw for them. */
	settle(
		this: IExecuteFunctions,
		executed: Map<number, Executed<State>>,
		scope: ExecutionScope,
	): Promise<Map<number, IDataObject>>;
}

/** What every `<operation>.operation.ts` exports. */
export type OperationModule = ItemOperation | SettledOperation<unknown>;

export type ResourceOperations<R extends Resource> = Record<TeleCrmType[R], OperationModule>;
