/** The Lead locator: a lead picked from the list, by its ID, or by its identifier value. */
import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import type { LeadLocator } from '../../helpers/leads/leadLocator';
import { resolveLeadId } from '../../helpers/leads/leadLocator';
import type { ExecutionScope } from '../../helpers/scope';
import type { LeadKey } from '../node.type';

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
	const { mode, value } = this.getNodeParameter(leadLocator.name, itemIndex) as {
		mode: string;
		value: unknown;
	};
	return { by: mode === 'identifier' ? 'identifier' : 'id', value: String(value ?? '').trim() };
}

/** The lead ID of the lead locator, an identifier value looked up in the execution's directory. */
export async function readLeadId(
	this: IExecuteFunctions,
	itemIndex: number,
	{ leads }: ExecutionScope,
): Promise<string> {
	return await resolveLeadId(leads, readLeadLocator.call(this, itemIndex), itemIndex);
}

/**
 * The `leadKey` of operations that take a lead from the lead locator: the stored identifier
 * value when the lead is given "By Identifier", so the router looks all items' up at once.
 */
export async function leadLocatorKey(
	this: IExecuteFunctions,
	itemIndex: number,
	scope: ExecutionScope,
): Promise<LeadKey | undefined> {
	const locator = readLeadLocator.call(this, itemIndex);
	if (locator.by === 'id') return undefined;
	const identifier = await scope.leads.storedForm(locator.value);
	return identifier === undefined ? undefined : { identifier, lookUpFirst: true };
}
