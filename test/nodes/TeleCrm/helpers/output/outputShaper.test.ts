/**
 * One lead shape across create, upsert, update, get and search; dates as ISO strings by
 * default or epoch milliseconds on request; action type names beside their codes (through the
 * engine). The lead shapes and a write's outcome, alone.
 */
import { runNode } from '../../../../../engine/harness';
import type { ExecutionFacts } from '../../../../../nodes/TeleCrm/helpers/output/executionHints';
import {
	isoDate,
	OutputShaper,
	pickedKeys,
	shapeLeadRow,
	SIMPLIFIED_LEAD,
	SYSTEM_DATES,
	WHOLE_LEAD,
	writeOutcome,
} from '../../../../../nodes/TeleCrm/helpers/output/outputShaper';
import { ItemError } from '../../../../../nodes/TeleCrm/helpers/values/itemErrors';
import { fakeApi } from '../../../../support/fakeApi';
import { byId, json, mapped, useSandbox } from '../../../../support/sandboxed';

const t = useSandbox({ seed: 20, now: Date.UTC(2026, 10, 20, 12) });
const FOLLOW_UP = Date.UTC(2026, 11, 1, 9, 30);

describe('output shapes', () => {
	let leadId: string;

	/** Upsert, Update, Get and Search of the test's lead, with the output parameters given. */
	async function everyLeadOutput(output: Record<string, unknown>) {
		const run = async (parameters: Record<string, unknown>) =>
			json(await t.run({ resource: 'lead', ...parameters, ...output }))[0];
		const fields = { name: 'Shape Test', follow_up_date: FOLLOW_UP };
		return [
			await run({ operation: 'upsert', fields: mapped({ phone: '919811100001', ...fields }) }),
			await run({ operation: 'update', lead: byId(leadId), fields: mapped(fields) }),
			await run({ operation: 'get', lead: byId(leadId) }),
			await run({
				operation: 'search',
				limit: 1,
				filters: { fieldValues: { values: [{ field: 'phone', value: '919811100001' }] } },
			}),
		];
	}

	beforeAll(async () => {
		const created = await t.run({
			resource: 'lead',
			operation: 'create',
			fields: mapped({ phone: '919811100001', name: 'Shape Test', follow_up_date: FOLLOW_UP }),
		});
		leadId = json(created)[0].lead_id as string;
	});

	it('create, upsert, update, get and search give lead_id and the fields chosen at the top level', async () => {
		const chosen = { output: 'fields', outputFields: ['name', 'follow_up_date'] };
		const iso = new Date(FOLLOW_UP).toISOString();
		const outputs = await everyLeadOutput(chosen);
		for (const out of outputs) {
			expect(out.lead_id).toBe(leadId);
			expect(out).toMatchObject({ name: 'Shape Test', follow_up_date: iso });
		}
		expect([outputs[0].result, outputs[1].result]).toEqual(['updated', 'updated']);
	});

	it('Simplified (the default): the same lead keys from every operation, reads with created_on', async () => {
		const [upsert, update, get, search] = await everyLeadOutput({});
		const keys = ['lead_id', 'name', 'phone', 'email', 'status', 'assignee'];
		expect(Object.keys(upsert)).toEqual([...keys, 'result', 'actions', 'remarks']);
		expect(Object.keys(update)).toEqual([...keys, 'result']);
		expect(Object.keys(get)).toEqual([...keys, 'created_on']);
		expect(Object.keys(search)).toEqual([...keys, 'created_on']);
		// Fields the lead lacks are there, null: every item has every column.
		expect(get).toMatchObject({ name: 'Shape Test', phone: '919811100001', email: null });
		expect(typeof get.created_on).toBe('string');
	});

	it('Raw: the whole lead, its fields under fields, from reads and writes alike', async () => {
		const [upsert, update, get, search] = await everyLeadOutput({ output: 'raw' });
		const iso = new Date(FOLLOW_UP).toISOString();
		for (const out of [upsert, update, get, search]) {
			expect(out.fields).toMatchObject({ name: 'Shape Test', follow_up_date: iso });
			expect(out.name).toBeUndefined();
		}
	});

	it('keeps epoch milliseconds when Dates in Output is set to raw', async () => {
		const get = json(
			await t.run({
				resource: 'lead',
				operation: 'get',
				lead: byId(leadId),
				output: 'fields',
				outputFields: ['follow_up_date', 'created_on'],
				requestOptions: { dates: 'raw' },
			}),
		)[0];
		expect(get.follow_up_date).toBe(FOLLOW_UP);
		expect(typeof get.created_on).toBe('number');
	});

	it('names action types beside their codes, in write outcomes and in the timeline', async () => {
		const logged = json(
			await t.run({
				resource: 'action',
				operation: 'create',
				lead: byId(leadId),
				actionType: '1001',
				actionFields: mapped({ note: 'Visited' }),
			}),
		)[0];
		expect(logged.actions).toEqual([
			expect.objectContaining({ type: '1001', type_name: 'Site Visit', status: 'CREATED' }),
		]);
		const timeline = json(
			await t.run({ resource: 'action', operation: 'search', lead: byId(leadId), returnAll: true }),
		);
		expect(timeline[0]).toMatchObject({ lead_id: leadId, type: '1001', type_name: 'Site Visit' });
		expect(typeof timeline[0].created_on).toBe('string');
	});

	it('says an unreachable Base URL could not be reached, naming it', async () => {
		const result = await runNode({
			parameters: { resource: 'workspace', operation: 'getInfo' },
			credentials: { ...t.credentials(), baseUrl: 'http://127.0.0.1:9' },
		});
		expect(result.error?.message).toBe('TeleCRM could not be reached at http://127.0.0.1:9');
		expect(result.error?.description).toContain('Check the Base URL');
	}, 20000);
});

