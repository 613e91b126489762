/**
 * The sandbox itself, driven over HTTP with axios: every endpoint's success shape and
 * every error the reference documents for it.
 */
import axios from 'axios';

import type { Sandbox } from '../../sandbox/server.cjs';
import * as childProcess from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { startSandbox } from '../../sandbox/server.cjs';

const NOW = Date.UTC(2026, 10, 20, 12, 0, 0);
const DAY = 24 * 3600 * 1000;

let sandbox: Sandbox;

interface CallOptions {
	body?: unknown;
	query?: Record<string, unknown>;
	key?: string | null;
	enterprise?: string;
}

async function call(method: 'GET' | 'POST', path: string, options: CallOptions = {}) {
	const key = options.key === undefined ? sandbox.syncToken : options.key;
	const res = await axios.request({
		method,
		url: `${sandbox.baseUrl}/enterprise/${options.enterprise ?? sandbox.enterpriseId}${path}`,
		data: options.body,
		params: options.query,
		headers: key === null ? {} : { Authorization: `Bearer ${key}` },
		validateStatus: () => true,
	});
	return { status: res.status, body: res.data };
}

const post = (path: string, body?: unknown, query?: Record<string, unknown>) =>
	call('POST', path, { body, query });
const get = (path: string, query?: Record<string, unknown>) => call('GET', path, { query });

function expectError(
	res: { status: number; body: { error?: { code?: string; message?: string } } },
	status: number,
	code: string,
	message?: string | RegExp,
) {
	expect(res.status).toBe(status);
	expect(res.body.error?.code).toBe(code);
	if (typeof message === 'string') expect(res.body.error?.message).toBe(message);
	else if (message) expect(res.body.error?.message).toMatch(message);
}

async function createLead(fields: Record<string, unknown>, actions?: unknown[]) {
	const res = await post('/lead', { fields, ...(actions ? { actions } : {}) });
	return res;
}

let phoneCounter = 0;
const freshPhone = () => `9177${String(1000000 + ++phoneCounter).padStart(8, '0')}`;

beforeAll(async () => {
	sandbox = await startSandbox({ seed: 40, now: NOW });
});

afterAll(async () => {
	await sandbox.stop();
});

describe('authentication', () => {
	it('accepts the Sync token', async () => {
		expect((await get('/metadata')).status).toBe(200);
	});

	it.each([
		['a missing header', null],
		['the Async token', 'sandbox-async-3b8e5f6d1a0c'],
		['an unknown token', 'nope'],
	])('answers 401 NOT_AUTHORIZED to %s', async (_name, key) => {
		expectError(await call('GET', '/metadata', { key }), 401, 'NOT_AUTHORIZED');
	});

	const everyEndpoint: Array<['GET' | 'POST', string]> = [
		['POST', '/lead'],
		['GET', '/lead/x'],
		['POST', '/lead/x'],
		['POST', '/lead/search'],
		['POST', '/lead/x/action'],
		['GET', '/lead/x/action/y'],
		['POST', '/lead/x/action/y'],
		['POST', '/lead/x/action/search'],
		['GET', '/team-members'],
		['POST', '/team-members'],
		['GET', '/team-members/a@b.co'],
		['POST', '/teammember/state_change'],
		['GET', '/metadata'],
		['GET', '/custom-fields'],
		['GET', '/custom-fields/phone'],
		['GET', '/custom-actions'],
		['GET', '/custom-actions/ACTION_1001'],
		['GET', '/lead-stage-pipeline'],
	];

	it.each(everyEndpoint)(
		'answers 401 NOT_AUTHORIZED on %s %s to an Async token',
		async (method, path) => {
			expectError(
				await call(method, path, {
					key: sandbox.asyncToken,
					body: method === 'POST' ? {} : undefined,
				}),
				401,
				'NOT_AUTHORIZED',
			);
		},
	);

	it('answers 404 ENTERPRISE_NOT_FOUND for another enterprise ID', async () => {
		expectError(
			await call('GET', '/metadata', { enterprise: '62ab16e' }),
			404,
			'ENTERPRISE_NOT_FOUND',
			'The enterprise with ID 62ab16e was not found.',
		);
		expectError(
			await call('GET', '/custom-fields', { enterprise: '62ab16e' }),
			404,
			'ENTERPRISE_NOT_FOUND',
		);
		expectError(
			await call('GET', '/custom-actions', { enterprise: '62ab16e' }),
			404,
			'ENTERPRISE_NOT_FOUND',
		);
		expectError(
			await call('GET', '/lead-stage-pipeline', { enterprise: '62ab16e' }),
			404,
			'ENTERPRISE_NOT_FOUND',
		);
	});
});

