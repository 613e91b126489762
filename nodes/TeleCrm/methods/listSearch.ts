import type { IDataObject, ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { identifierFilter, leadIdOf } from '../helpers/leads';
import { executionScope } from '../helpers/workspace';
import { MAX_PAGE_SIZE } from '../transport';

/** Newest leads first; a filter is matched exactly against the identifier field. */
export async function searchLeads(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const skip = Number(paginationToken ?? 0) || 0;
	try {
		const { api, workspace } = executionScope(this);
		const body = filter?.trim() ? await identifierFilter(workspace, filter.trim(), true) : {};
		const page = await api.request({
			method: 'POST',
			path: ['lead', 'search'],
			qs: { skip, limit: MAX_PAGE_SIZE.leads },
			body,
		});
		const rows = Array.isArray(page.data) ? (page.data as IDataObject[]) : [];
		const results = rows
			.map((row) => {
				const fields = (row.fields as IDataObject | undefined) ?? {};
				const id = leadIdOf(row);
				const label = [fields.name, fields.phone ?? fields.email].filter(Boolean).join(' · ');
				return id ? { name: label || id, value: id } : undefined;
			})
			.filter((r): r is { name: string; value: string } => r !== undefined);
		const total = typeof page.total_count === 'number' ? page.total_count : 0;
		const next = skip + rows.length;
		return { results, paginationToken: rows.length && next < total ? String(next) : undefined };
	} catch (error) {
		throw new NodeOperationError(
			this.getNode(),
			`Could not load leads from TeleCRM: ${(error as Error).message}`,
		);
	}
}

/** Team members by name or email (filtered here: the API has no member search). */
export async function searchTeamMembers(
	this: ILoadOptionsFunctions,
	filter?: string,
): Promise<INodeListSearchResult> {
	try {
		const wanted = filter?.trim().toLowerCase() ?? '';
		const members = await executionScope(this).workspace.teamMembers();
		const results = members
			.filter(
				(m) => !wanted || `${String(m.name)} ${String(m.email)}`.toLowerCase().includes(wanted),
			)
			.map((m) => ({ name: `${String(m.name)} (${String(m.email)})`, value: String(m.email) }));
		return { results };
	} catch (error) {
		throw new NodeOperationError(
			this.getNode(),
			`Could not load team members from TeleCRM: ${(error as Error).message}`,
		);
	}
}
