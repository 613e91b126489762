import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { actionEntriesProperty, readActionEntries } from '../../helpers/actionInput';
import { createLead, leadInput, requireIdentifier } from '../../helpers/leadWrites';
import { fieldMapper } from '../../helpers/mappedFields';
import { onIgnoredProperty, writeOutcome } from '../../helpers/outcome';
import type { Workspace } from '../../helpers/workspace';

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
	workspace: Workspace,
): Promise<IDataObject> {
	const input = await leadInput.call(this, itemIndex, workspace);
	await requireIdentifier.call(this, input, workspace, itemIndex);
	const actions = await readActionEntries.call(this, 'actions', itemIndex, workspace);
	const response = await createLead.call(this, input, actions, itemIndex, workspace);
	return writeOutcome.call(this, itemIndex, response, actions, { result: 'created' });
}