describe('lead shapes', () => {
	it('isoDate converts epoch milliseconds (number or digits) and leaves the rest', () => {
		expect(isoDate(0)).toBe('1970-01-01T00:00:00.000Z');
		expect(isoDate('1767225600000')).toBe('2026-01-01T00:00:00.000Z');
		expect(isoDate('soon')).toBe('soon');
	});

	it('shapeLeadRow: lead_id first; whole fields on top, raw under fields', () => {
		const row = { id: 'L1', fields: { name: 'Asha', follow_up: 0 }, created_on: 0 };
		const fieldDates = new Set(['follow_up']);
		const whole = shapeLeadRow(row, WHOLE_LEAD, fieldDates, SYSTEM_DATES);
		expect(Object.keys(whole)[0]).toBe('lead_id');
		expect(whole).toMatchObject({
			lead_id: 'L1',
			name: 'Asha',
			follow_up: '1970-01-01T00:00:00.000Z',
			created_on: '1970-01-01T00:00:00.000Z',
		});
		const raw = shapeLeadRow(row, { output: 'raw' }, undefined, undefined);
		expect(raw).toEqual({ lead_id: 'L1', id: 'L1', created_on: 0, fields: row.fields });
	});

	it('shapeLeadRow Simplified: the same keys on every lead, null where it has none', () => {
		const rows = [
			{ id: 'L1', fields: { name: 'Asha', phone: '91', city: 'Pune', created_on: 0 } },
			// Live search rows carry status beside the fields, and created_on there too.
			{ _id: 'L2', status: 'Won', created_on: 0, fields: { email: 'a@b.co', rating: 3 } },
		];
		const shaped = rows.map((row) =>
			shapeLeadRow(row, { output: 'simple' }, SYSTEM_DATES, SYSTEM_DATES),
		);
		const keys = ['lead_id', ...SIMPLIFIED_LEAD, 'created_on'];
		for (const lead of shaped) expect(Object.keys(lead)).toEqual(keys);
		expect(keys.length).toBeLessThanOrEqual(10);
		expect(shaped[0]).toMatchObject({ name: 'Asha', email: null, status: null });
		expect(shaped[1]).toMatchObject({ lead_id: 'L2', status: 'Won', name: null });
		expect(shaped[1].created_on).toBe('1970-01-01T00:00:00.000Z');
	});

	it('shapeLeadRow Select Included Fields: lead_id and those fields, null when missing', () => {
		const row = { id: 'L1', fields: { name: 'Asha', city: 'Pune' } };
		const view = { output: 'fields' as const, fields: ['city', 'deal_size'] };
		expect(shapeLeadRow(row, view, undefined, undefined)).toEqual({
			lead_id: 'L1',
			city: 'Pune',
			deal_size: null,
		});
	});

	it('shapeLeadRow Simplified and Selected: lead_id null (kept) when the row carries no ID', () => {
		const row = { fields: { name: 'Asha' } };
		const simple = shapeLeadRow(row, { output: 'simple' }, undefined, undefined);
		expect(Object.keys(simple)).toEqual(['lead_id', ...SIMPLIFIED_LEAD, 'created_on']);
		expect(simple).toMatchObject({ lead_id: null, name: 'Asha' });
		const view = { output: 'fields' as const, fields: ['name'] };
		expect(shapeLeadRow(row, view, undefined, undefined)).toEqual({ lead_id: null, name: 'Asha' });
	});

	it('pickedKeys: Simplified reads add created_on; whole and raw pick nothing', () => {
		expect(pickedKeys({ output: 'simple' }, false)).toEqual(SIMPLIFIED_LEAD);
		expect(pickedKeys({ output: 'simple' }, true)).toContain('created_on');
		expect(pickedKeys({ output: 'raw' }, true)).toBeUndefined();
		expect(pickedKeys(WHOLE_LEAD, true)).toBeUndefined();
	});
});

