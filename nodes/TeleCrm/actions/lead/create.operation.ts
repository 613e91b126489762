import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { createLead, leadInput, requireIdentifier } from '../../helpers/leads/leadWrites';
import { writeOutcome } from '../../helpers/workspace/writeOutcome';
import type { ExecutionScope } from '../node.type';
import { failsOnIgnored, readActionEntries, readMapped } from '../parameters';
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
	const { api, workspace, leads, output } = scope;
	const input = await leadInput(workspace, readMapped.call(this, 'fields', itemIndex));
	await requireIdentifier(input, workspace, itemIndex);
	const actions = await readActionEntries.call(this, 'actions', itemIndex, workspace);
	const response = await createLead(api, leads, input, actions, itemIndex);
	return await writeOutcome(output, response, {
		itemIndex,
		actions,
		fields: input.fields,
		extra: { result: 'created' },
		failOnIgnored: failsOnIgnored.call(this, itemIndex),
	});
}

export const parallelItems = true;
