import type { IDataObject } from 'n8n-workflow';

import type { ApiRow, ItemJson } from './apiShapes';
import { normalisePipeline, pipelineShape } from './pipeline';

/**
 * Workspace › Check Setup, as values: each check built from what telecrm answered (or why it
 * did not), and the summary a user pastes into a bug report. No request is made here.
 */

type CheckStatus = 'ok' | 'warning' | 'problem';

export interface SetupCheck extends IDataObject {
	check: string;
	status: CheckStatus;
	message: string;
	details: ItemJson;
}

/** Why a request gave no answer to read: the error as the user would see it. */
interface Failure {
	message: string;
	hint?: string;
	httpCode?: string;
}

export type Outcome<T = IDataObject> = { ok: true; value: T } | { ok: false; failure: Failure };

/** Where a credential points: host and Enterprise ID, never the token. */
export interface Target {
	host: string;
	enterpriseId: string;
}

const failed = (check: string, what: string, failure: Failure, details: IDataObject = {}) =>
	result(check, 'problem', `${what}: ${failure.message}`, {
		...details,
		error: failureJson(failure),
	});

function result(
	check: string,
	status: CheckStatus,
	message: string,
	details: IDataObject = {},
): SetupCheck {
	return { check, status, message, details };
}

function failureJson({ message, hint, httpCode }: Failure): IDataObject {
	return { message, ...(hint ? { hint } : {}), ...(httpCode ? { httpCode } : {}) };
}

/** A check that could not run because one it depends on failed. */
export function skipped(check: string, because: string): SetupCheck {
	return result(check, 'warning', `Skipped: ${because}.`, { skipped: true });
}

export function syncCredentialCheck(metadata: Outcome, target?: Target): SetupCheck {
	const where = target ? { host: target.host, enterpriseId: target.enterpriseId } : {};
	if (!metadata.ok)
		return failed('syncCredential', 'The Sync credential did not work', metadata.failure, where);
	if (metadata.value.id === undefined) {
		const message = `${target?.host ?? 'The Base URL'} answered, but not with a workspace's details (no "id"): check the Base URL of the Sync credential.`;
		return result('syncCredential', 'warning', message, where);
	}
	return result(
		'syncCredential',
		'ok',
		`The Sync credential was accepted by ${target?.host}.`,
		where,
	);
}

export function workspaceCheck(metadata: ApiRow, target: Target): SetupCheck {
	const name = metadata.name === undefined ? undefined : String(metadata.name);
	const answeredId = metadata.id === undefined ? undefined : String(metadata.id);
	const details = { enterpriseId: target.enterpriseId, workspaceId: answeredId, name };
	const said = `Workspace "${name ?? '(no name)'}", Enterprise ID ${target.enterpriseId}`;
	if (answeredId !== target.enterpriseId)
		return result(
			'workspace',
			'warning',
			`${said}; telecrm answered with the ID ${answeredId}.`,
			details,
		);
	if (!name) return result('workspace', 'warning', `${said}; the answer has no name.`, details);
	return result('workspace', 'ok', `${said}.`, details);
}

/** The identifier as custom fields mark it (`isLeadid`), checked against the metadata's. */
export function identifierCheck(fields: Outcome, metadataIdentifier: unknown): SetupCheck {
	if (!fields.ok)
		return failed('identifierField', 'The lead fields could not be read', fields.failure);
	const list = listAt(fields.value, 'customFields');
	const marked = list.filter((f) => f.isLeadid === true);
	const named = metadataIdentifier === undefined ? undefined : String(metadataIdentifier);
	const details: IDataObject = { metadataSays: named, marked: marked.map((f) => f.apiName) };
	if (marked.length !== 1) {
		const message = `${marked.length} lead fields are marked as the identifier (isLeadid); the node takes ${String(marked[0]?.apiName ?? 'phone')}.`;
		return result('identifierField', 'warning', message, details);
	}
	const [field] = marked;
	Object.assign(details, { apiName: field.apiName, type: field.type });
	const said = `The lead identifier is ${String(field.apiName)} (${String(field.type)})`;
	if (named !== undefined && named !== field.apiName && named !== field.id) {
		const message = `${said}, but the workspace info names ${named}.`;
		return result('identifierField', 'warning', message, details);
	}
	return result('identifierField', 'ok', `${said}.`, details);
}