const answer = {
	lead_id: 'L1',
	actions: [{ status: 'CREATED' }, { status: 'IGNORED' }],
	remarks: [{ field: 'fields.rating', remark: 'not a rating' }],
};
const sent = [{ type: '1001', fields: {} }, { type: 'PAYMENT' }];

describe('writeOutcome', () => {
	it('outputs what was kept, each action beside its type, and every remark', async () => {
		const output = new OutputShaper(fakeApi().workspace, 'iso');
		const facts: ExecutionFacts = {};
		const sentWrite = {
			actions: sent,
			fields: { name: 'A', rating: 9 },
			extra: { result: 'created' },
			failOnIgnored: false,
		};
		const result = await writeOutcome(output, facts, answer, sentWrite);
		expect(result).toEqual({
			lead_id: 'L1',
			name: 'A',
			result: 'created',
			actions: [
				{ type: '1001', type_name: 'Site Visit', status: 'CREATED' },
				{ type: 'PAYMENT', type_name: 'Payment', status: 'IGNORED' },
			],
			remarks: answer.remarks,
		});
		// For the execution's hint: one item, its remarked field, its ignored action.
		expect(facts.ignored).toEqual({ items: 1, fields: new Set(['rating']), actions: 1 });
		const clean = { lead_id: 'L2', actions: [{ status: 'CREATED' }], remarks: [] };
		await writeOutcome(output, facts, clean, sentWrite);
		expect(facts.ignored?.items).toBe(1);
		// A clean write notes nothing: an execution of clean writes has no hint to work out.
		const cleanFacts: ExecutionFacts = {};
		await writeOutcome(output, cleanFacts, clean, sentWrite);
		expect(cleanFacts).toEqual({});
	});

	it('with Fail the Item, anything ignored fails the item, saying the lead was saved', async () => {
		const output = new OutputShaper(fakeApi().workspace, 'iso');
		const facts: ExecutionFacts = {};
		const failing = writeOutcome(output, facts, answer, { actions: sent, failOnIgnored: true });
		await expect(failing).rejects.toThrow(ItemError);
		await expect(
			writeOutcome(output, facts, answer, { actions: sent, failOnIgnored: true }),
		).rejects.toThrow('TeleCRM ignored 1 value(s) and 1 action(s) on lead L1');
		// The item's error says it all: no hint besides.
		expect(facts).toEqual({});
	});
});
