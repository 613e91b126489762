import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import type { SearchPlan } from './filters';
import { leadSearchBody } from './filters';
import { toWireValue } from './valueConversion';
import type { ExecutionScope } from './workspace';
import { MAX_PAGE_SIZE, requestAllPages } from '../transport';

/** Search rows carry the lead ID under an undocumented key; accept every spelling seen. */
export function leadIdOf(row: IDataObject): string | undefined {
	const id = row.lead_id ?? row.id ?? row._id ?? row.leadId;
	return id === undefined || id === null || id === '' ? undefined : String(id);
}

/** Every lead the plan's filters match, newest first, each once, up to `limit`. */
export async function searchLeadRows(
	{ api, workspace }: ExecutionScope,
	plan: SearchPlan,
	limit: number,
	itemIndex?: number,
): Promise<IDataObject[]> {
	return await requestAllPages(api, {
		method: 'POST',
		path: ['lead', 'search'],
		body: await leadSearchBody(workspace, plan),
		maxPageSize: MAX_PAGE_SIZE.leads,
		limit,
		itemIndex,
		uniqueBy: leadIdOf,
	});
}

/** The lead ID the locator points at, resolving identifier values through search. */
export async function resolveLeadId(
	this: IExecuteFunctions,
	itemIndex: number,
	scope: ExecutionScope,
	parameter = 'lead',
): Promise<string> {
	const locator = this.getNodeParameter(parameter, itemIndex) as { mode: string; value: unknown };
	const value = String(locator.value ?? '').trim();
	if (!value) {
		throw new NodeOperationError(this.getNode(), 'Lead is empty', {
			itemIndex,
			description: 'Give the lead ID, or its identifier value (phone by default).',
		});
	}
	if (locator.mode !== 'identifier') return value;
	const identifier = await scope.workspace.identifierField();
	const row = await scope.leads.find(String(toWireValue(identifier, value)), itemIndex);
	if (!row) {
		throw new NodeOperationError(this.getNode(), `No lead has ${identifier.apiName} = "${value}"`, {
			itemIndex,
			description: 'Check the value, or create the lead first (operation "Create or Update").',
		});
	}
	const id = leadIdOf(row);
	if (!id) {
		throw new NodeOperationError(
			this.getNode(),
			'TeleCRM found the lead but its search result has no lead ID',
			{
				itemIndex,
				description:
					'Your workspace does not return lead IDs in search results; pick the lead "By ID" instead.',
			},
		);
	}
	return id;
}