describe('POST /lead (create)', () => {
	it('creates a lead and reports refused fields and actions as remarks, in request order', async () => {
		const phone = freshPhone();
		const res = await createLead(
			{
				name: 'Jane Doe',
				phone,
				email: 'jane@example.com',
				rating: 7,
				interests: 'VIP, Returning',
				deal_size: 5000,
				follow_up_date: '2026-01-01T10:30:00Z',
			},
			[
				{ type: '1001', fields: { note: 'Site visit completed' } },
				{ type: 'PAYMENT', status: 'PENDING', currency: 'INR', amount: '0' },
				{ type: 'ACTION_1001', fields: {} },
				{ type: '1002', fields: { attendees: 'two' } },
				{
					type: 'PAYMENT',
					status: 'COMPLETED',
					currency: 'USD',
					amount: '10000',
					paymentid: 'pay_1',
				},
			],
		);
		expect(res.status).toBe(201);
		expect(res.body.lead_id).toMatch(/^[0-9a-f]{24}$/);
		expect(res.body.actions.map((a: { status: string }) => a.status)).toEqual([
			'CREATED',
			'IGNORED',
			'IGNORED',
			'IGNORED',
			'CREATED',
		]);
		expect(res.body.actions[1].action_id).toBeNull();
		expect(res.body.remarks.map((r: { field: string }) => r.field)).toEqual([
			'fields.rating',
			'fields.interests',
			'fields.deal_size',
			'fields.follow_up_date',
			'actions[1].amount',
			'actions[2].type',
			'actions[3].fields.attendees',
		]);
		expect(res.body.remarks.every((r: { status: string }) => r.status === 'IGNORED')).toBe(true);
		expect(res.body.remarks[0].remark).toBe('Rating must be between 1 and 5');
		const stored = await get(`/lead/${res.body.lead_id}`);
		expect(stored.body.fields).toMatchObject({
			name: 'Jane Doe',
			phone,
			email: 'jane@example.com',
		});
		expect(stored.body.fields.rating).toBeUndefined();
	});

	it('accepts each field type in its documented form', async () => {
		const res = await createLead({
			name: '  spaced  ',
			phone: freshPhone(),
			email: 'ok@example.co.in',
			rating: 3,
			status: 'Qualified',
			assignee: 'PRIYA.CALLER@sandbox-telecrm.test',
			lost_reason: 'No Need',
			contact_source: 'Website',
			interests: ['Villa', 'Plot'],
			deal_size: '1000.50',
			follow_up_date: '01/06/2026 10:30:00',
			company_website: 'https://example.com',
			brochure_link: 'https://cdn.example.com/file.pdf',
			budget_lakhs: 156,
			alternate_phone: '9999999999',
		});
		expect(res.status).toBe(201);
		expect(res.body.remarks).toEqual([]);
		const { fields } = (await get(`/lead/${res.body.lead_id}`)).body;
		expect(fields.follow_up_date).toBe(Date.UTC(2026, 5, 1, 10, 30));
		expect(fields.alternate_phone).toBe('919999999999');
		expect(fields.assignee).toBe('priya.caller@sandbox-telecrm.test');
		expect(fields.name).toBe('  spaced  ');
	});

	it('adds an unknown dropdown label as a new option', async () => {
		const res = await createLead({ phone: freshPhone(), contact_source: 'Trade Fair' });
		expect(res.body.remarks).toEqual([]);
		const list = await get('/custom-fields');
		const source = list.body.customFields.find(
			(f: { apiName: string }) => f.apiName === 'contact_source',
		);
		expect(source.options).toContain('Trade Fair');
	});

	it('accepts an archived status without storing it', async () => {
		const res = await createLead({
			phone: freshPhone(),
			status: 'Old Lead',
			lost_reason: 'Budget freeze',
		});
		expect(res.status).toBe(201);
		expect(res.body.remarks).toEqual([]);
		const { fields } = (await get(`/lead/${res.body.lead_id}`)).body;
		expect(fields.status).toBeUndefined();
		expect(fields.lost_reason).toBeUndefined();
	});

	it('answers 400 when the identifier is missing or invalid', async () => {
		expectError(
			await createLead({ name: 'No phone' }),
			400,
			'BAD_REQUEST',
			'Lead identifier phone is required',
		);
		expectError(
			await createLead({ phone: '+91 98765 43210' }),
			400,
			'BAD_REQUEST',
			/^Lead identifier phone is invalid/,
		);
		expectError(await post('/lead', { actions: [] }), 400, 'BAD_REQUEST');
	});

	it('answers 409 LEAD_ALREADY_EXISTS for an identifier that exists, after normalising phones', async () => {
		const national = `98${String(76000000 + ++phoneCounter)}`;
		expect((await createLead({ phone: national })).status).toBe(201);
		expectError(await createLead({ phone: `+91${national}` }), 409, 'LEAD_ALREADY_EXISTS');
		expectError(await createLead({ phone: `91${national}` }), 409, 'LEAD_ALREADY_EXISTS');
	});
});

