/**
 * Check Only through n8n's engine against the sandbox, for every write operation: good and bad
 * items, no write reaches the sandbox, and the requests shown are those a real run of the same
 * items then sends.
 */
import type { IDataObject, INodeParameters } from 'n8n-workflow';
import { sleep } from 'n8n-workflow';

import type { RunResult } from '../../../../engine/harness';
import {
	autoMapped,
	byId,
	byIdentifier,
	createLead,
	hintsOf,
	json,
	mapped,
	useSandbox,
} from '../../../support/sandboxed';

const t = useSandbox({ seed: 50 });
let phoneSeq = 0;
const nextPhone = () => `9198${String(10000000 + ++phoneSeq)}`;

interface Shown {
	method: string;
	path: string;
	body: IDataObject;
}

/** Whether the sandbox logged a request that changes something (not a GET, not a search). */
const isWrite = (r: { method: string; path: string }) =>
	r.method !== 'GET' && !r.path.endsWith('/search');

/** A logged path without the Base URL's own path (the sandbox's Sync API sits under one). */
const afterBaseUrl = (path: string) => path.slice(path.indexOf('/enterprise/'));

const writesSince = (mark: number): Shown[] =>
	t
		.since(mark)
		.filter(isWrite)
		.map((r) => ({
			method: r.method,
			path: afterBaseUrl(r.path),
			body: JSON.parse(r.body) as IDataObject,
		}));

const snapshot = () =>
	JSON.stringify({
		leads: t.sandbox.state.leads,
		members: t.sandbox.state.members,
		queued: t.sandbox.asyncQueue.queued,
	});

/** Runs the items with Check Only (Continue On Fail): nothing may be written. */
async function checkOnly(parameters: INodeParameters, items: IDataObject[]): Promise<RunResult> {
	const before = snapshot();
	const mark = t.mark();
	const result = await t.run({ ...parameters, checkOnly: true }, items, true);
	expect(result.error).toBeUndefined();
	expect(writesSince(mark)).toEqual([]);
	expect(snapshot()).toEqual(before);
	return result;
}

/** The requests each item's Check Only output shows, in item order, as the sandbox logs them. */
const shownRequests = (result: RunResult): Shown[] =>
	json(result).flatMap((item) =>
		((item.requests as IDataObject[] | undefined) ?? []).map(({ method, path, body }) => ({
			method: method as string,
			path: path as string,
			body: body as IDataObject,
		})),
	);

/** Which items failed, and with which message. */
const errorsOf = (result: RunResult) =>
	json(result).flatMap((item, index) => (item.error ? [[index, item.error]] : []));

/**
 * Check Only, then the same items for real (one item in flight, so the order is the items'):
 * the same items fail with the same errors, and the writes sent are the ones shown.
 */
async function checkThenRun(
	parameters: INodeParameters,
	items: IDataObject[] = [{}],
	placeholders: (real: RunResult) => Record<string, string> = () => ({}),
) {
	const checked = await checkOnly(parameters, items);
	const mark = t.mark();
	const real = await t.run(parameters, items, true);
	expect(errorsOf(checked)).toEqual(errorsOf(real));
	let shown = JSON.stringify(shownRequests(checked));
	for (const [placeholder, id] of Object.entries(placeholders(real)))
		shown = shown.split(placeholder).join(id);
	expect(JSON.parse(shown)).toEqual(writesSince(mark));
	return { checked: json(checked), real: json(real), result: checked };
}

const path = (...segments: string[]) =>
	`/enterprise/${t.sandbox.enterpriseId}/${segments.join('/')}`;

