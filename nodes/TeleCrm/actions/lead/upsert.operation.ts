import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { NodeOperationError, updateDisplayOptions } from 'n8n-workflow';

import { readActionEntries } from '../../helpers/actionInput';
import { asNodeError } from '../../helpers/errors';
import { readMapper } from '../../helpers/mappedFields';
import { leadIdOf } from '../../helpers/leads';
import {
	createLead,
	leadInput,
	requireIdentifier,
	updateLead,
	withoutIdentifier,
} from '../../helpers/leadWrites';

import { writeOutcome } from '../../helpers/outcome';
import { hasHttpCode } from '../../transport';
import type { ExecutionScope, LeadKey } from '../node.type';
import { actionEntriesProperty, fieldMapper, onIgnoredProperty } from '../common.descriptions';

type MatchStrategy = 'auto' | 'lookUpFirst' | 'createFirst';

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
	matchStrategyProperty,
	onIgnoredProperty,
];

export const description = updateDisplayOptions(
	{ show: { resource: ['lead'], operation: ['upsert'] } },
	properties,
);

/** Automatic: one item (a form, a webhook) creates first; several are looked up together. */
function strategyOf(this: IExecuteFunctions, itemIndex: number): 'lookUpFirst' | 'createFirst' {
	const chosen = this.getNodeParameter('matchStrategy', itemIndex, 'auto') as MatchStrategy;
	if (chosen !== 'auto') return chosen;
	return this.getInputData().length === 1 ? 'createFirst' : 'lookUpFirst';
}

/** The lead ID of a found row; a row without one cannot be updated. */
function idOfFound(this: IExecuteFunctions, row: IDataObject, itemIndex: number): string {
	const id = leadIdOf(row);
	if (!id) {
		throw new NodeOperationError(
			this.getNode(),
			`Item ${itemIndex}: the lead exists but TeleCRM's search gave no lead ID`,
			{
				itemIndex,
				description:
					'This workspace does not return lead IDs in search results, so the lead cannot be updated by identifier.',
			},
		);
	}
	return id;
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
	const identifier = await scope.workspace.identifierField();
	const mapped = readMapper.call(this, 'fields', itemIndex, [identifier.apiName]);
	const value = await scope.leads.storedForm(mapped[identifier.apiName]);
	if (value === undefined) return undefined;
	return { value, lookUp: strategyOf.call(this, itemIndex) === 'lookUpFirst' };
}

async function update(
	this: IExecuteFunctions,
	{ api, output }: ExecutionScope,
	itemIndex: number,
	leadId: string,
	fields: IDataObject,
	actions: IDataObject[],
): Promise<IDataObject> {
	const { fields: stored, actionsResponse } = await updateLead(
		api,
		leadId,
		fields,
		actions,
		itemIndex,
	);
	const response = { lead_id: leadId, ...(actionsResponse ?? {}) };
	return await writeOutcome.call(this, itemIndex, output, response, actions, stored ?? fields, {
		result: 'updated',
	});
}

/**
 * Looking up first: updates the lead found, else creates it. Creating first: creates it. A 409
 * on create (the lead exists, or appeared since the lookup) looks it up again and updates it.
 */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
	scope: ExecutionScope,
): Promise<IDataObject> {
	const { workspace, output, leads } = scope;
	const input = await leadInput.call(this, itemIndex, workspace);
	const key = await requireIdentifier.call(this, input, workspace, itemIndex);
	const actions = await readActionEntries.call(this, 'actions', itemIndex, workspace);
	const changes = withoutIdentifier(input.fields, input.identifier);
	// Creating first, a lead an earlier item of this execution created or found is still used.
	const found =
		strategyOf.call(this, itemIndex) === 'lookUpFirst'
			? await leads.find(key, itemIndex)
			: await leads.known(key);
	if (found) {
		const leadId = idOfFound.call(this, found, itemIndex);
		return await update.call(this, scope, itemIndex, leadId, changes, actions);
	}
	try {
		const response = await createLead.call(this, input, actions, itemIndex, scope);
		if (response.lead_id) leads.remember(key, String(response.lead_id));
		return await writeOutcome.call(this, itemIndex, output, response, actions, input.fields, {
			result: 'created',
		});
	} catch (error) {
		if (!hasHttpCode(error, '409')) throw asNodeError(this.getNode(), error, itemIndex);
		const existing = await leads.refresh(key, itemIndex);
		if (!existing) throw asNodeError(this.getNode(), error, itemIndex);
		const leadId = idOfFound.call(this, existing, itemIndex);
		leads.remember(key, leadId);
		return await update.call(this, scope, itemIndex, leadId, changes, actions);
	}
}

/** One request (or a fixed few) per item, independent of other items. */
export const parallelItems = true;
