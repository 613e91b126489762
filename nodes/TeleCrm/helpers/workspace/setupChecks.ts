import type { IDataObject } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import type { AsyncProbe, Outcome, SetupCheck, Target } from '../values/setupVerdicts';
import {
	asyncCredentialCheck,
	countsCheck,
	identifierCheck,
	pipelineCheck,
	rateLimitCheck,
	searchRowCheck,
	skipped,
	summaryItem,
	syncCredentialCheck,
	workspaceCheck,
} from '../values/setupVerdicts';
import type { TeleCrmApi } from '../../transport';
import { isNodeError, MAX_PAGE_SIZE } from '../../transport';

/**
 * Workspace › Check Setup's requests: 6 to the Sync API (metadata first; the other five only
 * when it answered) and 1 to the Async API when its credential is set. They go straight to the
 * API, not through the Workspace cache: the point is to see what telecrm answers now.
 */

/** A call's answer, or the n8n error it failed with; any other error is a bug and is thrown. */
async function attempt<T>(api: TeleCrmApi, call: () => Promise<T>): Promise<Outcome<T>> {
	try {
		return { ok: true, value: await call() };
	} catch (error) {
		if (!isNodeError(error)) throw new NodeOperationError(api.ctx.getNode(), error as Error);
		const { message, description, httpCode } = error as Error & {
			description?: string | null;
			httpCode?: string | null;
		};
		return {
			ok: false,
			failure: { message, hint: description ?? undefined, httpCode: httpCode ?? undefined },
		};
	}
}

const get = (api: TeleCrmApi, path: string[], qs?: IDataObject) => () =>
	api.request({ method: 'GET', path, qs });

/** Everything read after the metadata answered, at once. */
async function syncAnswers(api: TeleCrmApi) {
	const [fields, actions, pipeline, team, search] = await Promise.all([
		attempt(api, get(api, ['custom-fields'], { detail: true })),
		attempt(api, get(api, ['custom-actions'])),
		attempt(api, get(api, ['lead-stage-pipeline'])),
		attempt(api, get(api, ['team-members'], { skip: 0, limit: MAX_PAGE_SIZE.teamMembers })),
		attempt(api, () =>
			api.request({
				method: 'POST',
				path: ['lead', 'search'],
				qs: { skip: 0, limit: 1 },
				body: {},
				searchOnly: true,
			}),
		),
	]);
	return { fields, actions, pipeline, team, search };
}

const DEPENDENT = ['workspace', 'identifierField', 'pipeline', 'searchRow', 'counts'];

async function syncChecks(api: TeleCrmApi, target: Outcome<Target>): Promise<SetupCheck[]> {
	const metadata = target.ok ? await attempt(api, get(api, ['metadata'])) : target;
	const where = target.ok ? target.value : undefined;
	const credential = syncCredentialCheck(metadata as Outcome, where);
	if (!metadata.ok || !where) {
		return [
			credential,
			...DEPENDENT.map((check) => skipped(check, 'the Sync credential did not work')),
		];
	}
	const answers = await syncAnswers(api);
	return [
		credential,
		workspaceCheck(metadata.value, where),
		identifierCheck(answers.fields, metadata.value.leadIdentifierFieldId),
		pipelineCheck(answers.pipeline),
		searchRowCheck(answers.search),
		countsCheck(answers.fields, answers.actions, answers.team),
	];
}

/** `POST /autoupdatelead` with no field: telecrm drops it (no identifier), the token is checked. */
async function probeAsync(asyncApi: TeleCrmApi): Promise<AsyncProbe> {
	const target = await attempt(asyncApi, () => asyncApi.target());
	if (!target.ok) return { answer: target };
	const answer = await attempt(asyncApi, () =>
		asyncApi.request({ method: 'POST', path: ['autoupdatelead'], body: { fields: {} } }),
	);
	return { target: target.value, answer };
}

const where = (target?: Target) =>
	target ? `${target.host}, Enterprise ID ${target.enterpriseId}` : 'credential not readable';

/** Every check, then the summary; `asyncApi` only when its (optional) credential is set. */
export async function runSetupChecks(
	api: TeleCrmApi,
	asyncApi: TeleCrmApi | undefined,
	packageVersion: string,
): Promise<SetupCheck[]> {
	const asyncProbe = asyncApi ? probeAsync(asyncApi) : undefined;
	const target = await attempt(api, () => api.target());
	const syncTarget = target.ok ? target.value : undefined;
	const checks = await syncChecks(api, target);
	const probe = await asyncProbe;
	const headers = {
		sync: api.rateLimitHeaders(),
		...(asyncApi && { async: asyncApi.rateLimitHeaders() }),
	};
	const answers = api.answerCount() + (asyncApi?.answerCount() ?? 0);
	checks.push(rateLimitCheck(headers, answers));
	checks.push(asyncCredentialCheck(probe, syncTarget?.enterpriseId));
	const targets = {
		'Sync API': where(syncTarget),
		'Async API': probe ? where(probe.target) : 'no credential set',
	};
	return [...checks, summaryItem(checks, packageVersion, targets)];
}