describe('Check Only', () => {
	it('Lead › Create: good items show their create, a bad one its error, nothing is written', async () => {
		const [good, other] = [nextPhone(), nextPhone()];
		const { checked, result } = await checkThenRun(
			{
				resource: 'lead',
				operation: 'create',
				fields: autoMapped(),
				actions: { payment: [{ status: 'COMPLETED', currency: 'INR', amount: '500' }] },
			},
			[
				{ phone: good, name: 'Good One' },
				{ phone: other, name: 'Bad Rating', rating: 'lots' },
			],
		);
		expect(checked[0]).toEqual({
			checkOnly: true,
			requests: [
				{
					api: 'TeleCRM Sync API',
					method: 'POST',
					path: path('lead'),
					body: {
						fields: { phone: good, name: 'Good One' },
						actions: [expect.objectContaining({ type: 'PAYMENT', currency: 'INR', amount: '500' })],
					},
				},
			],
		});
		expect(checked[1].error).toMatch(/rating/i);
		expect(hintsOf(result)[0].message).toMatch(
			/^Check Only: nothing was written\. 1 item passed the checks and would send 1 request\(s\); 1 item would be refused/,
		);
	});

	it('Lead › Create or Update: an existing lead shows the lead it would update; a repeat shows the new lead placeholder', async () => {
		const existing = nextPhone();
		const existingId = await createLead(t, existing, 'Already Here');
		const fresh = nextPhone();
		const { checked } = await checkThenRun(
			{ resource: 'lead', operation: 'upsert', fields: autoMapped() },
			[
				{ phone: existing, name: 'Renamed' },
				{ phone: fresh, name: 'New' },
				{ phone: fresh, name: 'New Again' },
				{ phone: nextPhone(), name: 'Bad', follow_up_date: 'someday' },
			],
			(real) => ({ NEW_LEAD_ID_OF_ITEM_1: json(real)[1].lead_id as string }),
		);
		expect(checked[0]).toMatchObject({
			lead_id: existingId,
			requests: [
				{ method: 'POST', path: path('lead', existingId), body: { fields: { name: 'Renamed' } } },
			],
		});
		expect(checked[1]).toMatchObject({ requests: [{ path: path('lead') }] });
		expect(checked[1].lead_id).toBeUndefined();
		expect(checked[2]).toMatchObject({
			lead_id: 'NEW_LEAD_ID_OF_ITEM_1',
			requests: [{ path: path('lead', 'NEW_LEAD_ID_OF_ITEM_1') }],
		});
		expect(checked[3].error).toMatch(/follow_up_date/);
	});

	it('Lead › Create or Update with Create First looks up instead, so an existing lead shows its update', async () => {
		const existing = nextPhone();
		const existingId = await createLead(t, existing, 'Single');
		const result = await checkOnly(
			{ resource: 'lead', operation: 'upsert', fields: autoMapped(), matchStrategy: 'createFirst' },
			[{ phone: existing, name: 'Single Renamed' }],
		);
		expect(json(result)[0]).toMatchObject({
			lead_id: existingId,
			requests: [{ path: path('lead', existingId) }],
		});
	});

	it('Lead › Create or Update (Queued): shows the Async request, queues nothing, skips Confirm', async () => {
		const phone = nextPhone();
		const { checked } = await checkThenRun(
			{
				resource: 'lead',
				operation: 'upsertQueued',
				fields: autoMapped(),
				queueOptions: { requestsPerHour: 3_600_000 },
			},
			[
				{ phone, name: 'Queued' },
				{ phone: nextPhone(), name: 'Bad', rating: '9' },
			],
		);
		expect(checked[0]).toEqual({
			checkOnly: true,
			requests: [
				{
					api: 'TeleCRM Async API',
					method: 'POST',
					path: path('autoupdatelead'),
					body: { fields: { phone, name: 'Queued' } },
				},
			],
		});
		expect(checked[1].error).toMatch(/rating/i);
		const confirming = await checkOnly(
			{ resource: 'lead', operation: 'upsertQueued', fields: autoMapped(), confirm: true },
			[{ phone: nextPhone(), name: 'Not Confirmed' }],
		);
		expect(json(confirming)[0].confirmation).toBeUndefined();
		// The real run's lead is stored a moment later: the next test's snapshot waits for it.
		while (t.sandbox.asyncQueue.processed < t.sandbox.asyncQueue.queued) await sleep(10);
	});

	it('Lead › Update: shows the lead by ID or identifier; an unknown lead is an error', async () => {
		const phone = nextPhone();
		const leadId = await createLead(t, phone, 'To Update');
		const { checked } = await checkThenRun(
			{
				resource: 'lead',
				operation: 'update',
				lead: byIdentifier('={{ $json.phone }}'),
				fields: mapped({ name: '={{ $json.name }}' }),
			},
			[
				{ phone, name: 'Updated' },
				{ phone: nextPhone(), name: 'Nobody' },
			],
		);
		expect(checked[0]).toMatchObject({
			lead_id: leadId,
			requests: [{ path: path('lead', leadId), body: { fields: { name: 'Updated' } } }],
		});
		expect(checked[1].error).toMatch(/lead/i);
	});

	it('Timeline › Create and Update: the action requests, a bad field refused', async () => {
		const leadId = await createLead(t, nextPhone(), 'Timeline');
		const create = {
			resource: 'action',
			operation: 'create',
			lead: byId(leadId),
			actionType: '1001',
			actionFields: mapped({ note: '={{ $json.note }}', visit_date: '={{ $json.date }}' }),
		};
		const created = await checkThenRun(create, [
			{ note: 'Walked', date: '2026-11-19T09:00:00Z' },
			{ note: 'Bad date', date: 'tomorrowish' },
		]);
		expect(created.checked[0]).toMatchObject({
			lead_id: leadId,
			requests: [{ method: 'POST', path: path('lead', leadId, 'action') }],
		});
		expect(created.checked[1].error).toMatch(/visit_date/);
		const actionId = (created.real[0].actions as IDataObject[])[0].action_id as string;
		const updated = await checkThenRun(
			{
				resource: 'action',
				operation: 'update',
				lead: byId(leadId),
				actionId,
				actionType: '1001',
				actionFields: mapped({ visit_date: '={{ $json.date }}' }),
			},
			[{ date: '2026-12-01T10:00:00Z' }, { date: 'next week' }],
		);
		expect(updated.checked[0]).toMatchObject({
			requests: [{ path: path('lead', leadId, 'action', actionId), body: { type: '1001' } }],
		});
		expect(updated.checked[1].error).toMatch(/visit_date/);
	});

	it('Team Member › Create: the create, a bad email refused', async () => {
		const { checked } = await checkThenRun(
			{
				resource: 'teamMember',
				operation: 'create',
				name: '={{ $json.name }}',
				email: '={{ $json.email }}',
				phoneNumber: '+91 98765-40001',
				role: 'CALLER',
			},
			[
				{ name: 'Checked Member', email: 'checked.member@example.com' },
				{ name: 'Bad Email', email: 'not-an-email' },
			],
		);
		expect(checked[0]).toEqual({
			checkOnly: true,
			requests: [
				{
					api: 'TeleCRM Sync API',
					method: 'POST',
					path: path('team-members'),
					body: {
						name: 'Checked Member',
						email: 'checked.member@example.com',
						phone_number: '919876540001',
						role: 'CALLER',
					},
				},
			],
		});
		expect(checked[1].error).toMatch(/Email/);
	});

	it('Team Member › Set Availability: the state change, a bad email refused', async () => {
		const email = 'rahul.caller@sandbox-telecrm.test';
		const { checked } = await checkThenRun(
			{
				resource: 'teamMember',
				operation: 'setAvailability',
				member: { __rl: true, mode: 'email', value: '={{ $json.email }}' },
				state: 'On Leave',
			},
			[{ email }, { email: 'not-an-email' }],
		);
		expect(checked[0]).toEqual({
			checkOnly: true,
			requests: [
				{
					api: 'TeleCRM Sync API',
					method: 'POST',
					path: path('teammember', 'state_change'),
					body: { state: 'On Leave', email },
				},
			],
		});
		expect(checked[1].error).toMatch(/Team Member/);
	});

	it('is decided once for the whole run: an expression from item data is refused, nothing written', async () => {
		const before = snapshot();
		const mark = t.mark();
		const result = await t.run(
			{
				resource: 'lead',
				operation: 'create',
				fields: autoMapped(),
				checkOnly: '={{ $json.dry }}',
			},
			[
				{ phone: nextPhone(), name: 'Checked', dry: true },
				{ phone: nextPhone(), name: 'Would Slip Through', dry: false },
			],
		);
		expect(result.error?.message).toBe('Check Only must be on or off');
		expect(writesSince(mark)).toEqual([]);
		expect(snapshot()).toEqual(before);
	});

	it('without Continue On Fail, a bad item stops the run as a real run does', async () => {
		const before = snapshot();
		const result = await t.run(
			{ resource: 'lead', operation: 'create', fields: autoMapped(), checkOnly: true },
			[{ phone: nextPhone(), name: 'X', rating: 'lots' }],
		);
		expect(result.error?.message).toMatch(/^Item 0: .*rating/i);
		expect(snapshot()).toEqual(before);
	});
});
