import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { readActionEntries } from '../../helpers/actionInput';
import { createLead, leadInput, requireIdentifier } from '../../helpers/leadWrites';

import { writeOutcome } from '../../helpers/outcome';
import type { ExecutionScope } from '../node.type';
import { actionEntriesProperty, fieldMapper, onIgnoredProperty } from '../common.descriptions';

const properties: INodeProperties[] = [
	fieldMapper('fields', 'Lead Fields', 'getLeadFieldColumns', ['operation']),
	actionEntriesProperty(
		'actions',
		'Actions to Add',
		'Custom actions and payments recorded on the new lead',
	),
	onIgnoredProperty,
];

export const description = updateDisplayOptions(
	{ show: { resource: ['lead'], operation: ['create'] } },
	properties,
);

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
	scope: ExecutionScope,
): Promise<IDataObject> {
	const { workspace, output } = scope;
	const input = await leadInput.call(this, itemIndex, workspace);
	await requireIdentifier.call(this, input, workspace, itemIndex);
	const actions = await readActionEntries.call(this, 'actions', itemIndex, workspace);
	const response = await createLead.call(this, input, actions, itemIndex, scope);
	return await writeOutcome.call(this, itemIndex, output, response, actions, input.fields, {
		result: 'created',
	});
}

/** One request (or a fixed few) per item, independent of other items. */
export const parallelItems = true;