describe('GET /lead/{leadId}', () => {
	it('returns fields only, or fields with a paged action slice', async () => {
		const lead = sandbox.state.leads.find((l) => l.actions.length >= 3)!;
		const plain = await get(`/lead/${lead.id}`);
		expect(plain.status).toBe(200);
		expect(Object.keys(plain.body)).toEqual(['fields']);
		const withActions = await get(`/lead/${lead.id}`, { includeActions: true, skip: 1, limit: 2 });
		expect(withActions.body.actions_skip).toBe(1);
		expect(withActions.body.actions_limit).toBe(2);
		expect(withActions.body.actions).toHaveLength(2);
		expect(withActions.body.actions[0].action_id).toBe(lead.actions[1].id);
	});

	it('answers 400 for a limit out of range and 404 LEAD_NOT_FOUND for an unknown ID', async () => {
		const lead = sandbox.state.leads[0];
		expectError(
			await get(`/lead/${lead.id}`, { includeActions: true, limit: 101 }),
			400,
			'BAD_REQUEST',
			'Limit should be between 1 and 100',
		);
		expectError(
			await get('/lead/62ab16e'),
			404,
			'LEAD_NOT_FOUND',
			'The lead with ID 62ab16e was not found.',
		);
	});
});

describe('POST /lead/{leadId} (update)', () => {
	it('changes only the given fields and returns the lead fields', async () => {
		const { body } = await createLead({ phone: freshPhone(), name: 'Before', rating: 2 });
		const res = await post(`/lead/${body.lead_id}`, { fields: { status: 'Qualified', rating: 4 } });
		expect(res.status).toBe(200);
		expect(res.body.fields).toMatchObject({ name: 'Before', status: 'Qualified', rating: 4 });
	});

	it('drops an unknown status label silently', async () => {
		const { body } = await createLead({ phone: freshPhone(), status: 'Fresh' });
		const res = await post(`/lead/${body.lead_id}`, { fields: { status: 'Nonexistent' } });
		expect(res.status).toBe(200);
		expect(res.body.fields.status).toBe('Fresh');
	});

	it('answers 400 for an invalid value, 403 INVALID_LEAD for the identifier, 404 for an unknown lead', async () => {
		const { body } = await createLead({ phone: freshPhone() });
		expectError(
			await post(`/lead/${body.lead_id}`, { fields: { rating: '3' } }),
			400,
			'BAD_REQUEST',
			/fields.rating: Rating must be between 1 and 5/,
		);
		expectError(
			await post(`/lead/${body.lead_id}`, { fields: { phone: freshPhone() } }),
			403,
			'INVALID_LEAD',
			'Cannot modify lead identifier field',
		);
		expectError(
			await post('/lead/62ab16e', { fields: { name: 'x' } }),
			404,
			'LEAD_NOT_FOUND',
			'Lead with ID 62ab16e was not found.',
		);
	});
});

