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

	beforeAll(async () => {
		const created = await t.run({
			resource: 'lead',
			operation: 'create',
			fields: mapped({ phone: '919811100001', name: 'Shape Test', follow_up_date: FOLLOW_UP }),
		});
		leadId = json(created)[0].lead_id as string;
	});

	it('create, upsert, update, get and search give lead_id and the fields at the top level', async () => {
		const fieldsOf = (o: Record<string, unknown>) => ({
			name: o.name,
			follow_up_date: o.follow_up_date,
		});
		const iso = new Date(FOLLOW_UP).toISOString();
		const upsert = json(
			await t.run({
				resource: 'lead',
				operation: 'upsert',
				fields: mapped({ phone: '919811100001', name: 'Shape Test', follow_up_date: FOLLOW_UP }),
			}),
		)[0];
		const update = json(
			await t.run({
				resource: 'lead',
				operation: 'update',
				lead: byId(leadId),
				fields: mapped({ name: 'Shape Test', follow_up_date: FOLLOW_UP }),
			}),
		)[0];
		const get = json(await t.run({ resource: 'lead', operation: 'get', lead: byId(leadId) }))[0];
		const search = json(
			await t.run({
				resource: 'lead',
				operation: 'search',
				limit: 1,
				filters: { fieldValues: { values: [{ field: 'phone', value: '919811100001' }] } },
			}),
		)[0];
		for (const out of [upsert, update, get, search]) {
			expect(out.lead_id).toBe(leadId);
			expect(fieldsOf(out)).toEqual({ name: 'Shape Test', follow_up_date: iso });
		}
		expect([upsert.result, update.result]).toEqual(['updated', 'updated']);
		expect(typeof get.created_on).toBe('string');
	});

	it('keeps epoch milliseconds when Dates in Output is set to raw', async () => {
		const get = json(
			await t.run({
				resource: 'lead',
				operation: 'get',
				lead: byId(leadId),
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
