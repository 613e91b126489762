import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { createLead } from '../../helpers/leads/leadWrites';
import { writeOutcome } from '../../helpers/output/outputShaper';
import type { ExecutionScope } from '../node.type';
import { actionEntriesProperty, readActionEntries } from '../parameters/actionEntries';
import { checkOnlyProperty } from '../parameters/executionSettings';
import { leadFieldsProperty, readNewLead } from '../parameters/fieldMappers';
import { leadOutputProperties, onIgnoredProperty, readLeadOutcome } from '../parameters/outcome';

const properties: INodeProperties[] = [
	leadFieldsProperty('getLeadFieldColumns'),
	actionEntriesProperty('actions', 'Custom actions and payments recorded on the new lead'),
	onIgnoredProperty,
	checkOnlyProperty,
	...leadOutputProperties,
];

export const description = updateDisplayOptions(
	{ show: { resource: ['lead'], operation: ['create'] } },
	properties,
);

/** Creates the lead with its Actions to Add; an existing identifier fails the item (409). */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
	scope: ExecutionScope,
): Promise<IDataObject> {
	const { input } = await readNewLead.call(this, itemIndex, scope.workspace);
	const actions = await readActionEntries.call(this, 'actions', itemIndex, scope.workspace);
	const response = await createLead(scope, input, actions, itemIndex);
	return await writeOutcome(scope.output, scope.facts, response, {
		actions,
		fields: input.fields,
		extra: { result: 'created' },
		...readLeadOutcome.call(this, itemIndex),
	});
}

export const parallelItems = true;