describe('POST /lead/search', () => {
	it('returns newest leads first with lead IDs and total_count, paged by skip/limit', async () => {
		const first = await post('/lead/search', {}, { limit: 5 });
		expect(first.status).toBe(200);
		expect(first.body.total_count).toBe(sandbox.state.leads.length);
		expect(first.body).toMatchObject({ skip: 0, limit: 5 });
		const created = first.body.data.map(
			(r: { fields: { created_on: number } }) => r.fields.created_on,
		);
		expect([...created].sort((a, b) => b - a)).toEqual(created);
		expect(first.body.data[0].lead_id).toMatch(/^[0-9a-f]{24}$/);
		const second = await post('/lead/search', {}, { skip: 5, limit: 5 });
		expect(second.body.data[0].lead_id).not.toBe(first.body.data[4].lead_id);
		expect((await post('/lead/search', {})).body.limit).toBe(10);
	});

	it('matches exactly and case-insensitively, arrays as any-of, keys AND-ed', async () => {
		const phone = freshPhone();
		await createLead({ phone, name: 'Exact Match Person', city: 'Pune' });
		expect(
			(await post('/lead/search', { fields: { name: 'exact match PERSON' } })).body.total_count,
		).toBe(1);
		expect((await post('/lead/search', { fields: { name: 'Exact Match' } })).body.total_count).toBe(
			0,
		);
		expect(
			(await post('/lead/search', { fields: { name: ['nobody', 'Exact Match Person'] } })).body
				.total_count,
		).toBe(1);
		expect(
			(await post('/lead/search', { fields: { name: 'Exact Match Person', city: 'Delhi' } })).body
				.total_count,
		).toBe(0);
		expect((await post('/lead/search', { fields: { phone: `+${phone}` } })).body.total_count).toBe(
			1,
		);
	});

	it('compares status labels case-sensitively', async () => {
		const won = sandbox.state.leads.filter((l) => l.fields.status === 'Won').length;
		expect((await post('/lead/search', { fields: { status: 'Won' } })).body.total_count).toBe(won);
		expect((await post('/lead/search', { fields: { status: 'won' } })).body.total_count).toBe(0);
	});

	it('filters by created_on window with epoch or dd/mm/yyyy bounds, inclusive', async () => {
		const from = NOW - 7 * DAY;
		const expected = sandbox.state.leads.filter(
			(l) => l.created_on >= from && l.created_on <= NOW,
		).length;
		const res = await post(
			'/lead/search',
			{ fields: { created_on: { from, to: NOW } } },
			{ limit: 100 },
		);
		expect(res.body.total_count).toBe(expected);
		const day = await post('/lead/search', {
			fields: { created_on: { from: '20/11/2026 00:00:00', to: '20/11/2026 23:59:59' } },
		});
		expect(day.status).toBe(200);
	});

	it('filters by actions: type, performed_by email and performed_at', async () => {
		const lead = sandbox.state.leads.find((l) =>
			l.actions.some((a) => a.type === 'OUTGOING_CALL' && a.performed_by),
		)!;
		const call = lead.actions.find((a) => a.type === 'OUTGOING_CALL' && a.performed_by)!;
		const email = sandbox.state.members.find((m) => m.id === call.performed_by)!.email;
		const res = await post(
			'/lead/search',
			{
				actions: {
					type: ['OUTGOING_CALL'],
					performed_by: email.toUpperCase(),
					performed_at: { from: call.created_on, to: call.created_on },
				},
			},
			{ limit: 100 },
		);
		expect(res.body.data.map((r: { lead_id: string }) => r.lead_id)).toContain(lead.id);
		const expected = sandbox.state.leads.filter((l) =>
			l.actions.some(
				(a) =>
					a.type === 'OUTGOING_CALL' &&
					a.performed_by === call.performed_by &&
					a.created_on === call.created_on,
			),
		).length;
		expect(res.body.total_count).toBe(expected);
	});

	it('answers 400 for a limit out of range or an unknown filter, and GET is not search', async () => {
		expectError(
			await post('/lead/search', {}, { limit: 500 }),
			400,
			'BAD_REQUEST',
			'Limit should be between 1 and 100',
		);
		expectError(
			await post('/lead/search', {}, { limit: 0 }),
			400,
			'BAD_REQUEST',
			'Limit should be between 1 and 100',
		);
		expectError(await post('/lead/search', { fields: { no_such_field: 'x' } }), 400, 'BAD_REQUEST');
		expect((await get('/lead/search', { phone: '919999999999' })).status).toBe(404);
	});
});

