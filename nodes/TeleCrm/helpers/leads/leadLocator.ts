import type { LeadDirectory } from './leadDirectory';
import { ItemError } from '../values/itemErrors';
import { leadIdOf } from '../values/rows';
import { toWireValue } from '../values/valueConversion';

/** A lead given by its ID, or by the value of the workspace's identifier field; trimmed. */
export interface LeadLocator {
	by: 'id' | 'identifier';
	value: string;
}

/** The lead ID the locator points at, resolving identifier values through the directory. */
export async function resolveLeadId(
	leads: LeadDirectory,
	locator: LeadLocator,
	itemIndex: number,
): Promise<string> {
	const { value } = locator;
	if (!value) {
		throw new ItemError(
			'Lead is empty',
			'Give the lead ID, or its identifier value (phone by default).',
		);
	}
	if (locator.by === 'id') return value;
	const identifier = await leads.workspace.identifierField();
	const row = await leads.find(String(toWireValue(identifier, value)), itemIndex);
	if (!row) {
		throw new ItemError(
			`No lead has ${identifier.apiName} = "${value}"`,
			'Check the value, or create the lead first (operation "Create or Update").',
		);
	}
	const id = leadIdOf(row);
	if (!id) {
		throw new ItemError(
			'TeleCRM found the lead but its search result has no lead ID',
			'Your workspace does not return lead IDs in search results; pick the lead "By ID" instead.',
		);
	}
	return id;
}
