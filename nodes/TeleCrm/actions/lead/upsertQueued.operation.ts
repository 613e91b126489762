import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import type { Confirmation } from '../../helpers/leads/queuedUpserts';
import type { QueuedLeads } from '../../helpers/output/executionHints';
import { noteLeadsQueued } from '../../helpers/output/executionHints';
import { withoutIdentifier } from '../../helpers/leads/leadWrites';
import { confirmQueued, queueUpsert } from '../../helpers/leads/queuedUpserts';
import { lostAnswerError, toNodeError } from '../../helpers/nodeErrors';
import { asyncActions } from '../../helpers/values/actionEntries';
import { ASYNC_REQUESTS_PER_HOUR, isAnswerLost } from '../../transport';
import type { ExecutionScope, Executed, FirstPass, SettledOperation } from '../node.type';
import { actionEntriesProperty, readActionEntries } from '../parameters/actionEntries';
import { checkOnlyProperty } from '../parameters/executionSettings';
import { wholeNumberOf } from '../parameters/numbers';
import type { MappedInput } from '../parameters/fieldMappers';
import { leadFieldsPass, leadFieldsProperty, readNewLead } from '../parameters/fieldMappers';

const confirmProperty: INodeProperties = {
	displayName: 'Confirm',
	name: 'confirm',
	type: 'boolean',
	default: false,
	description:
		'Whether to look the leads up through the Sync API once they are queued, and say for each whether TeleCRM holds what was sent (one search per 100 leads and round)',
};

const confirmWithinProperty: INodeProperties = {
	displayName: 'Confirm Within (Seconds)',
	name: 'confirmWithin',
	type: 'number',
	typeOptions: { minValue: 1, maxValue: 3600 },
	default: 60,
	description: 'How long to keep looking; leads not seen by then are reported as not seen yet',
	displayOptions: { show: { confirm: [true] } },
};

const requestsPerHourOption: INodeProperties = {
	displayName: 'Requests per Hour',
	name: 'requestsPerHour',
	type: 'number',
	typeOptions: { minValue: 1 },
	default: ASYNC_REQUESTS_PER_HOUR,
	description: `The Async token's limit (${ASYNC_REQUESTS_PER_HOUR.toLocaleString('en-US')} documented): requests are spaced to stay within it, so a long import is paced, not refused`,
};

const queueOptionsProperty: INodeProperties = {
	displayName: 'Queue Options',
	name: 'queueOptions',
	type: 'collection',
	placeholder: 'Add Option',
	default: {},
	options: [requestsPerHourOption],
};

const properties: INodeProperties[] = [
	{
		displayName:
			'Queued through the Async API (a "TeleCRM Async API" credential); the fields and dropdowns come from the Sync credential, and every value is checked before it is queued',
		name: 'queuedNotice',
		type: 'notice',
		default: '',
	},
	leadFieldsProperty('getLeadFieldColumns', 'upsert'),
	actionEntriesProperty(
		'actions',
		'Custom actions and payments appended to the lead, new or existing',
	),
	confirmProperty,
	confirmWithinProperty,
	queueOptionsProperty,
	checkOnlyProperty,
];

export const description = updateDisplayOptions(
	{ show: { resource: ['lead'], operation: ['upsertQueued'] } },
	properties,
);

/** What an item queued, for Confirm: its identifier as stored, the fields sent, the wait. */
interface Queued {
	key: string;
	fields: IDataObject;
	/** Confirm Within, in ms; undefined without Confirm. */
	confirmWithinMs?: number;
}

type QueuedItem = Executed<Queued>;

/** Queue Options, checked. */
function readQueueOptions(this: IExecuteFunctions, itemIndex: number) {
	const options = this.getNodeParameter(queueOptionsProperty.name, itemIndex, {}) as IDataObject;
	const requestsPerHour = options[requestsPerHourOption.name];
	return { requestsPerHour: wholeNumberOf(requestsPerHourOption, requestsPerHour) };
}

/** Confirm's wait for this item in ms (none without Confirm), checked before anything is queued. */
function readConfirmWithinMs(this: IExecuteFunctions, itemIndex: number): number | undefined {
	if (!(this.getNodeParameter(confirmProperty.name, itemIndex, false) as boolean)) return undefined;
	const seconds = this.getNodeParameter(
		confirmWithinProperty.name,
		itemIndex,
		confirmWithinProperty.default,
	);
	return wholeNumberOf(confirmWithinProperty, seconds) * 1000;
}

