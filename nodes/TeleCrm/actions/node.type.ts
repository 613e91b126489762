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

/** The lead an item works on, by its identifier value as stored: what orders the items. */
interface LeadKey {
	identifier: string;
	/** Whether the router looks it up before the first item runs (100 values a search). */
	lookUpFirst: boolean;
}

/**
 * What an operation's `firstPass` read of one item before any item runs: the lead it works on
 * (if any), for the router, and the parameters read to find it (`read`), which the router hands
 * to the item's `execute` so that none is read twice.
 */
export interface FirstPass<Read> {
	key?: LeadKey;
	read: Read;
}

interface OperationBase<Read> {
	description: INodeProperties[];
	/** One request per item, independent of the others: several items may run at once. */
	parallelItems?: boolean;
	/**
	 * Reads what orders the item: items on the same lead run in input order; with
	 * `lookUpFirst`, the router looks every item's lead up before the first runs.
	 */
	firstPass?(
		this: IExecuteFunctions,
		itemIndex: number,
		scope: ExecutionScope,
	): Promise<FirstPass<Read>>;
}

/**
 * An operation whose items are complete when `execute` returns: what every operation is but one.
 * `read` is its `firstPass`'s `read` for the item: undefined without a first pass, or when it
 * threw for the item (`execute` then reads the parameters itself, and fails with their error).
 */
export interface ItemOperation<Read> extends OperationBase<Read> {
	execute(
		this: IExecuteFunctions,
		itemIndex: number,
		scope: ExecutionScope,
		read: Read | undefined,
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
export interface SettledOperation<State, Read = unknown> extends OperationBase<Read> {
	execute(
		this: IExecuteFunctions,
		itemIndex: number,
		scope: ExecutionScope,
		read: Read | undefined,
	): Promise<Executed<State>>;
	/** Each item's final output, by item index. It must not throw for them. */
	settle(
		this: IExecuteFunctions,
		executed: Map<number, Executed<State>>,
		scope: ExecutionScope,
	): Promise<Map<number, IDataObject>>;
}

/**
 * What every `<operation>.operation.ts` exports. The map holds them with `unknown` reads and
 * states, so an operation with a read of its own checks that its `firstPass` and `execute`
 * agree (`satisfies Pick<ItemOperation<Read>, …>`, as Create or Update does).
 */
export type OperationModule = ItemOperation<unknown> | SettledOperation<unknown>;

export type ResourceOperations<R extends Resource> = Record<TeleCrmType[R], OperationModule>;
