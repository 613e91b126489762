import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { createOrUpdate } from '../../helpers/leads/createOrUpdate';
import { updateLead, withoutIdentifier } from '../../helpers/leads/leadWrites';
import { writeOutcome } from '../../helpers/output/outputShaper';
import { rowFields } from '../../helpers/values/rows';
import type { ExecutionScope, LeadKey } from '../node.type';
import { failsOnIgnored, identifierLeadKey, readLeadView } from '../parameters';
import { createNewLead, readNewLead } from './create.operation';
import {
	actionEntriesProperty,
	checkOnlyProperty,
	fieldMapper,
	leadOutputProperties,
	onIgnoredProperty,
} from '../common.descriptions';

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
	fieldMapper('fields', 'Lead Fields', 'getLeadFieldColumns', ['operation'], 'upsert'),
	actionEntriesProperty(
		'actions',
		'Actions to Add',
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
	const chosen = this.getNodeParameter('matchStrategy', itemIndex, 'auto') as MatchStrategy;
	if (chosen !== 'auto') return chosen;
	return this.getInputData().length === 1 ? 'createFirst' : 'lookUpFirst';
}

/**
 * Items with the same identifier run in input order; looking up first, the router also looks
 * every item's lead up before the first runs (100 values a search).
 */
export async function leadKey(
	this: IExecuteFunctions,
	itemIndex: number,
	scope: ExecutionScope,
): Promise<LeadKey | undefined> {
	const lookUpFirst = strategyOf.call(this, itemIndex, scope) === 'lookUpFirst';
	return await identifierLeadKey.call(this, itemIndex, scope, lookUpFirst);
}

/**
 * An update of an existing lead: the fields and actions it sends, the values known before
 * (the lookup's row and the identifier), what its output adds.
 */
interface ExistingLeadUpdate {
	leadId: string;
	fields: IDataObject;
	known: IDataObject;
	actions: IDataObject[];
	extra: IDataObject;
}

async function update(
	this: IExecuteFunctions,
	{ api, output, facts }: ExecutionScope,
	itemIndex: number,
	{ leadId, fields, known, actions, extra }: ExistingLeadUpdate,
): Promise<IDataObject> {
	const { fields: stored, actionsResponse } = await updateLead(
		api,
		leadId,
		fields,
		actions,
		itemIndex,
	);
	const response = { lead_id: leadId, ...(actionsResponse ?? {}) };
	return await writeOutcome(output, facts, response, {
		actions,
		// Without a fields update (only the identifier, or only actions) nothing answers the
		// lead's values: the lookup's row has them.
		fields: { ...known, ...(stored ?? fields) },
		extra: { result: 'updated', ...extra },
		failOnIgnored: failsOnIgnored.call(this, itemIndex),
		view: readLeadView.call(this, itemIndex),
	});
}

/**
 * Creates the lead or updates the one stored under its identifier (`createOrUpdate`). Only New
 * Leads: the create carries the actions, an update never does, so a lead gets them once however
 * often the item runs, at no extra request.
 */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
	scope: ExecutionScope,
): Promise<IDataObject> {
	const lead = await readNewLead.call(this, itemIndex, scope.workspace);
	const { input, key, actions } = lead;
	const addTo = this.getNodeParameter(
		addActionsToProperty.name,
		itemIndex,
		'every',
	) as AddActionsTo;
	const onlyNew = addTo === 'new';
	const told = (added: boolean): IDataObject =>
		onlyNew ? { actionsAdded: added && actions.length > 0 } : {};
	const lookUpFirst = strategyOf.call(this, itemIndex, scope) === 'lookUpFirst';
	return await createOrUpdate(
		scope.leads,
		key,
		lookUpFirst,
		{
			create: async () => ({
				...(await createNewLead.call(this, itemIndex, scope, lead)),
				...told(true),
			}),
			update: async (leadId, found) =>
				await update.call(this, scope, itemIndex, {
					leadId,
					fields: withoutIdentifier(input.fields, input.identifier),
					known: { [input.identifier]: input.fields[input.identifier], ...rowFields(found) },
					actions: onlyNew ? [] : actions,
					extra: told(false),
				}),
		},
		itemIndex,
	);
}

export const parallelItems = true;
