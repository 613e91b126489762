import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import type { Confirmation } from '../../helpers/leads/queuedUpserts';
import { withoutIdentifier } from '../../helpers/leads/leadWrites';
import { confirmQueued, queueUpsert } from '../../helpers/leads/queuedUpserts';
import { lostAnswerError, toNodeError } from '../../helpers/nodeErrors';
import { asyncActions } from '../../helpers/values/actionEntries';
import { wholeNumber } from '../../helpers/values/invalidValue';
import { isAnswerLost } from '../../transport';
import type { ExecutionScope, LeadKey } from '../node.type';
import { readNewLead } from './create.operation';
import { identifierLeadKey } from '../parameters';
import { actionEntriesProperty, fieldMapper } from '../common.descriptions';

/** The Async API's documented limit per token (reference §10). */
const ASYNC_REQUESTS_PER_HOUR = 18_000;

const properties: INodeProperties[] = [
	{
		displayName:
			'Queued through the Async API (a "TeleCRM Async API" credential); the fields and dropdowns come from the Sync credential, and every value is checked before it is queued',
		name: 'queuedNotice',
		type: 'notice',
		default: '',
	},
	fieldMapper('fields', 'Lead Fields', 'getLeadFieldColumns', ['operation'], 'upsert'),
	actionEntriesProperty(
		'actions',
		'Actions to Add',
		'Custom actions and payments appended to the lead, new or existing',
	),
	{
		displayName: 'Confirm',
		name: 'confirm',
		type: 'boolean',
		default: false,
		description:
			'Whether to look the leads up through the Sync API once they are queued, and say for each whether TeleCRM holds what was sent (one search per 100 leads and round)',
	},
	{
		displayName: 'Confirm Within (Seconds)',
		name: 'confirmWithin',
		type: 'number',
		typeOptions: { minValue: 1, maxValue: 3600 },
		default: 60,
		description: 'How long to keep looking; leads not seen by then are reported as not seen yet',
		displayOptions: { show: { confirm: [true] } },
	},
	{
		displayName: 'Queue Options',
		name: 'queueOptions',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		options: [
			{
				displayName: 'Requests per Hour',
				name: 'requestsPerHour',
				type: 'number',
				typeOptions: { minValue: 1 },
				default: 18000,
				description:
					"The Async token's limit (18,000 documented): requests are spaced to stay within it, so a long import is paced, not refused",
			},
		],
	},
];

export const description = updateDisplayOptions(
	{ show: { resource: ['lead'], operation: ['upsertQueued'] } },
	properties,
);

/** What an item queued, for Confirm: its identifier as stored and the fields sent. */
const queued = new WeakMap<IDataObject, { key: string; fields: IDataObject }>();

function requestsPerHour(this: IExecuteFunctions, itemIndex: number): number {
	const options = this.getNodeParameter('queueOptions', itemIndex, {}) as IDataObject;
	const perHour = options.requestsPerHour ?? ASYNC_REQUESTS_PER_HOUR;
	return wholeNumber(perHour, 'Requests per Hour', 1);
}

/** Checked and converted as for the Sync writes; then queued, or the item fails. */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
	scope: ExecutionScope,
): Promise<IDataObject> {
	const { input, key, actions } = await readNewLead.call(this, itemIndex, scope.workspace);
	const body: IDataObject = { fields: input.fields };
	if (actions.length) body.actions = asyncActions(actions);
	const api = scope.asyncApi(requestsPerHour.call(this, itemIndex));
	try {
		await queueUpsert(api, body, itemIndex);
	} catch (error) {
		if (!isAnswerLost(error)) throw toNodeError(this.getNode(), error, itemIndex);
		const advice = `TeleCRM may have queued it. Check the lead (${input.identifier} ${key}) before running this item again.`;
		throw lostAnswerError(this.getNode(), error, itemIndex, advice);
	}
	const output: IDataObject = { result: 'queued', identifier: input.identifier, ...input.fields };
	if (body.actions) output.actions = body.actions;
	// The identifier found the lead, in whatever form telecrm stored it: the rest is compared.
	queued.set(output, { key, fields: withoutIdentifier(input.fields, input.identifier) });
	return output;
}

/** Items with the same identifier are queued in input order (telecrm applies them in order). */
export async function leadKey(
	this: IExecuteFunctions,
	itemIndex: number,
	scope: ExecutionScope,
): Promise<LeadKey | undefined> {
	return await identifierLeadKey.call(this, itemIndex, scope, false);
}

export const parallelItems = true;

/** Confirm: one round of lookups for all items, then each item says what TeleCRM holds. */
export async function settle(
	this: IExecuteFunctions,
	outputs: Map<number, IDataObject>,
	scope: ExecutionScope,
): Promise<void> {
	const confirming = [...outputs].filter(([itemIndex, output]) => {
		return queued.has(output) && (this.getNodeParameter('confirm', itemIndex, false) as boolean);
	});
	if (!confirming.length) return;
	// Items sharing an identifier expect the lead as the last of them leaves it.
	const expected = new Map<string, IDataObject>();
	for (const [, output] of confirming) {
		const { key, fields } = queued.get(output)!;
		expected.set(key, { ...expected.get(key), ...fields });
	}
	const seconds = Math.max(
		...confirming.map(([i]) =>
			wholeNumber(this.getNodeParameter('confirmWithin', i, 60), 'Confirm Within', 1),
		),
	);
	const timing = { withinMs: seconds * 1000, firstWaitMs: 1000, inFlight: 4 };
	let found: Map<string, Confirmation>;
	try {
		found = await confirmQueued(scope.leads, expected, timing);
	} catch (error) {
		const failed: Confirmation & IDataObject = { confirmation: 'not seen yet' };
		failed.confirmError = (error as Error).message;
		for (const [, output] of confirming) Object.assign(output, failed);
		return;
	}
	for (const [, output] of confirming) {
		const confirmation = found.get(queued.get(output)!.key)!;
		const { lead_id, ...rest } = confirmation;
		const before = { ...output };
		for (const k of Object.keys(output)) delete output[k];
		Object.assign(output, lead_id ? { lead_id } : {}, before, rest);
	}
}
