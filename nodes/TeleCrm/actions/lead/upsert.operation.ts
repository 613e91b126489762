import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { NodeOperationError, updateDisplayOptions } from 'n8n-workflow';

import { readActionEntries } from '../../helpers/actionInput';
import { asNodeError } from '../../helpers/errors';
import { findByIdentifier, leadIdOf } from '../../helpers/leads';
import {
	createLead,
	leadInput,
	requireIdentifier,
	updateLead,
	withoutIdentifier,
} from '../../helpers/leadWrites';

import { writeOutcome } from '../../helpers/outcome';
import { hasHttpCode } from '../../transport';
import type { ExecutionScope } from '../node.type';
import { actionEntriesProperty, fieldMapper, onIgnoredProperty } from '../common.descriptions';

const properties: INodeProperties[] = [
	fieldMapper('fields', 'Lead Fields', 'getLeadFieldColumns', ['operation'], 'upsert'),
	actionEntriesProperty(
		'actions',
		'Actions to Add',
		'Custom actions and payments recorded on the lead, new or existing',
	),
	onIgnoredProperty,
];

export const description = updateDisplayOptions(
	{ show: { resource: ['lead'], operation: ['upsert'] } },
	properties,
);

async function existingLeadId(
	this: IExecuteFunctions,
	scope: ExecutionScope,
	value: string,
	itemIndex: number,
): Promise<string | undefined> {
	const row = await findByIdentifier(scope, value, itemIndex);
	if (!row) return undefined;
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

/** Finds the lead by identifier: updates it when found, else creates it; a 409 falls back to update. */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
	scope: ExecutionScope,
): Promise<IDataObject> {
	const { workspace, output } = scope;
	const input = await leadInput.call(this, itemIndex, workspace);
	const value = await requireIdentifier.call(this, input, workspace, itemIndex);
	const actions = await readActionEntries.call(this, 'actions', itemIndex, workspace);
	const changes = withoutIdentifier(input.fields, input.identifier);
	const found = await existingLeadId.call(this, scope, value, itemIndex);
	if (found) return await update.call(this, scope, itemIndex, found, changes, actions);
	try {
		const response = await createLead.call(this, input, actions, itemIndex, scope);
		return await writeOutcome.call(this, itemIndex, output, response, actions, input.fields, {
			result: 'created',
		});
	} catch (error) {
		const conflict = hasHttpCode(error, '409');
		const raced = conflict ? await existingLeadId.call(this, scope, value, itemIndex) : undefined;
		if (!raced) throw asNodeError(this.getNode(), error, itemIndex);
		return await update.call(this, scope, itemIndex, raced, changes, actions);
	}
}

/** One request (or a fixed few) per item, independent of other items. */
export const parallelItems = true;
