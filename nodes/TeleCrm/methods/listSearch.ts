import type {
	IDataObject,
	ILoadOptionsFunctions,
	INodeListSearchItems,
	INodeListSearchResult,
} from 'n8n-workflow';

import { loading, memberOption } from './loading';
import { leadSearchPage } from '../helpers/leads/leadSearch';
import { leadIdOf } from '../helpers/values/rows';
import { fieldKind, tryWireValue } from '../helpers/values/valueConversion';
import type { FieldDefinition, Workspace } from '../helpers/workspace/workspace';
import { MAX_PAGE_SIZE } from '../transport';

type LeadSearch = (
	body: IDataObject,
	skip?: number,
) => Promise<{ rows: IDataObject[]; total: number }>;

/** A picker row; a row without a lead ID is shown with a notice rather than dropped. */
function pickerRow(row: IDataObject, how: string): INodeListSearchItems {
	const fields = (row.fields as IDataObject | undefined) ?? {};
	const id = leadIdOf(row);
	const label = [fields.name, fields.phone ?? fields.email].filter(Boolean).join(' · ');
	if (!id) {
		return {
			name: `${label || 'A lead'} (no lead ID in TeleCRM's answer: use "By Identifier")`,
			value: '',
			description: how,
		};
	}
	return { name: label || id, value: id, description: how };
}

/**
 * Exact searches for what was typed, each sent once: the identifier, and the email, phone or
 * name fields, each only with text its type can hold (a name is never searched as a phone:
 * telecrm may refuse that search, and then the whole list would fail).
 */
async function exactFilters(workspace: Workspace, typed: string): Promise<IDataObject[]> {
	const fields = await workspace.customFields();
	const holds = (field: FieldDefinition) => tryWireValue(field, typed);
	const asEmail = fields.filter((f) => fieldKind(f.type) === 'email' && holds(f) !== undefined);
	const asPhone = fields.filter((f) => fieldKind(f.type) === 'phone' && holds(f) !== undefined);
	const asName = asEmail.length || asPhone.length ? [] : fields.filter((f) => f.apiName === 'name');
	const filters = new Map<string, IDataObject>();
	for (const field of [await workspace.identifierField(), ...asEmail, ...asPhone, ...asName]) {
		const wire = holds(field);
		if (wire === undefined) continue;
		const filter = { fields: { [field.apiName]: wire } } as IDataObject;
		filters.set(JSON.stringify(filter), filter);
	}
	return [...filters.values()];
}

/** Part of a name, email or number, matched in a row (numbers by their digits). */
function contains(row: IDataObject, typed: string): boolean {
	const fields = (row.fields as IDataObject | undefined) ?? {};
	const text = typed.toLowerCase();
	const digits = typed.replace(/\D/g, '');
	return Object.values(fields).some((value) => {
		if (typeof value !== 'string' && typeof value !== 'number') return false;
		const stored = String(value).toLowerCase();
		return (
			stored.includes(text) || (digits.length >= 3 && stored.replace(/\D/g, '').includes(digits))
		);
	});
}

/**
 * The lead picker. Empty: the newest leads, page by page, pinned at the first page's time so
 * new leads cannot shift later pages. Typed: exact matches of the identifier, a full name, an
 * email or a phone in any format, then leads among the newest 100 containing what was typed.
 */
export async function searchLeads(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	return await loading(this, 'leads', async ({ api, workspace }) => {
		const search: LeadSearch = async (body, skip) => await leadSearchPage(api, body, skip);
		const typed = filter?.trim() ?? '';
		if (!typed) return await newestLeads(search, paginationToken);
		const exact = (await Promise.all((await exactFilters(workspace, typed)).map((f) => search(f))))
			.flatMap((p) => p.rows)
			.map((row) => pickerRow(row, `Exact match for "${typed}"`));
		const recent = (await search({})).rows
			.filter((row) => contains(row, typed))
			.map((row) =>
				pickerRow(row, `Contains "${typed}" (among the ${MAX_PAGE_SIZE.leads} newest leads)`),
			);
		const seen = new Set<string>();
		const results = [...exact, ...recent].filter((r) => {
			const key = String(r.value || r.name);
			if (seen.has(key)) return false;
			seen.add(key);
			return true;
		});
		return { results };
	});
}

/** Newest first; the token carries the next offset and the time the first page was read. */
async function newestLeads(search: LeadSearch, token?: string): Promise<INodeListSearchResult> {
	const [skipText, pinText] = (token ?? '').split('@');
	const skip = Number(skipText) || 0;
	const pinTo = Number(pinText) || Date.now();
	const { rows, total } = await search({ fields: { created_on: { to: pinTo } } }, skip);
	const next = skip + rows.length;
	return {
		results: rows.map((row) => pickerRow(row, 'Newest first')),
		paginationToken: rows.length && next < total ? `${next}@${pinTo}` : undefined,
	};
}

/** Team members by name or email (filtered here: the API has no member search). */
export async function searchTeamMembers(
	this: ILoadOptionsFunctions,
	filter?: string,
): Promise<INodeListSearchResult> {
	const wanted = filter?.trim().toLowerCase() ?? '';
	return await loading(this, 'team members', async ({ workspace }) => ({
		results: (await workspace.teamMembers())
			.map(memberOption)
			.filter((m) => !wanted || m.name.toLowerCase().includes(wanted))
			.map(({ name, value }) => ({ name, value: String(value) })),
	}));
}
