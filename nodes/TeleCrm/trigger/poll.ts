import type { IDataObject, INodeExecutionData, IPollFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import type { EventModule } from './event.type';
import { events, isTriggerEvent } from './events';
import { toNodeError } from '../helpers/nodeErrors';
import type { ExecutionScope } from '../helpers/scope';
import { executionScope } from '../helpers/scope';
import { eventProperty, overlapOption, triggerOptionsProperty } from './description';
import { readDefinitionsMode } from '../actions/parameters/executionSettings';
import { wholeNumberOf } from '../actions/parameters/numbers';

/** What the trigger keeps between polls (n8n saves it when a poll emits). */
interface PollState {
	/** When the trigger was activated: no window reaches back before it. */
	since?: number;
	/** Where the last poll's window ended (epoch ms). */
	cursor?: number;
	/** IDs emitted recently, with their time: they are never emitted again. Newest first. */
	seen?: Array<[string, number]>;
}

const SEEN_CAP = 10_000;

function eventOf(this: IPollFunctions): EventModule {
	const name = this.getNodeParameter(eventProperty.name) as string;
	if (!isTriggerEvent(name))
		throw new NodeOperationError(this.getNode(), `The trigger event "${name}" is not known`);
	return events[name];
}

/** "Fetch Test Event": the latest matching record, without touching the cursor. */
async function sample(this: IPollFunctions, event: EventModule, scope: ExecutionScope) {
	const found = await event.sample.call(this, scope);
	if (!found.length) {
		throw new NodeOperationError(this.getNode(), `${event.nothingYet} the trigger's filters yet`, {
			description: 'Create one in TeleCRM (or widen the filters), then fetch a test event again.',
		});
	}
	return [this.helpers.returnJsonArray([await found[0].item()])];
}

/**
 * One poll. The first only sets the cursor (nothing old is emitted). Then each poll reads the
 * closed window [cursor − overlap, poll start] completely, drops what it already emitted, and
 * moves the cursor to the poll start; a failed request throws before the state changes.
 */
export async function pollEvents(this: IPollFunctions): Promise<INodeExecutionData[][] | null> {
	try {
		return await poll.call(this);
	} catch (error) {
		// A filter value the trigger cannot search with says which forms it accepts.
		throw toNodeError(this.getNode(), error);
	}
}

async function poll(this: IPollFunctions): Promise<INodeExecutionData[][] | null> {
	const options = this.getNodeParameter(triggerOptionsProperty.name, {}) as IDataObject;
	// Fetch Test Event reads fresh.
	const mode = readDefinitionsMode(options, this.getMode() === 'manual');
	const scope = executionScope(this, undefined, 'iso', mode);
	const event = eventOf.call(this);
	if (this.getMode() === 'manual') return await sample.call(this, event, scope);
	const state = this.getWorkflowStaticData('node') as PollState;
	const pollStart = Date.now();
	if (state.cursor === undefined) {
		state.since = pollStart;
		state.cursor = pollStart;
		state.seen = [];
		return null;
	}
	const overlapMs = wholeNumberOf(overlapOption, options[overlapOption.name]) * 60_000;
	const window = { from: Math.max(state.cursor - overlapMs, state.since ?? 0), to: pollStart };
	const found = await event.poll.call(this, scope, window);
	const seen = new Map(state.seen ?? []);
	// Searches answer newest first: reversed, then sorted by time (stable), oldest comes first.
	const fresh = found
		.reverse()
		.filter((f) => !seen.has(f.id))
		.sort((a, b) => a.at - b.at);
	// A record without a readable time is remembered as of this poll, for the whole window.
	for (const f of fresh) seen.set(f.id, f.at || pollStart);
	// Older than the next window's start, a record cannot be found again.
	const keepFrom = pollStart - overlapMs;
	state.seen = [...seen]
		.filter(([, at]) => at >= keepFrom)
		.sort((a, b) => b[1] - a[1])
		.slice(0, SEEN_CAP);
	state.cursor = pollStart;
	if (!fresh.length) return null;
	const items = [];
	for (const f of fresh) items.push(await f.item());
	return [this.helpers.returnJsonArray(items)];
}