const SHAPE_TEXT = {
	documented: 'in the documented shape (leadStages[])',
	flat: 'with flat lists (statuses, lostReasons) instead of the documented leadStages[]; the node reads both',
	unknown: 'with neither leadStages[] nor flat status lists',
};

export function pipelineCheck(answer: Outcome): SetupCheck {
	if (!answer.ok) return failed('pipeline', 'The pipeline could not be read', answer.failure);
	const shape = pipelineShape(answer.value);
	const pipeline = normalisePipeline(answer.value);
	const labels = (key: 'activeStatuses' | 'archivedStatuses') =>
		pipeline.leadStages.flatMap((stage) => stage[key].map((s) => String(s.label)));
	const active = labels('activeStatuses');
	const archived = labels('archivedStatuses');
	const stages = pipeline.leadStages.map((s) => s.stageType);
	const details: IDataObject = {
		shape,
		stages,
		activeStatuses: active,
		archivedStatuses: archived,
		lostReasons: {
			active: pipeline.activeLeadLostReasons.length,
			archived: pipeline.archivedLeadLostReasons.length,
		},
	};
	const counts = `${stages.length} stages, ${active.length} active and ${archived.length} archived statuses`;
	const message = `The pipeline answers ${SHAPE_TEXT[shape]}: ${counts}.`;
	return result(
		'pipeline',
		shape === 'unknown' || !active.length ? 'warning' : 'ok',
		message,
		details,
	);
}

/** Keys a search row's lead ID has been seen under, in the order the node reads them. */
const ID_KEYS = ['lead_id', 'id', '_id', 'leadId'];

/** Where a search row keeps what the node reads: the lead ID, the status, the actions. */
export function searchRowShape(row: ApiRow): ItemJson {
	const fields = (row.fields ?? {}) as IDataObject;
	const atTop = row.status !== undefined;
	const inFields = fields.status !== undefined;
	const actions = row.actions;
	return {
		idKey:
			ID_KEYS.find((key) => row[key] !== undefined && row[key] !== null && row[key] !== '') ?? null,
		statusAt: atTop && inFields ? 'both' : atTop ? 'top' : inFields ? 'fields' : 'none',
		actions: !Array.isArray(actions) ? 'absent' : actions.length ? 'included' : 'empty',
		rowKeys: Object.keys(row),
	};
}

function describeRow(shape: IDataObject, totalCount: boolean): string {
	const id = shape.idKey ? `the lead ID under "${String(shape.idKey)}"` : 'no lead ID';
	const status = {
		top: 'at the top',
		fields: 'inside fields',
		both: 'at the top and inside fields',
		none: 'nowhere',
	}[String(shape.statusAt)];
	return `${id}, the status ${status}, actions ${String(shape.actions)}, total_count ${totalCount ? 'present' : 'absent'}`;
}

export function searchRowCheck(page: Outcome): SetupCheck {
	if (!page.ok) return failed('searchRow', 'The lead search failed', page.failure);
	const rows = listAt(page.value, 'data');
	const totalCount = typeof page.value.total_count === 'number';
	if (!rows.length) {
		const message = `The search found no lead to look at (total_count ${totalCount ? 'present' : 'absent'}): create one and run Check Setup again.`;
		return result('searchRow', 'warning', message, { rows: 0, totalCount });
	}
	const shape = searchRowShape(rows[0]);
	const details = { ...shape, totalCount };
	const message = `A search row has ${describeRow(shape, totalCount)}.`;
	if (shape.idKey) return result('searchRow', 'ok', message, details);
	const fix =
		' Finding leads by identifier (Create or Update, Get or Update By Identifier) cannot work: please report this summary.';
	return result('searchRow', 'problem', message + fix, details);
}

