/**
 * One lead shape across create, upsert, update, get and search; dates as ISO strings by
 * default or epoch milliseconds on request; action type names beside their codes.
 */
import { runNode } from '../../../../../engine/harness';
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
