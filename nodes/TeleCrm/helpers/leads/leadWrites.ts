import type { IDataObject } from 'n8n-workflow';

import type { ApiBody, FieldValues } from '../values/apiShapes';
import type { LeadDirectory } from './leadDirectory';
import { ItemError, UnknownNameError } from '../values/itemErrors';
import { leadIdOf } from '../values/rows';
import { ACCEPTED, fieldKind } from '../values/valueConversion';
import { convertFields, pickFields, withFreshDefinitions } from '../workspace/fieldValues';
import type { Workspace } from '../workspace/workspace';
import type { TeleCrmApi } from '../../transport';
import { createOnce, newLeadPlaceholder } from '../../transport';

export interface LeadInput {
	fields: FieldValues;
	identifier: string;
}

/** Lead fields as mapped: every value given (raw), and the columns the user named. */
export interface MappedFields {
	values: FieldValues;
	named: string[];
}

/**
 * Mapped lead fields in wire format, with the workspace's identifier field named; a field or
 * value the workspace does not know is read afresh once, then refused (telecrm would drop it).
 */
export async function leadInput(workspace: Workspace, mapped: MappedFields): Promise<LeadInput> {
	return await withFreshDefinitions(workspace, async () => await checkedInput(workspace, mapped));
}

async function checkedInput(workspace: Workspace, mapped: MappedFields): Promise<LeadInput> {
	const specs = await workspace.customFields();
	const names = specs.map((s) => s.apiName);
	const unknown = mapped.named.find((column) => !names.includes(column));
	if (unknown !== undefined) {
		const value = mapped.values[unknown];
		const message = `Field "${unknown}" is not a lead field of this TeleCRM workspace`;
		throw new UnknownNameError(
			unknown,
			value,
			`a lead field: ${names.join(', ')}`,
			'fields',
			message,
		);
	}
	const fields = await convertFields(workspace, specs, pickFields(mapped.values, names));
	return { fields, identifier: (await workspace.identifierField()).apiName };
}

/** Create and upsert need the identifier; say which field and what it accepts. */
export async function requireIdentifier(input: LeadInput, workspace: Workspace): Promise<string> {
	const value = input.fields[input.identifier];
	if (value === undefined) {
		const kind = fieldKind((await workspace.identifierField()).type);
		throw new ItemError(
			`the lead identifier "${input.identifier}" is empty`,
			`Map a value to "${input.identifier}": ${ACCEPTED[kind]}.`,
		);
	}
	return String(value);
}

/**
 * What a create needs of the execution: its client, and its lead directory, which only a lost
 * answer asks for (the execution's scope makes it on first use).
 */
export interface CreateScope {
	api: TeleCrmApi;
	readonly leads: LeadDirectory;
}

/** Creates the lead; a lost answer is resolved by looking the identifier up (no duplicate). */
export async function createLead(
	scope: CreateScope,
	input: LeadInput,
	actions: ApiBody[],
	itemIndex: number,
): Promise<IDataObject> {
	const request = {
		method: 'POST' as const,
		path: ['lead'],
		body: actions.length ? { fields: input.fields, actions } : { fields: input.fields },
		itemIndex,
		// Check Only: later writes on this lead show where its ID would go.
		checkOnlyAnswer: () => ({ lead_id: newLeadPlaceholder(itemIndex), actions: [], remarks: [] }),
	};
	const find = async () => {
		const row = await scope.leads.refresh(String(input.fields[input.identifier]), itemIndex);
		const leadId = row && leadIdOf(row);
		return leadId ? { lead_id: leadId, actions: [], remarks: [] } : undefined;
	};
	return await createOnce(scope.api, request, find);
}

/**
 * Updates fields (never the identifier) and adds actions; one request each, only when needed.
 * Of the scope it needs only the client.
 */
export async function updateLead(
	{ api }: Pick<CreateScope, 'api'>,
	leadId: string,
	fields: FieldValues,
	actions: ApiBody[],
	itemIndex: number,
): Promise<{ fields?: IDataObject; actionsResponse?: IDataObject }> {
	const result: { fields?: IDataObject; actionsResponse?: IDataObject } = {};
	if (Object.keys(fields).length) {
		const updated = await api.request({
			method: 'POST',
			path: ['lead', leadId],
			body: { fields },
			itemIndex,
		});
		result.fields = updated.fields as IDataObject;
	}
	if (actions.length) {
		result.actionsResponse = await api.request({
			method: 'POST',
			path: ['lead', leadId, 'action'],
			body: { actions },
			itemIndex,
			idempotent: false,
		});
	}
	return result;
}

export function withoutIdentifier(fields: FieldValues, identifier: string): FieldValues {
	const rest = { ...fields };
	delete rest[identifier];
	return rest;
}
