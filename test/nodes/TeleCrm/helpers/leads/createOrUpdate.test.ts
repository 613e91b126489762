import { NodeApiError } from 'n8n-workflow';

import { createOrUpdate } from '../../../../../nodes/TeleCrm/helpers/leads/createOrUpdate';
import { ItemError } from '../../../../../nodes/TeleCrm/helpers/values/itemErrors';

const node = {
	id: '1',
	name: 'TeleCRM',
	type: 'n8n-nodes-telecrm.teleCrm',
	typeVersion: 1,
	position: [0, 0] as [number, number],
	parameters: {},
};

/** A directory that knows `stored` (identifier → row) and records what it was asked. */
function lookups(stored: Record<string, { lead_id?: string } | undefined>, later = stored) {
	const asked: string[] = [];
	return {
		asked,
		find: async (key: string) => (asked.push(`find ${key}`), stored[key]),
		known: async (key: string) => (asked.push(`known ${key}`), stored[key]),
		refresh: async (key: string) => (asked.push(`refresh ${key}`), later[key]),
		remember: (key: string, leadId: string) => void asked.push(`remember ${key} ${leadId}`),
	};
}

function writes(createFails?: Error) {
	const sent: string[] = [];
	return {
		sent,
		create: async () => {
			sent.push('create');
			if (createFails) throw createFails;
			return 'created';
		},
		update: async (leadId: string) => (sent.push(`update ${leadId}`), 'updated'),
	};
}

const conflict = () =>
	new NodeApiError(node, { message: 'exists' }, { httpCode: '409', message: 'Lead exists' });

describe('createOrUpdate', () => {
	it('looking up first, updates the lead found and creates none', async () => {
		const leads = lookups({ a: { lead_id: 'L1' } });
		const w = writes();
		expect(await createOrUpdate(leads, 'a', true, w)).toBe('updated');
		expect(w.sent).toEqual(['update L1']);
		expect(leads.asked).toEqual(['find a']);
	});

	it('creating first, searches nothing and creates an unknown lead', async () => {
		const leads = lookups({});
		const w = writes();
		expect(await createOrUpdate(leads, 'a', false, w)).toBe('created');
		expect(leads.asked).toEqual(['known a']);
	});

	it('after a 409, searches again, remembers the lead and updates it', async () => {
		const leads = lookups({}, { a: { lead_id: 'L2' } });
		const w = writes(conflict());
		expect(await createOrUpdate(leads, 'a', false, w)).toBe('updated');
		expect(w.sent).toEqual(['create', 'update L2']);
		expect(leads.asked).toEqual(['known a', 'refresh a', 'remember a L2']);
	});

	it('lets the 409 stand when the search finds no lead, and any other error at once', async () => {
		const error = conflict();
		await expect(createOrUpdate(lookups({}), 'a', false, writes(error))).rejects.toBe(error);
		const other = new Error('down');
		const leads = lookups({}, { a: { lead_id: 'L2' } });
		await expect(createOrUpdate(leads, 'a', false, writes(other))).rejects.toBe(other);
		expect(leads.asked).toEqual(['known a']);
	});

	it('refuses a found lead without an ID, saying why', async () => {
		const w = writes();
		await expect(createOrUpdate(lookups({ a: {} }), 'a', true, w)).rejects.toThrow(ItemError);
		expect(w.sent).toEqual([]);
	});
});