/**
 * Checked and converted as for the Sync writes; then queued, or the item fails. `leadFields` is
 * what `firstPass` read (undefined when it failed for this item: read again).
 */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
	scope: ExecutionScope,
	leadFields: MappedInput | undefined,
): Promise<QueuedItem> {
	const { input, key } = await readNewLead.call(this, itemIndex, scope.workspace, leadFields);
	const actions = await readActionEntries.call(this, 'actions', itemIndex, scope.workspace);
	const body: IDataObject = { fields: input.fields };
	if (actions.length) body.actions = asyncActions(actions);
	const api = scope.asyncApi(readQueueOptions.call(this, itemIndex).requestsPerHour);
	const confirmWithin = readConfirmWithinMs.call(this, itemIndex);
	try {
		await queueUpsert(api, body, itemIndex);
	} catch (error) {
		if (!isAnswerLost(error)) throw toNodeError(this.getNode(), error, itemIndex);
		const advice = `TeleCRM may have queued it. Check the lead (${input.identifier} ${key}) before running this item again.`;
		throw lostAnswerError(this.getNode(), error, itemIndex, advice);
	}
	const json: IDataObject = { result: 'queued', identifier: input.identifier, ...input.fields };
	if (body.actions) json.actions = body.actions;
	// The identifier found the lead, in whatever form telecrm stored it: the rest is compared.
	const fields = withoutIdentifier(input.fields, input.identifier);
	return { json, state: { key, fields, confirmWithinMs: confirmWithin } };
}

/** Items with the same identifier are queued in input order (telecrm applies them in order). */
export async function firstPass(
	this: IExecuteFunctions,
	itemIndex: number,
	scope: ExecutionScope,
): Promise<FirstPass<MappedInput>> {
	return await leadFieldsPass.call(this, itemIndex, scope, false);
}

export const parallelItems = true;

/** Items sharing an identifier expect the lead as the last of them leaves it. */
function expectedLeads(confirming: Queued[]): Map<string, IDataObject> {
	const expected = new Map<string, IDataObject>();
	for (const { key, fields } of confirming) expected.set(key, { ...expected.get(key), ...fields });
	return expected;
}

/** The item's output with what Confirm found: `lead_id` first, `confirmation` after the rest. */
function withConfirmation(json: IDataObject, { lead_id, ...found }: Confirmation): IDataObject {
	return { ...(lead_id ? { lead_id } : {}), ...json, ...found };
}

/** Confirm's lookups for the confirming items: what completes each one's output. */
async function confirm(
	confirming: Queued[],
	scope: ExecutionScope,
): Promise<(json: IDataObject, key: string) => IDataObject> {
	const withinMs = Math.max(...confirming.map((q) => q.confirmWithinMs!));
	const timing = { withinMs, firstWaitMs: 1000, inFlight: 4 };
	try {
		const found = await confirmQueued(scope.leads, expectedLeads(confirming), timing);
		return (json, key) => withConfirmation(json, found.get(key)!);
	} catch (error) {
		const failed = { confirmation: 'not seen yet', confirmError: (error as Error).message };
		return (json) => ({ ...json, ...failed });
	}
}

/** For the execution's hint: items only queued, and those Confirm did not see stored in time. */
function queuedLeads(
	executed: Map<number, QueuedItem>,
	outputs: Map<number, IDataObject>,
): QueuedLeads {
	const confirming = [...executed].filter(([, { state }]) => state.confirmWithinMs);
	const seen = ([itemIndex]: [number, QueuedItem]) =>
		outputs.get(itemIndex)?.confirmation === 'confirmed';
	return {
		unconfirmed: executed.size - confirming.length,
		confirming: confirming.length,
		notSeen: confirming.filter((entry) => !seen(entry)).length,
		withinMs: Math.max(0, ...confirming.map(([, { state }]) => state.confirmWithinMs!)),
	};
}

/**
 * Confirm, once every item is queued: one round of lookups for all of them (it never fails an
 * item that was queued: a failed lookup is reported in each output).
 */
export async function settle(
	this: IExecuteFunctions,
	executed: Map<number, QueuedItem>,
	scope: ExecutionScope,
): Promise<Map<number, IDataObject>> {
	const confirming = [...executed.values()]
		.map(({ state }) => state)
		.filter((q) => q.confirmWithinMs);
	const complete = confirming.length ? await confirm(confirming, scope) : undefined;
	const outputs = new Map<number, IDataObject>();
	for (const [itemIndex, { json, state }] of executed) {
		const confirmed = complete && state.confirmWithinMs;
		outputs.set(itemIndex, confirmed ? complete(json, state.key) : json);
	}
	noteLeadsQueued(scope.facts, queuedLeads(executed, outputs));
	return outputs;
}

// The operation map holds SettledOperation<unknown>: here the compiler checks that `execute`
// and `settle` agree on each item's state, and `firstPass` and `execute` on what was read.
void ({ firstPass, execute, settle } satisfies Pick<
	SettledOperation<Queued, MappedInput>,
	'firstPass' | 'execute' | 'settle'
>);