describe('actions', () => {
	let leadId: string;

	beforeAll(async () => {
		leadId = (await createLead({ phone: freshPhone(), name: 'Action Target' })).body.lead_id;
	});

	it('creates a batch with one outcome per action in request order (200)', async () => {
		const res = await post(`/lead/${leadId}/action`, {
			actions: [
				{ type: '1001', fields: { note: 'Demo scheduled', outcome: 'Interested' } },
				{ type: 'PAYMENT', status: 'PENDING', currency: 'INR', amount: '10000' },
				{ type: '1003', fields: { page_url: 'not a url' } },
			],
		});
		expect(res.status).toBe(200);
		expect(res.body.lead_id).toBe(leadId);
		expect(res.body.actions.map((a: { status: string }) => a.status)).toEqual([
			'CREATED',
			'CREATED',
			'IGNORED',
		]);
		expect(res.body.remarks).toEqual([
			{ field: 'actions[2].fields.page_url', status: 'IGNORED', remark: 'URL is invalid' },
		]);
	});

	it('refuses non-writable types for the whole request, and unknown leads', async () => {
		expectError(
			await post(`/lead/${leadId}/action`, { actions: [{ type: 'OUTGOING_CALL' }] }),
			400,
			'BAD_REQUEST',
			'Only custom actions and payment actions can be created',
		);
		expectError(
			await post('/lead/62ab16e/action', { actions: [{ type: '1001' }] }),
			404,
			'LEAD_NOT_FOUND',
		);
		expectError(await post(`/lead/${leadId}/action`, { actions: [] }), 400, 'BAD_REQUEST');
	});

	it('reads custom and payment actions by ID, and refuses other types', async () => {
		const res = await post(`/lead/${leadId}/action`, {
			actions: [
				{ type: '1001', fields: { note: 'Read me' } },
				{ type: 'PAYMENT', status: 'PENDING', currency: 'AED', amount: '250' },
			],
		});
		const [custom, payment] = res.body.actions.map((a: { action_id: string }) => a.action_id);
		expect((await get(`/lead/${leadId}/action/${custom}`)).body).toEqual({
			type: '1001',
			fields: { note: 'Read me' },
		});
		expect((await get(`/lead/${leadId}/action/${payment}`)).body).toEqual({
			type: 'PAYMENT',
			status: 'PENDING',
			currency: 'AED',
			amount: '250',
		});
		const seeded = sandbox.state.leads.find((l) =>
			l.actions.some((a) => a.type === 'MISSED_CALL' || a.type === 'OUTGOING_CALL'),
		)!;
		const callAction = seeded.actions.find(
			(a) => a.type === 'MISSED_CALL' || a.type === 'OUTGOING_CALL',
		)!;
		expectError(
			await get(`/lead/${seeded.id}/action/${callAction.id}`),
			400,
			'BAD_REQUEST',
			'Only custom actions and payment actions can be retrieved',
		);
		expectError(
			await get(`/lead/${leadId}/action/62ab16e`),
			404,
			'ACTION_NOT_FOUND',
			'Action with ID 62ab16e was not found.',
		);
	});

	it('updates custom fields and payment status; payment amount, currency and paymentid are immutable', async () => {
		const res = await post(`/lead/${leadId}/action`, {
			actions: [
				{ type: '1001', fields: { note: 'Old note' } },
				{ type: 'PAYMENT', status: 'PENDING', currency: 'INR', amount: '5000' },
			],
		});
		const [custom, payment] = res.body.actions.map((a: { action_id: string }) => a.action_id);
		const updated = await post(`/lead/${leadId}/action/${custom}`, {
			type: '1001',
			fields: { note: 'Follow-up completed' },
		});
		expect(updated.body).toEqual({ type: '1001', fields: { note: 'Follow-up completed' } });
		const paid = await post(`/lead/${leadId}/action/${payment}`, {
			type: 'PAYMENT',
			status: 'COMPLETED',
		});
		expect(paid.body).toEqual({
			type: 'PAYMENT',
			status: 'COMPLETED',
			currency: 'INR',
			amount: '5000',
		});
		expectError(
			await post(`/lead/${leadId}/action/${payment}`, { type: 'PAYMENT', amount: '1' }),
			400,
			'BAD_REQUEST',
			'Cannot update amount, currency, or paymentid fields for existing payment action.',
		);
		expectError(
			await post(`/lead/${leadId}/action/${custom}`, { type: '1002', fields: {} }),
			400,
			'BAD_REQUEST',
		);
		expectError(
			await post(`/lead/${leadId}/action/62ab16e`, { type: '1001', fields: {} }),
			404,
			'ACTION_NOT_FOUND',
		);
		expectError(
			await post(`/lead/62ab16e/action/${custom}`, { type: '1001', fields: {} }),
			404,
			'LEAD_NOT_FOUND',
		);
		expectError(
			await post(`/lead/${leadId}/action/${custom}`, { type: '1001', fields: { note: 5 } }),
			400,
			'BAD_REQUEST',
		);
	});

	it('searches the whole timeline newest first, by type, created_on and performer', async () => {
		const lead = sandbox.state.leads.find(
			(l) => l.actions.length >= 3 && l.actions.some((a) => a.performed_by),
		)!;
		const all = await post(`/lead/${lead.id}/action/search`, {}, { limit: 100 });
		expect(all.status).toBe(200);
		expect(all.body.total_count).toBe(lead.actions.length);
		const times = all.body.data.map((a: { created_on: number }) => a.created_on);
		expect([...times].sort((a, b) => b - a)).toEqual(times);
		const type = lead.actions[0].type;
		const byType = await post(`/lead/${lead.id}/action/search`, { type });
		expect(byType.body.data.every((a: { type: string }) => a.type === type)).toBe(true);
		const performer = lead.actions.find((a) => a.performed_by)!;
		const byMember = await post(`/lead/${lead.id}/action/search`, {
			performed_by: performer.performed_by,
		});
		const email = sandbox.state.members.find((m) => m.id === performer.performed_by)!.email;
		const byEmail = await post(`/lead/${lead.id}/action/search`, { performed_by: [email] });
		expect(byMember.body.total_count).toBe(byEmail.body.total_count);
		expect(byMember.body.total_count).toBeGreaterThan(0);
		const window = await post(`/lead/${lead.id}/action/search`, {
			created_on: { from: performer.created_on, to: performer.created_on },
		});
		expect(window.body.data.map((a: { action_id: string }) => a.action_id)).toContain(performer.id);
	});

	it('answers 400 Invalid filter, 400 for the limit and 404 LEAD_NOT_FOUND', async () => {
		expectError(
			await post(`/lead/${leadId}/action/search`, { colour: 'red' }),
			400,
			'BAD_REQUEST',
			'Invalid filter',
		);
		expectError(
			await post(`/lead/${leadId}/action/search`, {}, { limit: 101 }),
			400,
			'BAD_REQUEST',
			'Limit should be between 1 and 100',
		);
		expectError(
			await post('/lead/62ab16e/action/search', {}),
			404,
			'LEAD_NOT_FOUND',
			/^Lead with given ID wa/,
		);
	});
});

