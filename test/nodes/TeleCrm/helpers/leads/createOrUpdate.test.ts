import { NodeApiError } from 'n8n-workflow';

import type { LeadUpsert } from '../../../../../nodes/TeleCrm/helpers/leads/createOrUpdate';
import { createOrUpdateLead } from '../../../../../nodes/TeleCrm/helpers/leads/createOrUpdate';
import type { LeadDirectory } from '../../../../../nodes/TeleCrm/helpers/leads/leadDirectory';
import { ItemError } from '../../../../../nodes/TeleCrm/helpers/values/itemErrors';
import type { FakeRequest } from '../../../../support/fakeApi';
import { fakeApi, fakeNode } from '../../../../support/fakeApi';

/** A directory that knows `stored` (identifier → row) and records what it was asked. */
function lookups(stored: Record<string, object | undefined>, later = stored) {
	const asked: string[] = [];
	const leads = {
		find: async (key: string) => (asked.push(`find ${key}`), stored[key]),
		known: async (key: string) => (asked.push(`known ${key}`), stored[key]),
		refresh: async (key: string) => (asked.push(`refresh ${key}`), later[key]),
		remember: (key: string, leadId: string) => void asked.push(`remember ${key} ${leadId}`),
	};
	return { asked, leads: leads as unknown as LeadDirectory };
}

const conflict = () =>
	new NodeApiError(fakeNode, { message: 'exists' }, { httpCode: '409', message: 'Lead exists' });

/** A transport whose create answers `create` (or throws it); updates answer the fields sent. */
function writer(stored: Record<string, object | undefined>, create?: Error, later = stored) {
	const { api, requests } = fakeApi((request: FakeRequest) => {
		if (request.path !== 'lead') return { fields: request.body?.fields ?? {} };
		if (create) throw create;
		return { lead_id: 'NEW', actions: [], remarks: [] };
	});
	const { asked, leads } = lookups(stored, later);
	const sent = () => requests.map((r) => `${r.method} ${r.path}`);
	return { writer: { api, leads }, asked, sent };
}

const upsert = (lookUpFirst: boolean, extra: Partial<LeadUpsert> = {}): LeadUpsert => ({
	input: { fields: { phone: 'a', name: 'A' }, identifier: 'phone' },
	key: 'a',
	actions: { create: [{ type: '1001' }], update: [] },
	lookUpFirst,
	...extra,
});

describe('createOrUpdateLead', () => {
	it('looking up first, updates the lead found (never its identifier) and creates none', async () => {
		const w = writer({ a: { lead_id: 'L1', fields: { phone: 'a', city: 'Pune' } } });
		const written = await createOrUpdateLead(w.writer, upsert(true), 0);
		expect(written).toEqual({
			result: 'updated',
			response: { lead_id: 'L1' },
			fields: { phone: 'a', city: 'Pune', name: 'A' },
			actions: [],
		});
		expect(w.sent()).toEqual(['POST lead/L1']);
		expect(w.asked).toEqual(['find a']);
	});

	it('creating first, searches nothing, creates an unknown lead with its actions and remembers it', async () => {
		const w = writer({});
		const written = await createOrUpdateLead(w.writer, upsert(false), 0);
		expect(written).toMatchObject({ result: 'created', actions: [{ type: '1001' }] });
		expect(written.response.lead_id).toBe('NEW');
		expect(w.asked).toEqual(['known a', 'remember a NEW']);
	});

	it('after a 409, searches again, remembers the lead and updates it', async () => {
		const w = writer({}, conflict(), { a: { lead_id: 'L2' } });
		const written = await createOrUpdateLead(w.writer, upsert(false), 0);
		expect(written.result).toBe('updated');
		expect(w.sent()).toEqual(['POST lead', 'POST lead/L2']);
		expect(w.asked).toEqual(['known a', 'refresh a', 'remember a L2']);
	});

	it('lets the 409 stand when the search finds no lead, and any other error at once', async () => {
		const error = conflict();
		await expect(createOrUpdateLead(writer({}, error).writer, upsert(false), 0)).rejects.toBe(
			error,
		);
		const other = new Error('down');
		const w = writer({}, other, { a: { lead_id: 'L2' } });
		// The transport words it as n8n shows errors; no search, no update follows.
		await expect(createOrUpdateLead(w.writer, upsert(false), 0)).rejects.toThrow('down');
		expect(w.asked).toEqual(['known a']);
	});

	it('refuses a found lead without an ID, saying why', async () => {
		const w = writer({ a: {} });
		await expect(createOrUpdateLead(w.writer, upsert(true), 0)).rejects.toThrow(ItemError);
		expect(w.sent()).toEqual([]);
	});
});
