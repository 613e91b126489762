import type { IDataObject, NodeExecutionHint } from 'n8n-workflow';

import type { HeldWrite } from '../transport';

/** The lead a write's path names (`…/lead/{leadId}…`), a placeholder for one not made yet. */
function leadOf({ path }: HeldWrite): string | undefined {
	const segment = /\/enterprise\/[^/]+\/lead\/([^/]+)/.exec(path)?.[1];
	return segment === undefined ? undefined : decodeURIComponent(segment);
}

const PASSWORD_SHOWN_AS = '(the password given, not shown)';

/** A new member's password is sent, never shown: the output may be stored and shared. */
function withoutPassword(body: IDataObject): IDataObject {
	return 'password' in body ? { ...body, password: PASSWORD_SHOWN_AS } : body;
}

/**
 * A Check Only item: the requests a real run would send for it (none when it has nothing to
 * change) and, for a write on an existing lead, that lead's ID.
 */
export function checkOnlyItem(writes: HeldWrite[]): IDataObject {
	const item: IDataObject = { checkOnly: true };
	const leadId = writes.map(leadOf).find((id) => id !== undefined);
	if (leadId !== undefined) item.lead_id = leadId;
	item.requests = writes.map(({ api, method, path, body }) => ({
		api,
		method,
		path,
		body: withoutPassword(body),
	}));
	return item;
}

/** What Check Only did, so that no one takes the run for an import. */
export function checkOnlyHint(passed: number, failed: number, writes: number): NodeExecutionHint {
	const items = (n: number) => `${n.toLocaleString('en-US')} item${n === 1 ? '' : 's'}`;
	const refused = failed ? `; ${items(failed)} would be refused (their errors are listed)` : '';
	return {
		message: `Check Only: nothing was written. ${items(passed)} passed the checks and would send ${writes.toLocaleString('en-US')} request(s)${refused}. Turn Check Only off to send them.`,
		type: 'info',
		location: 'outputPane',
	};
}
