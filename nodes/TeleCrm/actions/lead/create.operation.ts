import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import type { LeadInput } from '../../helpers/leads/leadWrites';
import { createLead, requireIdentifier } from '../../helpers/leads/leadWrites';
import type { Workspace } from '../../helpers/workspace/workspace';
import { writeOutcome } from '../../helpers/output/outputShaper';
import type { ExecutionScope } from '../node.type';
import { failsOnIgnored, readActionEntries, readLeadInput, readLeadView } from '../parameters';
import {
	actionEntriesProperty,
	checkOnlyProperty,
	fieldMapper,
	leadOutputProperties,
	onIgnoredProperty,
} from '../common.descriptions';

const properties: INodeProperties[] = [
	fieldMapper('fields', 'Lead Fields', 'getLeadFieldColumns', ['operation']),
	actionEntriesProperty(
		'actions',
		'Actions to Add',
		'Custom actions and payments recorded on the new lead',
	),
	onIgnoredProperty,
	checkOnlyProperty,
	...leadOutputProperties,
];

export const description = updateDisplayOptions(
	{ show: { resource: ['lead'], operation: ['create'] } },
	properties,
);

/** A lead as an item of Create or Create or Update gives it. */
export interface NewLead {
	input: LeadInput;
	/** The identifier's value, as stored. */
	key: string;
	actions: IDataObject[];
}

/** The item's lead fields (the identifier checked) and its actions to add. */
export async function readNewLead(
	this: IExecuteFunctions,
	itemIndex: number,
	workspace: Workspace,
): Promise<NewLead> {
	const input = await readLeadInput.call(this, itemIndex, workspace);
	const key = await requireIdentifier(input, workspace);
	const actions = await readActionEntries.call(this, 'actions', itemIndex, workspace);
	return { input, key, actions };
}

/** Creates the lead; later items of the execution with the same identifier find it. */
export async function createNewLead(
	this: IExecuteFunctions,
	itemIndex: number,
	scope: ExecutionScope,
	{ input, key, actions }: NewLead,
): Promise<IDataObject> {
	const response = await createLead(scope, input, actions, itemIndex);
	if (response.lead_id) scope.leads.remember(key, String(response.lead_id));
	return await writeOutcome(scope.output, scope.facts, response, {
		actions,
		fields: input.fields,
		extra: { result: 'created' },
		failOnIgnored: failsOnIgnored.call(this, itemIndex),
		view: readLeadView.call(this, itemIndex),
	});
}

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
	scope: ExecutionScope,
): Promise<IDataObject> {
	const lead = await readNewLead.call(this, itemIndex, scope.workspace);
	return await createNewLead.call(this, itemIndex, scope, lead);
}

export const parallelItems = true;
