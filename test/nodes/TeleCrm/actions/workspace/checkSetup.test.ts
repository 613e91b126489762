/** Workspace › Check Setup through n8n's engine against sandboxes answering in each shape. */
import type { IDataObject } from 'n8n-workflow';

import type { RunOptions, TeleCrmCredentials } from '../../../../../engine/harness';
import { ASYNC_CREDENTIAL_TYPE, runNode } from '../../../../../engine/harness';
import { version } from '../../../../../package.json';
import { PACKAGE_VERSION } from '../../../../../nodes/TeleCrm/actions/workspace/checkSetup.operation';
import { json, useSandbox } from '../../../../support/sandboxed';

const CHECKS = [
	'syncCredential',
	'workspace',
	'identifierField',
	'pipeline',
	'searchRow',
	'counts',
	'rateLimitHeaders',
	'asyncCredential',
	'summary',
];

const t = useSandbox({ seed: 5 });
const other = useSandbox({
	seed: 5,
	pipelineShape: 'flat',
	searchRow: { idKey: 'id', statusAtTop: true, emptyActions: true },
});
const documented = useSandbox({ seed: 5, searchRow: { idKey: null } });

type Sandboxed = ReturnType<typeof useSandbox>;

async function checkSetup(
	on: Sandboxed,
	credentials: Partial<TeleCrmCredentials> = {},
	more: Partial<RunOptions> = {},
) {
	const mark = on.mark();
	const result = await runNode({
		parameters: { resource: 'workspace', operation: 'checkSetup' },
		credentials: { ...on.credentials(), ...credentials },
		...more,
	});
	expect(result.error).toBeUndefined();
	const byCheck = Object.fromEntries(json(result).map((item) => [item.check, item]));
	const requests = on
		.since(mark)
		.map((r) => `${r.method} ${r.path.replace(/^.*\/enterprise\/[^/]+/, '')}`);
	return {
		result,
		byCheck,
		requests,
		summary: byCheck.summary as IDataObject & { report: string },
	};
}

const details = (item: IDataObject) => item.details as IDataObject;