describe('team members', () => {
	it('lists members sorted by name, at most 10 a page, deleted ones only on request', async () => {
		const res = await get('/team-members', { limit: 10 });
		expect(res.status).toBe(200);
		const names = res.body.data.map((m: { name: string }) => m.name);
		expect([...names].sort((a, b) => a.localeCompare(b))).toEqual(names);
		expect(res.body.data).toHaveLength(10);
		expect(res.body.total_count).toBeGreaterThan(10);
		expect(Object.keys(res.body.data[0]).sort()).toEqual(
			[
				'email',
				'license',
				'manager_email',
				'manager_name',
				'name',
				'permission_template_name',
				'phone_number',
				'status',
			].sort(),
		);
		const withDeleted = await get('/team-members', { limit: 10, includeDeleted: true });
		expect(withDeleted.body.total_count).toBe(res.body.total_count + 1);
		expectError(
			await get('/team-members', { limit: 11 }),
			400,
			'BAD_REQUEST',
			'Limit should be between 1 and 10',
		);
	});

	it('gets a member by email, case-insensitively; deleted ones only with includeDeleted', async () => {
		const res = await get(
			`/team-members/${encodeURIComponent('PRIYA.Caller@sandbox-telecrm.test')}`,
		);
		expect(res.body).toMatchObject({ name: 'Priya Caller', status: 'Working' });
		expectError(
			await get('/team-members/not-an-email'),
			400,
			'BAD_REQUEST',
			'Invalid email format',
		);
		expectError(
			await get('/team-members/nobody@example.com'),
			404,
			'TEAM_MEMBER_NOT_FOUND',
			'Team member not found',
		);
		expectError(
			await get('/team-members/deleted.dev@sandbox-telecrm.test'),
			404,
			'TEAM_MEMBER_NOT_FOUND',
		);
		expect(
			(await get('/team-members/deleted.dev@sandbox-telecrm.test', { includeDeleted: true })).body
				.status,
		).toBe('Deleted');
	});

	it('changes availability', async () => {
		const res = await post('/teammember/state_change', {
			state: 'On Leave',
			email: 'rahul.caller@sandbox-telecrm.test',
		});
		expect(res.body).toEqual({ email: 'rahul.caller@sandbox-telecrm.test', status: 'On Leave' });
		expectError(
			await post('/teammember/state_change', {
				state: 'Sleeping',
				email: 'rahul.caller@sandbox-telecrm.test',
			}),
			400,
			'BAD_REQUEST',
		);
		expectError(
			await post('/teammember/state_change', { state: 'Active', email: 'nobody@example.com' }),
			404,
			'TEAM_MEMBER_NOT_FOUND',
		);
		expect(
			(await post('/team-members/state_change', { state: 'Active', email: 'x@y.z' })).status,
		).toBe(404);
	});

	it('creates members with validation, and answers 402 BUY_LICENSE when seats run out', async () => {
		const invited = await post('/team-members', {
			name: 'New Caller',
			email: 'new.caller@example.com',
			phone_number: '919876543210',
			role: 'CALLER',
		});
		expect(invited.status).toBe(201);
		expect(invited.body).toEqual({
			name: 'New Caller',
			email: 'new.caller@example.com',
			phone_number: '919876543210',
			role: 'CALLER',
			status: 'INVITED',
		});
		const active = await post('/team-members', {
			name: 'Pass Word',
			email: 'pw@example.com',
			phone_number: '919876543211',
			role: 'MANAGER',
			password: 'secret123',
		});
		expect(active.body.status).toBe('Active');
		const invalid = await post('/team-members', {
			name: 'X',
			email: 'x@example.com',
			phone_number: '919876543212',
			role: 'BOSS',
		});
		expectError(invalid, 400, 'BAD_REQUEST', 'Validation failed');
		expect(invalid.body.error.details).toEqual([
			{
				field: 'role',
				message: 'Invalid role. Allowed roles: ADMIN, MANAGER, CALLER, MARKETING_USER',
			},
		]);
		expectError(
			await post('/team-members', {
				name: 'X',
				email: 'x@example.com',
				phone_number: '+91 98765 43210',
				role: 'CALLER',
			}),
			400,
			'BAD_REQUEST',
			'Invalid phone_number format',
		);
		expect(
			(await post('/team-members', { email: 'y@example.com' })).body.error.details.map(
				(d: { field: string }) => d.field,
			),
		).toEqual(['name', 'phone_number', 'role']);
		const third = await post('/team-members', {
			name: 'Third',
			email: 'third@example.com',
			phone_number: '919876543213',
			role: 'CALLER',
		});
		expect(third.status).toBe(201);
		expectError(
			await post('/team-members', {
				name: 'Fourth',
				email: 'fourth@example.com',
				phone_number: '919876543214',
				role: 'CALLER',
			}),
			402,
			'BUY_LICENSE',
		);
	});
});

