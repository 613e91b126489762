import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { readActionEntries } from '../../helpers/actionInput';
import { createLead, leadInput, requireIdentifier } from '../../helpers/leadWrites';

import { writeOutcome } from '../../helpers/outcome';
import type { ExecutionScope } from '../node.type';
import { actionEntriesProperty, fieldMapper, onIgnoredProperty } from '../common.descriptions';

const properties: INodeProperties[] = [
	fieldMapper('fields', 'Lead Fields', 'getLeadFieldColumns', ['operation'], 'add'),
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
	{ api, workspace }: ExecutionScope,
): Promise<IDataObject> {
	const input = await leadInput.call(this, itemIndex, workspace);
	await requireIdentifier.call(this, input, workspace, itemIndex);
	const actions = await readActionEntries.call(this, 'actions', itemIndex, workspace);
	const response = await createLead.call(this, input, actions, itemIndex, { api, workspace });
	return writeOutcome.call(this, itemIndex, response, actions, { result: 'created' });
}

/** One request (or a fixed few) per item, independent of other items. */
export const parallelItems = true;