describe('Workspace › Check Setup', () => {
	it('reports the documented shapes, all ok, in 6 Sync requests and 1 Async probe', async () => {
		const { result, byCheck, requests, summary } = await checkSetup(t);
		expect(json(result).map((item) => item.check)).toEqual(CHECKS);
		expect(json(result).map((item) => item.status)).toEqual(CHECKS.map(() => 'ok'));
		expect(result.items.map((item) => item.pairedItem)).toEqual(CHECKS.map(() => ({ item: 0 })));
		expect(requests.sort()).toEqual([
			'GET /custom-actions',
			'GET /custom-fields',
			'GET /lead-stage-pipeline',
			'GET /metadata',
			'GET /team-members',
			'POST /autoupdatelead',
			'POST /lead/search',
		]);
		const state = t.sandbox.state;
		expect(details(byCheck.workspace)).toEqual({
			enterpriseId: t.sandbox.enterpriseId,
			workspaceId: t.sandbox.enterpriseId,
			name: 'Sandbox Realty',
		});
		expect(details(byCheck.identifierField)).toMatchObject({ apiName: 'phone', type: 'PHONE' });
		expect(details(byCheck.pipeline)).toMatchObject({
			shape: 'documented',
			stages: ['OPEN', 'WON', 'LOST'],
			activeStatuses: state.pipeline.leadStages.flatMap((s) =>
				s.activeStatuses.map((x) => x.label),
			),
		});
		expect(details(byCheck.searchRow)).toMatchObject({
			idKey: 'lead_id',
			statusAt: 'fields',
			actions: 'absent',
			totalCount: true,
			rowKeys: ['lead_id', 'fields'],
		});
		expect(details(byCheck.counts)).toEqual({
			leadFields: state.fields.length,
			customActions: state.customActions.length,
			teamMembers: state.members.filter((m) => m.status !== 'Deleted').length,
		});
		expect(byCheck.rateLimitHeaders.message).toBe(
			'No rate-limit header on the 7 answers (telecrm documents none).',
		);
		expect(details(byCheck.asyncCredential)).toMatchObject({
			set: true,
			enterpriseId: t.sandbox.enterpriseId,
		});
		// The probe carries no field: the sandbox counts it as a probe, nothing is queued or dropped.
		await t.sandbox.asyncQueue.idle();
		expect(t.sandbox.asyncQueue.drops).toEqual([]);
		expect(summary.message).toBe('8 ok, 0 warnings, 0 problems.');
		expect(summary.report).toContain(
			`Sync API: 127.0.0.1:${new URL(t.sandbox.baseUrl).port}, Enterprise ID ${t.sandbox.enterpriseId}`,
		);
		expect(PACKAGE_VERSION).toBe(version); // bump PACKAGE_VERSION with package.json's version
		expect(summary.report).toMatch(
			new RegExp(`^n8n-nodes-telecrm ${version}, Workspace › Check Setup\n`),
		);
		expect(summary.report).toContain(
			'[ok] searchRow: A search row has the lead ID under "lead_id", the status inside fields, actions absent, total_count present.',
		);
	});

	it('runs once for several items: each item gets the whole report, paired to it', async () => {
		const { result, requests } = await checkSetup(t, {}, { items: [{ a: 1 }, { a: 2 }, { a: 3 }] });
		expect(result.items).toHaveLength(3 * CHECKS.length);
		expect(result.items.map((item) => (item.pairedItem as { item: number }).item)).toEqual(
			[0, 1, 2].flatMap((item) => CHECKS.map(() => item)),
		);
		expect(requests).toHaveLength(7);
	});

	it('reports the flat pipeline and a search row with the ID under "id" and the status on top', async () => {
		const { byCheck } = await checkSetup(other);
		expect(byCheck.pipeline).toMatchObject({
			status: 'ok',
			details: { shape: 'flat', stages: ['OPEN', 'WON', 'LOST'] },
		});
		expect(byCheck.pipeline.message).toContain('flat lists (statuses, lostReasons)');
		expect(byCheck.searchRow).toMatchObject({
			status: 'ok',
			details: { idKey: 'id', statusAt: 'top', actions: 'empty', totalCount: true },
		});
	});

	it('says search rows without a lead ID are a problem (the documented shape)', async () => {
		const { byCheck, summary } = await checkSetup(documented);
		expect(byCheck.searchRow).toMatchObject({
			status: 'problem',
			details: { idKey: null, rowKeys: ['fields'] },
		});
		expect(summary.status).toBe('problem');
		expect(summary.report).toContain('[problem] searchRow: A search row has no lead ID');
	});

	it('a refused Sync token is a problem, not an error; what needs it is skipped', async () => {
		const { byCheck, requests, summary } = await checkSetup(t, { syncToken: 'not-a-token' });
		expect(byCheck.syncCredential).toMatchObject({
			status: 'problem',
			message: 'The Sync credential did not work: TeleCRM NOT_AUTHORIZED: Invalid or deleted token',
			details: { error: { httpCode: '401' } },
		});
		for (const check of ['workspace', 'identifierField', 'pipeline', 'searchRow', 'counts']) {
			expect(byCheck[check]).toMatchObject({
				status: 'warning',
				message: 'Skipped: the Sync credential did not work.',
				details: { skipped: true },
			});
		}
		expect(byCheck.asyncCredential.status).toBe('ok');
		expect(requests.sort()).toEqual(['GET /metadata', 'POST /autoupdatelead']);
		expect(summary.message).toBe('2 ok, 5 warnings, 1 problem.');
	});

	it('without an Async credential the check says it is not set', async () => {
		const { byCheck, requests, summary } = await checkSetup(
			t,
			{},
			{ unselected: [ASYNC_CREDENTIAL_TYPE] },
		);
		expect(byCheck.asyncCredential).toEqual({
			check: 'asyncCredential',
			status: 'ok',
			message: 'No Async credential is set: only Create or Update (Queued) needs one.',
			details: { set: false },
		});
		expect(requests).toHaveLength(6);
		expect(summary.report).toContain('Async API: no credential set');
	});

	it('a Sync token given as the Async token, or an unknown enterprise, is an Async problem', async () => {
		const swapped = await checkSetup(t, { asyncToken: t.sandbox.syncToken });
		expect(swapped.byCheck.asyncCredential).toMatchObject({
			status: 'problem',
			message:
				'The Async credential did not work: TeleCRM NOT_AUTHORIZED: This is a Sync token; the Async API needs an Async token',
		});
		expect(swapped.byCheck.syncCredential.status).toBe('ok');
		const unknown = await checkSetup(t, { asyncEnterpriseId: 'ent_nobody' });
		expect(unknown.byCheck.asyncCredential).toMatchObject({
			status: 'problem',
			details: { enterpriseId: 'ent_nobody', error: { httpCode: '404' } },
		});
		expect(unknown.byCheck.asyncCredential.message).toContain('ENTERPRISE_NOT_FOUND');
	});

	it('reports rate-limit headers it saw (a 429 with Retry-After, waited out)', async () => {
		t.sandbox.faults.add({
			kind: 'status',
			status: 429,
			retryAfter: '1',
			match: /^GET \/custom-actions/,
		});
		const { byCheck, requests } = await checkSetup(t);
		expect(byCheck.rateLimitHeaders).toMatchObject({
			status: 'ok',
			message: 'Rate-limit headers seen on the 8 answers: retry-after: 1 (sync).',
			details: { headers: { sync: { 'retry-after': '1' }, async: {} } },
		});
		expect(byCheck.counts.status).toBe('ok');
		expect(requests).toHaveLength(7); // the 429 is answered by the fault, not logged
	});

	it('the summary names hosts and IDs, never a token', async () => {
		const { result, summary } = await checkSetup(t, { asyncToken: t.sandbox.syncToken });
		const text = JSON.stringify(json(result));
		for (const token of [t.sandbox.syncToken, t.sandbox.asyncToken]) {
			expect(summary.report).not.toContain(token);
			expect(text).not.toContain(token);
		}
		expect(summary.report).toContain(t.sandbox.enterpriseId);
	});
});