/** Lead fields, custom actions and team members, each counted from its own answer. */
export function countsCheck(fields: Outcome, actions: Outcome, team: Outcome): SetupCheck {
	const counted = {
		leadFields: fields.ok ? listAt(fields.value, 'customFields').length : undefined,
		customActions: actions.ok ? listAt(actions.value, 'customActions').length : undefined,
		teamMembers: team.ok ? teamCount(team.value) : undefined,
	};
	const broken = Object.entries({ leadFields: fields, customActions: actions, teamMembers: team })
		.filter(([, outcome]) => !outcome.ok)
		.map(([name, outcome]) => `${name}: ${(outcome as { failure: Failure }).failure.message}`);
	const said = `${counted.leadFields ?? '?'} lead fields (standard ones included), ${counted.customActions ?? '?'} custom actions, ${counted.teamMembers ?? '?'} team members`;
	if (broken.length)
		return result('counts', 'problem', `${said}. Not read: ${broken.join('; ')}`, counted);
	return result('counts', 'ok', `${said}.`, counted);
}

/** Team members: `total_count` of the first page when given, else the rows on it. */
function teamCount(page: IDataObject): number {
	return typeof page.total_count === 'number' ? page.total_count : listAt(page, 'data').length;
}

/** Rate-limit headers seen, by API (`sync`, `async`): what telecrm sent, since it documents none. */
export function rateLimitCheck(
	byApi: Record<string, Record<string, string>>,
	answers: number,
): SetupCheck {
	const seen = Object.entries(byApi).flatMap(([api, headers]) =>
		Object.entries(headers).map(([name, value]) => `${name}: ${value} (${api})`),
	);
	const message = seen.length
		? `Rate-limit headers seen on the ${answers} answers: ${seen.join(', ')}.`
		: `No rate-limit header on the ${answers} answers (telecrm documents none).`;
	return result('rateLimitHeaders', 'ok', message, { answers, headers: byApi });
}

export interface AsyncProbe {
	target?: Target;
	answer: Outcome;
}

/** The Async credential, probed with a request telecrm drops by design, or not set at all. */
export function asyncCredentialCheck(
	probe: AsyncProbe | undefined,
	syncEnterpriseId?: string,
): SetupCheck {
	if (!probe) {
		const message = 'No Async credential is set: only Create or Update (Queued) needs one.';
		return result('asyncCredential', 'ok', message, { set: false });
	}
	const details: IDataObject = {
		set: true,
		host: probe.target?.host,
		enterpriseId: probe.target?.enterpriseId,
	};
	if (!probe.answer.ok)
		return failed(
			'asyncCredential',
			'The Async credential did not work',
			probe.answer.failure,
			details,
		);
	if (probe.answer.value.status !== 'QUEUED') {
		const message = `${probe.target?.host} did not answer as the Async API does ({"status": "QUEUED"}): check the Base URL of the Async credential.`;
		return result('asyncCredential', 'problem', message, details);
	}
	const accepted = `The Async credential was accepted by ${probe.target?.host} (probed with an empty request, which telecrm drops)`;
	if (syncEnterpriseId !== undefined && syncEnterpriseId !== probe.target?.enterpriseId) {
		const message = `${accepted}, but for Enterprise ID ${probe.target?.enterpriseId}, not the Sync credential's ${syncEnterpriseId}.`;
		return result('asyncCredential', 'warning', message, details);
	}
	return result('asyncCredential', 'ok', `${accepted}.`, details);
}

/** The last item: totals, and a text to paste into a bug report (no token is ever in it). */
export function summaryItem(
	checks: SetupCheck[],
	packageVersion: string,
	targets: Record<string, string>,
): SetupCheck {
	const count = (status: CheckStatus) => checks.filter((c) => c.status === status).length;
	const totals = { ok: count('ok'), warning: count('warning'), problem: count('problem') };
	const status: CheckStatus = totals.problem ? 'problem' : totals.warning ? 'warning' : 'ok';
	const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
	const message = `${totals.ok} ok, ${plural(totals.warning, 'warning')}, ${plural(totals.problem, 'problem')}.`;
	const report = [
		`n8n-nodes-telecrm ${packageVersion}, Workspace › Check Setup`,
		...Object.entries(targets).map(([api, where]) => `${api}: ${String(where)}`),
		...checks.map((c) => `[${c.status}] ${c.check}: ${c.message}`),
		message,
	].join('\n');
	return { ...result('summary', status, message, { packageVersion, ...totals }), report };
}

function listAt(body: IDataObject, key: string): IDataObject[] {
	const list = body[key];
	return Array.isArray(list) ? (list as IDataObject[]) : [];
}
