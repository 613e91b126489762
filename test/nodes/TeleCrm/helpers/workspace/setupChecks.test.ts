import type { IDataObject } from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';

import { runSetupChecks } from '../../../../../nodes/TeleCrm/helpers/workspace/setupChecks';
import type { TeleCrmApi } from '../../../../../nodes/TeleCrm/transport';
import { fakeNode, METADATA } from '../../../../support/fakeApi';

/** A client answering from `answers` by path; a function answer may throw. */
function fakeClient(answers: Record<string, IDataObject | (() => IDataObject)>, host = 'h') {
	const paths: string[] = [];
	const api = {
		ctx: { getNode: () => fakeNode },
		target: async () => ({ host, enterpriseId: 'ent_1' }),
		rateLimitHeaders: () => ({}),
		answerCount: () => paths.length,
		async request({ path }: { path: string[] }) {
			paths.push(path.join('/'));
			const answer = answers[path.join('/')] ?? {};
			return typeof answer === 'function' ? answer() : answer;
		},
	};
	return { api: api as unknown as TeleCrmApi, paths };
}

const refused = () => {
	throw new NodeApiError(
		fakeNode,
		{ code: 'NOT_AUTHORIZED' },
		{ message: 'TeleCRM NOT_AUTHORIZED: no', httpCode: '401' },
	);
};

const workspace = {
	metadata: { id: 'ent_1', name: 'W', leadIdentifierFieldId: 'phone' },
	...METADATA,
	'team-members': { data: [{}], total_count: 14 },
	'lead/search': { data: [{ lead_id: 'l1', fields: { status: 'Fresh' } }], total_count: 1 },
};

describe('runSetupChecks', () => {
	it('reads the metadata first; without it nothing else of the Sync API is asked', async () => {
		const sync = fakeClient({ metadata: refused });
		const checks = await runSetupChecks(sync.api, undefined, '1.0.0');
		expect(sync.paths).toEqual(['metadata']);
		expect(checks.map((c) => c.status)).toEqual([
			'problem',
			...Array(5).fill('warning'),
			'ok',
			'ok',
			'problem',
		]);
	});

	it('one failing read is a problem of its checks; the others still report', async () => {
		const sync = fakeClient({ ...workspace, 'custom-actions': refused });
		const checks = await runSetupChecks(sync.api, undefined, '1.0.0');
		const status = Object.fromEntries(checks.map((c) => [c.check, c.status]));
		expect(status).toMatchObject({
			identifierField: 'ok',
			pipeline: 'ok',
			searchRow: 'ok',
			counts: 'problem',
		});
		expect(checks.find((c) => c.check === 'counts')?.details).toEqual({
			leadFields: 5,
			customActions: undefined,
			teamMembers: 14,
		});
		expect(sync.paths).toHaveLength(6);
	});

	it('probes the Async API with no field at all', async () => {
		const sync = fakeClient(workspace);
		const asyncClient = fakeClient({ autoupdatelead: { status: 'QUEUED' } }, 'async-host');
		const checks = await runSetupChecks(sync.api, asyncClient.api, '1.0.0');
		expect(asyncClient.paths).toEqual(['autoupdatelead']);
		expect(checks.at(-2)).toMatchObject({ check: 'asyncCredential', status: 'ok' });
		expect(checks.at(-1)?.report).toContain('Async API: async-host, Enterprise ID ent_1');
	});

	it('a programming error is thrown, not reported as a check', async () => {
		const sync = fakeClient({
			metadata: () => {
				throw new TypeError('bug');
			},
		});
		await expect(runSetupChecks(sync.api, undefined, '1.0.0')).rejects.toThrow('bug');
	});
});