describe('enterprise metadata', () => {
	it('describes the workspace, with the identifier field ID', async () => {
		const res = await get('/metadata');
		expect(res.body).toMatchObject({
			id: sandbox.enterpriseId,
			name: 'Sandbox Realty',
			integrations: ['WHATSAPP', 'EMAIL', 'SMS'],
		});
		const detail = await get('/custom-fields', { detail: true });
		const identifier = detail.body.customFields.find(
			(f: { id: string }) => f.id === res.body.leadIdentifierFieldId,
		);
		expect(identifier).toMatchObject({ apiName: 'phone', isLeadid: true });
	});

	it('lists custom fields in summary and detail shapes, covering every field type', async () => {
		const summary = (await get('/custom-fields')).body.customFields;
		const source = summary.find((f: { apiName: string }) => f.apiName === 'contact_source');
		expect(source.options.slice(0, 3)).toEqual(['Website', 'Referral', 'Cold Call']);
		expect(source.id).toBeUndefined();
		expect(new Set(summary.map((f: { type: string }) => f.type))).toEqual(
			new Set([
				'TEXT',
				'EMAIL',
				'PHONE',
				'NUMBER',
				'DATE',
				'DROPDOWN',
				'TAGS',
				'MONEY',
				'WEBSITE',
				'MEDIALINK',
				'ACTIVE_USERS',
				'RATING',
				'STATUS',
				'LOST_REASON',
			]),
		);
		const detail = (await get('/custom-fields', { detail: 'true' })).body.customFields;
		expect(
			detail.find((f: { apiName: string }) => f.apiName === 'contact_source').options[0],
		).toEqual({ id: 'opt_1', label: 'Website' });
	});

	it('gets one field by case-sensitive API name', async () => {
		expect((await get('/custom-fields/contact_source')).body).toMatchObject({
			apiName: 'contact_source',
			type: 'DROPDOWN',
			description: 'How the lead was sourced',
		});
		expectError(
			await get('/custom-fields/Contact_Source'),
			404,
			'NOT_FOUND',
			'Could not find custom field with apiName Contact_Source',
		);
	});

	it('lists custom actions in summary and detail shapes and gets one by ACTION_ code', async () => {
		const summary = (await get('/custom-actions')).body.customActions;
		expect(summary[0]).toEqual({
			code: 'ACTION_1001',
			displayName: 'Site Visit',
			score: 10,
			source: 'USER',
		});
		const detail = (await get('/custom-actions', { detail: true })).body.customActions;
		expect(detail[0].fieldSchema.outcome.type).toBe('DROPDOWN');
		const one = await get('/custom-actions/ACTION_1001');
		expect(one.body).toMatchObject({
			code: 'ACTION_1001',
			fieldSchema: { note: { type: 'TEXT' } },
			allowPredatedActivity: { enabled: true },
		});
		expectError(
			await get('/custom-actions/1001'),
			404,
			'NOT_FOUND',
			'Custom action with code 1001 was not found.',
		);
	});

	it('returns the pipeline with stages, archived statuses and lost reasons', async () => {
		const res = await get('/lead-stage-pipeline');
		expect(res.body.leadStages.map((s: { stageType: string }) => s.stageType)).toEqual([
			'OPEN',
			'WON',
			'LOST',
		]);
		expect(res.body.leadStages[0].archivedStatuses[0].label).toBe('Old Lead');
		expect(
			res.body.activeLeadLostReasons.map((r: { reasonLabel: string }) => r.reasonLabel),
		).toContain('Price too high');
		expect(res.body.archivedLeadLostReasons).toHaveLength(1);
	});
});

describe('command line (npm run sandbox)', () => {
	const cli = path.join(process.cwd(), '.build', 'sandbox', 'cli.cjs');

	async function launch(args: string[]) {
		const child = childProcess.spawn(process.execPath, [cli, '--port', '0', '--json', ...args], {
			stdio: ['ignore', 'pipe', 'pipe'],
		});
		const line = await new Promise<string>((resolve, reject) => {
			let out = '';
			child.stdout.on('data', (chunk: Buffer) => {
				out += chunk.toString();
				if (out.includes('\n')) resolve(out.split('\n')[0]);
			});
			child.once('exit', (code) => reject(new Error(`sandbox exited early with ${code}`)));
		});
		const exited = new Promise<number | null>((resolve) =>
			child.once('exit', (code) => resolve(code)),
		);
		return {
			info: JSON.parse(line) as {
				baseUrl: string;
				enterpriseId: string;
				syncToken: string;
				asyncToken: string;
			},
			child,
			exited,
		};
	}

	it('prints its connection details as JSON, keeps --data across restarts, stops cleanly on SIGTERM', async () => {
		const dataFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'sandbox-')), 'state.json');
		const first = await launch(['--seed', '3', '--data', dataFile, '--latency', '30']);
		expect(Object.keys(first.info)).toEqual([
			'baseUrl',
			'asyncBaseUrl',
			'enterpriseId',
			'syncToken',
			'asyncToken',
		]);
		const headers = { Authorization: `Bearer ${first.info.syncToken}` };
		const url = `${first.info.baseUrl}/enterprise/${first.info.enterpriseId}`;
		const started = Date.now();
		const created = await axios.post(
			`${url}/lead`,
			{ fields: { phone: '919811122233', name: 'Kept' } },
			{ headers },
		);
		expect(Date.now() - started).toBeGreaterThanOrEqual(25);
		first.child.kill('SIGTERM');
		expect(await first.exited).toBe(0);

		const second = await launch(['--data', dataFile]);
		const again = await axios.get(
			`${second.info.baseUrl}/enterprise/${second.info.enterpriseId}/lead/${created.data.lead_id}`,
			{ headers },
		);
		expect(again.data.fields.name).toBe('Kept');
		const all = await axios.post(
			`${second.info.baseUrl}/enterprise/${second.info.enterpriseId}/lead/search`,
			{},
			{ headers },
		);
		expect(all.data.total_count).toBe(4);
		second.child.kill('SIGINT');
		expect(await second.exited).toBe(0);
	});
});

