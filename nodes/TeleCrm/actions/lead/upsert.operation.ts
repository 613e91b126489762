import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import type { LeadWritten } from '../../helpers/leads/createOrUpdate';
import { createOrUpdateLead } from '../../helpers/leads/createOrUpdate';
import { writeOutcome } from '../../helpers/output/outputShaper';
import type { ExecutionScope, FirstPass, ItemOperation } from '../node.type';
import { actionEntriesProperty, readActionEntries } from '../parameters/actionEntries';
import { checkOnlyProperty } from '../parameters/executionSettings';
import type { MappedInput } from '../parameters/fieldMappers';
import { leadFieldsPass, leadFieldsProperty, readNewLead } from '../parameters/fieldMappers';
import { readItemValue } from '../parameters/itemValue';
import { leadOutputProperties, onIgnoredProperty, readLeadOutcome } from '../parameters/outcome';

type MatchStrategy = 'auto' | 'lookUpFirst' | 'createFirst';

type AddActionsTo = 'every' | 'new';

const addActionsToProperty: INodeProperties = {
	displayName: 'Add Actions To',
	name: 'addActionsTo',
	type: 'options',
	noDataExpression: true,
	options: [
		{
			name: 'Every Lead',
			value: 'every',
			description: 'New and existing leads get the actions',
		},
		{
			name: 'Only New Leads',
			value: 'new',
			description:
				'Only a lead this item creates gets them: running an import again adds nothing twice. No extra request.',
		},
	],
	default: 'every',
	description:
		'Which leads get the Actions to Add. With Only New Leads the output tells, in actionsAdded, whether this lead got them.',
};

const matchStrategyProperty: INodeProperties = {
	displayName: 'Match Strategy',
	name: 'matchStrategy',
	type: 'options',
	noDataExpression: true,
	options: [
		{
			name: 'Automatic',
			value: 'auto',
			description:
				'Create First when the execution has one item (a form, a webhook), Look Up First when it has several',
		},
		{
			name: 'Look Up First',
			value: 'lookUpFirst',
			description:
				"Look every item's lead up before writing (one search per 100 items), then update or create it",
		},
		{
			name: 'Create First',
			value: 'createFirst',
			description:
				'Send the create; when the lead exists already (409), look it up and update it. Cheapest when most leads are new.',
		},
	],
	default: 'auto',
	description: 'How the lead is matched by its identifier: the number of requests differs',
};

const properties: INodeProperties[] = [
	leadFieldsProperty('getLeadFieldColumns', 'upsert'),
	actionEntriesProperty(
		'actions',
		'Custom actions and payments recorded on the lead, new or existing',
	),
	addActionsToProperty,
	matchStrategyProperty,
	onIgnoredProperty,
	checkOnlyProperty,
	...leadOutputProperties,
];

export const description = updateDisplayOptions(
	{ show: { resource: ['lead'], operation: ['upsert'] } },
	properties,
);

/**
 * Automatic: one item (a form, a webhook) creates first; several are looked up together. Check
 * Only always looks up: a create held back cannot meet the 409 that would reveal the lead.
 */
function strategyOf(
	this: IExecuteFunctions,
	itemIndex: number,
	scope: ExecutionScope,
): 'lookUpFirst' | 'createFirst' {
	if (scope.api.settings.checkOnly) return 'lookUpFirst';
	const chosen = readItemValue<MatchStrategy>(this, matchStrategyProperty.name, itemIndex, 'auto');
	if (chosen !== 'auto') return chosen;
	return this.getInputData().length === 1 ? 'createFirst' : 'lookUpFirst';
}

/** What the first pass read of an item: its Lead Fields and its strategy. */
interface UpsertRead {
	fields: MappedInput;
	lookUpFirst: boolean;
}

/**
 * Items with the same identifier run in input order; looking up first, the router also looks
 * every item's lead up before the first runs (100 values a search). Match Strategy and Lead
 * Fields are read here, once per item, and handed to `execute`.
 */
export async function firstPass(
	this: IExecuteFunctions,
	itemIndex: number,
	scope: ExecutionScope,
): Promise<FirstPass<UpsertRead>> {
	const lookUpFirst = strategyOf.call(this, itemIndex, scope) === 'lookUpFirst';
	const { key, read } = await leadFieldsPass.call(this, itemIndex, scope, lookUpFirst);
	return { key, read: { fields: read, lookUpFirst } };
}

/** `result`, and with Only New Leads whether this lead got the actions: the same keys either way. */
function resultKeys({ result }: LeadWritten, onlyNew: boolean, actions: unknown[]): IDataObject {
	if (!onlyNew) return { result };
	return { result, actionsAdded: result === 'created' && actions.length > 0 };
}

/**
 * Creates the lead or updates the one stored under its identifier (`createOrUpdateLead`). Only
 * New Leads: the create carries the actions, an update never does, so a lead gets them once
 * however often the item runs, at no extra request.
 */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
	scope: ExecutionScope,
	read: UpsertRead | undefined,
): Promise<IDataObject> {
	const { workspace } = scope;
	const { input, key } = await readNewLead.call(this, itemIndex, workspace, read?.fields);
	const actions = await readActionEntries.call(this, 'actions', itemIndex, workspace);
	const addTo = readItemValue<AddActionsTo>(this, addActionsToProperty.name, itemIndex, 'every');
	const onlyNew = addTo === 'new';
	// No read: the first pass failed for this item (its Lead Fields were read again above).
	const lookUpFirst = read
		? read.lookUpFirst
		: strategyOf.call(this, itemIndex, scope) === 'lookUpFirst';
	const upsert = {
		input,
		key,
		lookUpFirst,
		actions: { create: actions, update: onlyNew ? [] : actions },
	};
	const written = await createOrUpdateLead(scope, upsert, itemIndex);
	return await writeOutcome(scope.output, scope.facts, written.response, {
		actions: written.actions,
		fields: written.fields,
		extra: resultKeys(written, onlyNew, actions),
		...readLeadOutcome.call(this, itemIndex),
	});
}

export const parallelItems = true;

// The operation map holds ItemOperation<unknown>: the compiler checks here that `firstPass`
// and `execute` agree on what was read.
void ({ firstPass, execute } satisfies Pick<ItemOperation<UpsertRead>, 'firstPass' | 'execute'>);
