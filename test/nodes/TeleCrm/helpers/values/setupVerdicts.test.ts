import type { Outcome } from '../../../../../nodes/TeleCrm/helpers/values/setupVerdicts';
import {
	asyncCredentialCheck,
	countsCheck,
	identifierCheck,
	pipelineCheck,
	searchRowCheck,
	searchRowShape,
	summaryItem,
	syncCredentialCheck,
	workspaceCheck,
} from '../../../../../nodes/TeleCrm/helpers/values/setupVerdicts';

const answered = (value: Record<string, unknown>) => ({ ok: true, value }) as Outcome;
const refused: Outcome = {
	ok: false,
	failure: {
		message: 'TeleCRM NOT_AUTHORIZED: Invalid token',
		hint: 'Check the token',
		httpCode: '401',
	},
};
const target = { host: 'next.telecrm.in', enterpriseId: 'ent_1' };

describe('searchRowShape', () => {
	it('finds the lead ID under each key seen, in the order the node reads them', () => {
		expect(searchRowShape({ _id: 'a', fields: {} }).idKey).toBe('_id');
		expect(searchRowShape({ leadId: 'a', id: 'b' }).idKey).toBe('id');
		expect(searchRowShape({ lead_id: '', leadId: 'a' }).idKey).toBe('leadId');
		expect(searchRowShape({ fields: { phone: '91' } }).idKey).toBeNull();
	});

	it('says where the status is and whether actions came, without any value', () => {
		expect(searchRowShape({ status: 'Won', fields: { status: 'Won' } })).toMatchObject({
			statusAt: 'both',
			actions: 'absent',
		});
		expect(searchRowShape({ fields: {}, actions: [{ type: 'CALL' }] })).toMatchObject({
			statusAt: 'none',
			actions: 'included',
			rowKeys: ['fields', 'actions'],
		});
	});
});

describe('the checks', () => {
	it('a Sync answer without the workspace id says to check the Base URL', () => {
		expect(syncCredentialCheck(answered({ hello: 1 }), target)).toMatchObject({
			status: 'warning',
			message: expect.stringContaining('check the Base URL'),
		});
		expect(syncCredentialCheck(refused, target)).toMatchObject({
			status: 'problem',
			details: { host: 'next.telecrm.in', error: { hint: 'Check the token', httpCode: '401' } },
		});
	});

	it('warns when telecrm answers for another ID or without a name', () => {
		expect(workspaceCheck({ id: 'ent_2', name: 'A' }, target).status).toBe('warning');
		expect(workspaceCheck({ id: 'ent_1' }, target).message).toContain('no name');
	});

	it('the identifier: none or two marked, or the metadata naming another field, is a warning', () => {
		expect(identifierCheck(answered({ customFields: [] }), 'phone')).toMatchObject({
			status: 'warning',
			message: '0 lead fields are marked as the identifier (isLeadid); the node takes phone.',
		});
		const fields = answered({
			customFields: [{ id: 'f1', apiName: 'email', type: 'EMAIL', isLeadid: true }],
		});
		expect(identifierCheck(fields, 'f1').status).toBe('ok');
		expect(identifierCheck(fields, 'email').status).toBe('ok');
		expect(identifierCheck(fields, 'phone').message).toBe(
			'The lead identifier is email (EMAIL), but the workspace info names phone.',
		);
	});

	it('a pipeline in neither shape, or without an active status, is a warning', () => {
		expect(pipelineCheck(answered({ version: 1 }))).toMatchObject({
			status: 'warning',
			details: { shape: 'unknown', stages: [] },
		});
		expect(pipelineCheck(answered({ statuses: ['Fresh'], lostReasons: ['Price'] }))).toMatchObject({
			status: 'ok',
			details: {
				shape: 'flat',
				stages: ['UNKNOWN'],
				activeStatuses: ['Fresh'],
				lostReasons: { active: 1, archived: 0 },
			},
		});
	});

	it('an empty workspace cannot show a search row: a warning asking for a lead', () => {
		expect(searchRowCheck(answered({ data: [], total_count: 0 }))).toMatchObject({
			status: 'warning',
			details: { rows: 0, totalCount: true },
		});
		expect(searchRowCheck(answered({ data: [{ id: 'x', fields: {} }] })).message).toContain(
			'total_count absent',
		);
	});

	it('counts what could be read and names what could not', () => {
		const counts = countsCheck(
			answered({ customFields: [{}, {}] }),
			refused,
			answered({ data: [{}, {}, {}] }),
		);
		expect(counts).toMatchObject({
			status: 'problem',
			details: { leadFields: 2, teamMembers: 3 },
			message:
				'2 lead fields (standard ones included), ? custom actions, 3 team members. Not read: customActions: TeleCRM NOT_AUTHORIZED: Invalid token',
		});
	});

	it('the Async probe: not set, refused, another answer, another enterprise', () => {
		expect(asyncCredentialCheck(undefined, 'ent_1')).toMatchObject({
			status: 'ok',
			details: { set: false },
		});
		expect(asyncCredentialCheck({ target, answer: refused }, 'ent_1').status).toBe('problem');
		expect(
			asyncCredentialCheck({ target, answer: answered({ ok: true }) }, 'ent_1').message,
		).toContain('did not answer as the Async API does');
		expect(
			asyncCredentialCheck({ target, answer: answered({ status: 'QUEUED' }) }, 'ent_9'),
		).toMatchObject({
			status: 'warning',
			message: expect.stringContaining("not the Sync credential's ent_9"),
		});
	});

	it('the summary takes the worst status and lists every check', () => {
		const checks = [
			syncCredentialCheck(answered({ id: 'ent_1' }), target),
			workspaceCheck({ id: 'ent_1' }, target),
		];
		const summary = summaryItem(checks, '9.9.9', { 'Sync API': 'next.telecrm.in' });
		expect(summary).toMatchObject({ status: 'warning', message: '1 ok, 1 warning, 0 problems.' });
		expect(summary.report).toBe(
			[
				'n8n-nodes-telecrm 9.9.9, Workspace › Check Setup',
				'Sync API: next.telecrm.in',
				'[ok] syncCredential: The Sync credential was accepted by next.telecrm.in.',
				'[warning] workspace: Workspace "(no name)", Enterprise ID ent_1; the answer has no name.',
				'1 ok, 1 warning, 0 problems.',
			].join('\n'),
		);
	});
});
