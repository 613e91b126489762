/** The Lead locator: a lead picked from the list, by its ID, or by its identifier value. */
import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import type { LeadLocator } from '../../helpers/leads/leadLocator';
import { resolveLeadId } from '../../helpers/leads/leadLocator';
import type { ExecutionScope } from '../../helpers/scope';
import type { FirstPass } from '../node.type';
import { readItemValue } from './itemValue';

export const leadLocator: INodeProperties = {
	displayName: 'Lead',
	name: 'lead',
	type: 'resourceLocator',
	default: { mode: 'list', value: '' },
	required: true,
	description:
		'The lead: picked from the list, by its TeleCRM ID, or by the value of the workspace lead identifier (phone by default)',
	modes: [
		{
			displayName: 'From List',
			name: 'list',
			type: 'list',
			hint: 'Type a full name, email or phone (any format) for an exact match, or part of one to search the 100 newest leads',
			typeOptions: { searchListMethod: 'searchLeads', searchable: true },
		},
		{
			displayName: 'By ID',
			name: 'id',
			type: 'string',
			placeholder: '603d2b2f9b1e8a001c8e4f5c',
		},
		{
			displayName: 'By Identifier',
			name: 'identifier',
			type: 'string',
			placeholder: '919999999999',
			hint: 'The phone, email or text that identifies leads in your workspace',
		},
	],
};

/** The lead locator: its modes `list` and `id` give a lead ID, `identifier` an identifier value. */
export function readLeadLocator(this: IExecuteFunctions, itemIndex: number): LeadLocator {
	// No fallback: n8n refuses a locator the node does not hold.
	const { mode, value } = readItemValue<{ mode: string; value: unknown }>(
		this,
		leadLocator.name,
		itemIndex,
	);
	return { by: mode === 'identifier' ? 'identifier' : 'id', value: String(value ?? '').trim() };
}

/**
 * The lead ID the locator points at, an identifier value looked up in the execution's
 * directory. `read` is the locator the first pass read; without it (the first pass failed for
 * this item) the locator is read now, and fails the item with its error.
 */
export async function readLeadId(
	this: IExecuteFunctions,
	itemIndex: number,
	{ leads }: ExecutionScope,
	read: LeadLocator | undefined,
): Promise<string> {
	const locator = read ?? readLeadLocator.call(this, itemIndex);
	return await resolveLeadId(leads, locator, itemIndex);
}

/**
 * The `firstPass` of operations that take a lead from the lead locator: the locator read, and
 * the stored identifier value when the lead is given "By Identifier", so the router looks all
 * items' up at once.
 */
export async function leadLocatorPass(
	this: IExecuteFunctions,
	itemIndex: number,
	scope: ExecutionScope,
): Promise<FirstPass<LeadLocator>> {
	const locator = readLeadLocator.call(this, itemIndex);
	if (locator.by === 'id') return { read: locator };
	const identifier = await scope.leads.storedForm(locator.value);
	if (identifier === undefined) return { read: locator };
	return { key: { identifier, lookUpFirst: true }, read: locator };
}