describe('the Async API (POST /enterprise/{id}/autoupdatelead, docs/telecrm-api.md §10)', () => {
	let queued: Sandbox;
	beforeAll(async () => {
		queued = await startSandbox({
			seed: 5,
			async: { delayMs: 20, rateLimit: { max: 40, windowMs: 60_000 } },
		});
	});
	afterAll(async () => await queued.stop());

	async function send(body: unknown, key = queued.asyncToken, enterprise = queued.enterpriseId) {
		const res = await axios.post(
			`${queued.asyncBaseUrl}/enterprise/${enterprise}/autoupdatelead`,
			body,
			{
				headers: { Authorization: `Bearer ${key}` },
				validateStatus: () => true,
			},
		);
		return { status: res.status, body: res.data, headers: res.headers };
	}
	const byPhone = (phone: string) => queued.state.leads.find((l) => l.fields.phone === phone);

	it('queues anything with an Async token and upserts it a moment later, actions appended', async () => {
		const body = {
			fields: { phone: '919700000001', name: 'Queued One', follow_up_date: '01/06/2026 10:30:00' },
			actions: [{ type: 'ACTION_1001', fields: { note: 'came by' } }],
		};
		expect(await send(body)).toMatchObject({ status: 200, body: { status: 'QUEUED' } });
		expect(byPhone('919700000001')).toBeUndefined();
		await queued.asyncQueue.idle();
		const lead = byPhone('919700000001')!;
		expect(lead.fields).toMatchObject({
			name: 'Queued One',
			follow_up_date: Date.UTC(2026, 5, 1, 10, 30),
		});
		expect(lead.actions.map((a) => [a.type, a.fields])).toEqual([['1001', { note: 'came by' }]]);
		await send({ fields: { phone: '919700000001', city: 'Pune' } });
		await queued.asyncQueue.idle();
		expect(byPhone('919700000001')!.fields).toMatchObject({ name: 'Queued One', city: 'Pune' });
		expect(queued.asyncQueue.drops).toEqual([]);
	});

	it('drops silently what telecrm drops, and counts it', async () => {
		const before = queued.asyncQueue.drops.length;
		const cases = [
			{ fields: { name: 'No identifier' } },
			{ fields: { phone: '919700000002', follow_up_date: '2026-06-01T10:30:00Z' } },
			{ fields: { phone: '919700000003', rating: 'five' } },
			{ fields: { phone: '919700000004' }, actions: [{ type: '1001', fields: { note: 'bare' } }] },
			{ fields: { phone: '919700000005', status: 'Junk' } },
		];
		for (const body of cases) expect((await send(body)).status).toBe(200);
		await queued.asyncQueue.idle();
		const drops = queued.asyncQueue.drops.slice(before);
		expect(drops.map((d) => d.what)).toEqual(['request', 'field', 'field', 'action', 'field']);
		expect(drops[0].reason).toMatch(/identifier phone/);
		expect(drops[3].reason).toMatch(/ACTION_<code>/);
		// The lead itself is still upserted when only a field or an action was dropped.
		expect(byPhone('919700000004')).toBeDefined();
	});

	it('counts a request with no field at all as a probe, not a drop', async () => {
		const drops = queued.asyncQueue.drops.length;
		expect((await send({ fields: {} })).status).toBe(200);
		await queued.asyncQueue.idle();
		expect(queued.asyncQueue.probes).toBeGreaterThan(0);
		expect(queued.asyncQueue.drops).toHaveLength(drops);
	});

	it('takes only Async tokens, and the Sync API refuses them', async () => {
		const sync = await send({ fields: {} }, queued.syncToken);
		expectError(
			sync,
			401,
			'NOT_AUTHORIZED',
			'This is a Sync token; the Async API needs an Async token',
		);
		expectError(await send({ fields: {} }, 'nope'), 401, 'NOT_AUTHORIZED');
		expectError(
			await send({ fields: {} }, queued.asyncToken, 'other'),
			404,
			'ENTERPRISE_NOT_FOUND',
		);
	});

	it('answers 429 with Retry-After over its rate limit', async () => {
		let res = await send({ fields: {} });
		while (res.status === 200) res = await send({ fields: {} });
		expectError(res, 429, 'RATE_LIMITED');
		expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
	});
});
