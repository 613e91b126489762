import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { updateLead, withoutIdentifier } from '../../helpers/leads/leadWrites';
import { ItemError } from '../../helpers/values/itemErrors';
import type { LeadLocator } from '../../helpers/leads/leadLocator';
import type { ExecutionScope } from '../node.type';
import { checkOnlyProperty } from '../parameters/executionSettings';
import { leadFieldsProperty, readLeadInput } from '../parameters/fieldMappers';
import { leadLocator, leadLocatorPass, readLeadId } from '../parameters/leadLocator';
import { leadOutputProperties, readLeadView } from '../parameters/outcome';

const properties: INodeProperties[] = [
	leadLocator,
	leadFieldsProperty('getLeadUpdateColumns'),
	checkOnlyProperty,
	...leadOutputProperties,
];

export const description = updateDisplayOptions(
	{ show: { resource: ['lead'], operation: ['update'] } },
	properties,
);

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
	scope: ExecutionScope,
	locator: LeadLocator | undefined,
): Promise<IDataObject> {
	const { api, workspace, output } = scope;
	const leadId = await readLeadId.call(this, itemIndex, scope, locator);
	const input = await readLeadInput.call(this, itemIndex, workspace);
	const fields = withoutIdentifier(input.fields, input.identifier);
	if (!Object.keys(fields).length) {
		throw new ItemError(
			'no lead field to update',
			'Map at least one field other than the identifier (TeleCRM does not let the identifier change).',
		);
	}
	const { fields: stored } = await updateLead({ api }, leadId, fields, [], itemIndex);
	const extra: IDataObject = { result: 'updated' };
	if (input.identifier in input.fields) {
		extra.skipped = [
			`${input.identifier}: the lead identifier cannot be changed, so it was not sent`,
		];
	}
	return await output.lead(leadId, stored ?? fields, extra, readLeadView.call(this, itemIndex));
}

export const parallelItems = true;

export const firstPass = leadLocatorPass;
