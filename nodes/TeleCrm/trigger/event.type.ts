import type { IDataObject, INodeProperties, IPollFunctions } from 'n8n-workflow';

import type { ExecutionScope } from '../helpers/scope';

/** Every event the trigger starts on: `events.ts` must map each one to its module. */
export type TriggerEvent = 'newLead' | 'newAction';

/** A closed window of epoch milliseconds. */
export interface Window {
	from: number;
	to: number;
}

/** One record a poll found: its identity, its time, and how to shape it for output. */
export interface Found {
	id: string;
	at: number;
	/** Shaped only when emitted, so re-read records cost no metadata request. */
	item: () => Promise<IDataObject>;
}

/** What every `<event>.event.ts` exports. */
export interface EventModule {
	/** Its entry in the Trigger On dropdown. */
	option: { name: string; description: string };
	/** Its own parameters (filters), shown only when it is chosen. */
	properties: INodeProperties[];
	/** Every matching record in the window, each once. */
	poll(this: IPollFunctions, scope: ExecutionScope, window: Window): Promise<Found[]>;
	/** Fetch Test Event: the newest matching record, or none. */
	sample(this: IPollFunctions, scope: ExecutionScope): Promise<Found[]>;
	/** What Fetch Test Event says when nothing matches yet. */
	nothingYet: string;
}
