import type {
	FieldType,
	ILoadOptionsFunctions,
	INodePropertyOptions,
	ResourceMapperField,
	ResourceMapperFields,
} from 'n8n-workflow';

import { loadFailure, memberOption } from './loading';
import { executionScope } from '../helpers/scope';
import { PAYMENT } from '../helpers/values/customActions';
import type { FieldKind } from '../helpers/values/valueConversion';
import { fieldKind } from '../helpers/values/valueConversion';
import type { Workspace } from '../helpers/workspace/workspace';

/**
 * Number and rating columns are text inputs: n8n 1.x's editor saves a number column the user
 * never touched as 0, which would be written over the lead's value. Numeric text is converted.
 */
const COLUMN_TYPE: Record<FieldKind, FieldType> = {
	text: 'string',
	number: 'string',
	email: 'string',
	phone: 'string',
	date: 'dateTime',
	dropdown: 'options',
	tags: 'string',
	money: 'string',
	website: 'string',
	medialink: 'string',
	activeUsers: 'options',
	rating: 'string',
	status: 'options',
	lostReason: 'options',
};

/** Kinds whose input does not show what to type (a date picker or a dropdown does). */
const KIND_HINT: Partial<Record<FieldKind, string>> = {
	number: 'number',
	rating: '1-5',
	tags: 'list',
	money: 'amount',
	medialink: 'URL',
	website: 'URL',
};

interface ColumnSource {
	apiName: string;
	type?: string;
	options?: Array<string | { label: string }>;
}

/** Live option lists for the closed-list kinds; fetched only when a column needs them. */
async function optionsFor(
	workspace: Workspace,
	column: ColumnSource,
): Promise<INodePropertyOptions[] | undefined> {
	const kind = fieldKind(column.type);
	const toOptions = (labels: string[]) => labels.map((l) => ({ name: l, value: l }));
	if (kind === 'dropdown')
		return toOptions((column.options ?? []).map((o) => (typeof o === 'string' ? o : o.label)));
	if (kind === 'status' || kind === 'lostReason')
		return toOptions((await workspace.labels(kind)).active);
	if (kind === 'activeUsers') {
		const members = (await workspace.teamMembers()).filter(
			(m) => !['Deleted', 'Invited'].includes(String(m.status)),
		);
		return members.map(memberOption);
	}
	return undefined;
}

async function toColumn(
	workspace: Workspace,
	column: ColumnSource,
	flags: { required: boolean; identifier: boolean },
): Promise<ResourceMapperField> {
	// Short labels: the panel cuts long ones, and the input widget already shows most types.
	const hint = flags.identifier ? 'identifier' : KIND_HINT[fieldKind(column.type)];
	return {
		id: column.apiName,
		displayName: hint ? `${column.apiName} (${hint})` : column.apiName,
		required: flags.required,
		defaultMatch: flags.identifier,
		canBeUsedToMatch: flags.identifier,
		display: true,
		type: COLUMN_TYPE[fieldKind(column.type)],
		options: await optionsFor(workspace, column),
	};
}

/**
 * Columns, or the reason there are none as the mapper's own notice: the editor shows a thrown
 * error only as a generic "No fields found", so the user would never read what to do.
 */
async function mapping(
	this: ILoadOptionsFunctions,
	what: string,
	build: (workspace: Workspace) => Promise<ResourceMapperField[]>,
): Promise<ResourceMapperFields> {
	try {
		// The editor always reads fresh, and renews what executions keep.
		return { fields: await build(executionScope(this, undefined, 'iso', 'fresh').workspace) };
	} catch (error) {
		const hint = (error as { description?: string }).description;
		return {
			fields: [],
			emptyFieldsNotice: [
				`${loadFailure(what, error)}.`,
				hint,
				'Check the TeleCRM credential, then press Retry.',
			]
				.filter(Boolean)
				.join(' '),
		};
	}
}

/** Lead fields as mapper columns, the identifier among them when `withIdentifier`. */
async function leadFieldColumns(
	this: ILoadOptionsFunctions,
	withIdentifier: boolean,
): Promise<ResourceMapperFields> {
	return await mapping.call(this, 'lead fields', async (workspace) => {
		const fields = (await workspace.customFields()).filter((f) => withIdentifier || !f.isLeadid);
		return await Promise.all(
			fields.map(
				async (f) =>
					await toColumn(workspace, f, { required: !!f.isLeadid, identifier: !!f.isLeadid }),
			),
		);
	});
}

/** Lead fields as mapper columns for a new lead: the identifier is required. */
export async function getLeadFieldColumns(
	this: ILoadOptionsFunctions,
): Promise<ResourceMapperFields> {
	return await leadFieldColumns.call(this, true);
}

/** Lead fields as mapper columns for Lead › Update: the identifier cannot change, so is absent. */
export async function getLeadUpdateColumns(
	this: ILoadOptionsFunctions,
): Promise<ResourceMapperFields> {
	return await leadFieldColumns.call(this, false);
}

/** The chosen custom action's field schema as mapper columns. */
export async function getActionFieldColumns(
	this: ILoadOptionsFunctions,
): Promise<ResourceMapperFields> {
	const code = String(this.getNodeParameter('actionType', '') ?? '');
	if (!code)
		return { fields: [], emptyFieldsNotice: 'Choose an Action Type above to map its fields.' };
	if (code === PAYMENT) {
		return { fields: [], emptyFieldsNotice: 'A payment has no custom fields: set it up below.' };
	}
	return await mapping.call(this, 'custom action fields', async (workspace) => {
		const schema = (await workspace.customAction(code)).fieldSchema ?? {};
		return await Promise.all(
			Object.entries(schema).map(
				async ([apiName, def]) =>
					await toColumn(
						workspace,
						{ apiName, type: def.type, options: def.options },
						{ required: false, identifier: false },
					),
			),
		);
	});
}
