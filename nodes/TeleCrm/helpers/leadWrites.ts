import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { ACCEPTED, fieldKind } from './valueConversion';
import { leadIdOf } from './leads';
import { convertMapped } from './mappedFields';
import { createOnce } from './safeCreate';
import type { ExecutionScope, Workspace } from './workspace';
import type { TeleCrmApi } from '../transport';

export interface LeadInput {
	fields: IDataObject;
	identifier: string;
}

/** Mapped lead fields in wire format, with the workspace's identifier field named. */
export async function leadInput(
	this: IExecuteFunctions,
	itemIndex: number,
	workspace: Workspace,
): Promise<LeadInput> {
	const specs = await workspace.customFields();
	const fields = await convertMapped.call(this, workspace, specs, 'fields', itemIndex);
	return { fields, identifier: (await workspace.identifierField()).apiName };
}

/** Create and upsert need the identifier; say which field and what it accepts. */
export async function requireIdentifier(
	this: IExecuteFunctions,
	input: LeadInput,
	workspace: Workspace,
	itemIndex: number,
): Promise<string> {
	const value = input.fields[input.identifier];
	if (value === undefined) {
		const kind = fieldKind((await workspace.identifierField()).type);
		throw new NodeOperationError(
			this.getNode(),
			`Item ${itemIndex}: the lead identifier "${input.identifier}" is empty`,
			{ itemIndex, description: `Map a value to "${input.identifier}": ${ACCEPTED[kind]}.` },
		);
	}
	return String(value);
}

/** Creates the lead; a lost answer is resolved by looking the identifier up (no duplicate). */
export async function createLead(
	this: IExecuteFunctions,
	input: LeadInput,
	actions: IDataObject[],
	itemIndex: number,
	scope: ExecutionScope,
): Promise<IDataObject> {
	const send = async () =>
		await scope.api.request({
			method: 'POST',
			path: ['lead'],
			body: actions.length ? { fields: input.fields, actions } : { fields: input.fields },
			itemIndex,
			idempotent: false,
		});
	const find = async () => {
		const row = await scope.leads.refresh(String(input.fields[input.identifier]), itemIndex);
		const leadId = row && leadIdOf(row);
		return leadId ? { lead_id: leadId, actions: [], remarks: [] } : undefined;
	};
	return await createOnce.call(this, itemIndex, send, find);
}

/** Updates fields (never the identifier) and adds actions; one request each, only when needed. */
export async function updateLead(
	api: TeleCrmApi,
	leadId: string,
	fields: IDataObject,
	actions: IDataObject[],
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

export function withoutIdentifier(fields: IDataObject, identifier: string): IDataObject {
	const rest = { ...fields };
	delete rest[identifier];
	return rest;
}
