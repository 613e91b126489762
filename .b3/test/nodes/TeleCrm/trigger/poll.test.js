'use strict';
Object.defineProperty(exports, '__esModule', { value: true });
const n8n_workflow_1 = require('n8n-workflow');
const TeleCrmTrigger_node_1 = require('../../../../nodes/TeleCrm/TeleCrmTrigger.node');
const state_cjs_1 = require('../../../../sandbox/state.cjs');
const harness_1 = require('../../../../engine/harness');
const sandboxed_1 = require('../../../support/sandboxed');
const t = (0, sandboxed_1.useSandbox)({ seed: 30 });
let phones = 0;
function addLead(at = Date.now(), extra = {}) {
	const id = (0, state_cjs_1.hexId)(t.sandbox.state.nextId++);
	const phone = `9180000${String(++phones).padStart(5, '0')}`;
	t.sandbox.state.leads.push({
		id,
		created_on: at,
		fields: { phone, name: `Polled ${phones}`, created_on: at },
		actions: [],
		...extra,
	});
	return id;
}
function poller(parameters) {
	const staticData = {};
	const poll = async (mode = 'trigger') =>
		await (0, harness_1.runPoll)({ parameters, credentials: t.credentials(), staticData, mode });
	const emitted = async () => ((await poll()).items ?? []).map((i) => i.json);
	return { staticData, poll, emitted };
}
const searches = (mark) => t.since(mark).filter((r) => r.path.endsWith('/lead/search')).length;
describe('newLead', () => {
	it('emits nothing old: the first poll only sets the cursor, with no request', async () => {
		const p = poller({ event: 'newLead' });
		const mark = t.mark();
		expect((await p.poll()).items).toBeNull();
		expect(t.since(mark)).toHaveLength(0);
		const [state] = Object.values(p.staticData);
		expect(state).toEqual({ since: expect.any(Number), cursor: expect.any(Number), seen: [] });
	});
	it('emits leads created since, several in one millisecond and one on the boundary, once each', async () => {
		const p = poller({ event: 'newLead' });
		await p.poll();
		const cursor = Object.values(p.staticData).map((v) => v.cursor)[0];
		const at = Date.now();
		const ids = [addLead(cursor), addLead(at), addLead(at), addLead(at)];
		const first = await p.emitted();
		expect(first.map((l) => l.lead_id)).toEqual(ids);
		expect(first[1]).toMatchObject({ name: expect.stringMatching(/^Polled/) });
		const mark = t.mark();
		expect(await p.emitted()).toEqual([]);
		expect(searches(mark)).toBe(1);
		expect(t.since(mark)).toHaveLength(1);
	});
	it('catches a lead that becomes searchable late, within the late-arrival window', async () => {
		const p = poller({ event: 'newLead' });
		await p.poll();
		const late = addLead(Date.now(), { searchable_from: Date.now() + 300 });
		expect(await p.emitted()).toEqual([]);
		await (0, n8n_workflow_1.sleep)(400);
		expect((await p.emitted()).map((l) => l.lead_id)).toEqual([late]);
	});
	it('after a restart (state as last saved, at the last emitting poll) emits only what is new', async () => {
		const p = poller({ event: 'newLead' });
		await p.poll();
		const a = addLead();
		expect((await p.emitted()).map((l) => l.lead_id)).toEqual([a]);
		const saved = JSON.parse(JSON.stringify(p.staticData));
		expect(await p.emitted()).toEqual([]);
		const b = addLead();
		for (const key of Object.keys(p.staticData)) delete p.staticData[key];
		Object.assign(p.staticData, saved);
		expect((await p.emitted()).map((l) => l.lead_id)).toEqual([b]);
	});
	it('a 429 or 5xx during a poll moves nothing; the next poll emits everything once', async () => {
		const p = poller({ event: 'newLead' });
		await p.poll();
		const before = JSON.stringify(p.staticData);
		const id = addLead();
		t.sandbox.faults.add({ kind: 'status', status: 503, match: /lead\/search/, times: 10 });
		const failed = await p.poll();
		t.sandbox.faults.clear();
		expect(failed.error?.message).toMatch(/^TeleCRM /);
		expect(JSON.stringify(p.staticData)).toBe(before);
		expect((await p.emitted()).map((l) => l.lead_id)).toEqual([id]);
		expect(await p.emitted()).toEqual([]);
	}, 60000);
	it('pages a window with more than one page completely', async () => {
		const p = poller({ event: 'newLead' });
		await p.poll();
		const at = Date.now();
		const ids = Array.from({ length: 150 }, () => addLead(at));
		const mark = t.mark();
		const out = await p.emitted();
		expect(out.map((l) => l.lead_id).sort()).toEqual(ids.sort());
		expect(searches(mark)).toBe(2);
	});
	it('applies the lead filters', async () => {
		const p = poller({ event: 'newLead', leadFilters: { status: ['Won'] } });
		await p.poll();
		addLead();
		const won = addLead();
		t.sandbox.state.leads.find((l) => l.id === won).fields.status = 'Won';
		expect((await p.emitted()).map((l) => l.lead_id)).toEqual([won]);
	});
	it('Fetch Test Event returns the latest lead without touching the cursor, or says none matches', async () => {
		const p = poller({ event: 'newLead' });
		const newest = addLead(Date.now() + 5);
		const sample = await p.poll('manual');
		expect(sample.items?.map((i) => i.json.lead_id)).toEqual([newest]);
		expect(p.staticData).toEqual({});
		const none = poller({
			event: 'newLead',
			leadFilters: { fieldValues: { values: [{ field: 'city', value: 'Atlantis' }] } },
		});
		expect((await none.poll('manual')).error?.message).toBe(
			"No lead matches the trigger's filters yet",
		);
	});
});
describe('newAction', () => {
	function logAction(leadId, type, at = Date.now()) {
		const lead = t.sandbox.state.leads.find((l) => l.id === leadId);
		const id = (0, state_cjs_1.hexId)(t.sandbox.state.nextId++);
		lead.actions.unshift({ id, type, created_on: at, performed_by: null, fields: { note: 'x' } });
		return id;
	}
	it('emits each action performed since the last poll with its lead ID; idle polls cost one request', async () => {
		const p = poller({
			event: 'newAction',
			actionFilters: { types: ['1001', 'PAYMENT'] },
			options: { overlapMinutes: 0 },
		});
		const pause = async () => await (0, n8n_workflow_1.sleep)(5);
		await p.poll();
		await pause();
		const [a, b] = t.sandbox.state.leads.slice(0, 2).map((l) => l.id);
		const visit = logAction(a, '1001');
		logAction(a, 'OUTGOING_CALL');
		const payment = logAction(b, 'PAYMENT');
		await pause();
		const out = await p.emitted();
		expect(out.map((o) => [o.lead_id, o.action_id, o.type_name]).sort()).toEqual(
			[
				[a, visit, 'Site Visit'],
				[b, payment, 'Payment'],
			].sort(),
		);
		await pause();
		const mark = t.mark();
		expect(await p.emitted()).toEqual([]);
		expect(t.since(mark)).toHaveLength(1);
	});
	it('within the late-arrival window, re-reads the active leads but emits nothing twice', async () => {
		const p = poller({ event: 'newAction' });
		await p.poll();
		const lead = t.sandbox.state.leads[5].id;
		const call = logAction(lead, 'OUTGOING_CALL');
		expect((await p.emitted()).map((o) => o.action_id)).toEqual([call]);
		const mark = t.mark();
		expect(await p.emitted()).toEqual([]);
		expect(t.since(mark)).toHaveLength(2);
	});
});
describe('outputs and errors read like the action node’s', () => {
	function logAction(leadId, type, at, fields = {}) {
		const lead = t.sandbox.state.leads.find((l) => l.id === leadId);
		const id = (0, state_cjs_1.hexId)(t.sandbox.state.nextId++);
		lead.actions.unshift({ id, type, created_on: at, performed_by: null, fields });
		return id;
	}
	it('Fetch Test Event for New Action returns the newest matching action, not one of the newest lead', async () => {
		const now = Date.now();
		const byAge = [...t.sandbox.state.leads].sort((a, b) => b.created_on - a.created_on);
		const [newestLead, olderLead] = [byAge[0].id, byAge[byAge.length - 1].id];
		logAction(newestLead, '1002', now - 60_000, { demo_date: now });
		const newest = logAction(olderLead, '1002', now - 1000, { demo_date: now, attendees: 3 });
		const p = poller({ event: 'newAction', actionFilters: { types: ['1002'] } });
		const sample = await p.poll('manual');
		expect(sample.error).toBeUndefined();
		const [item] = sample.items.map((i) => i.json);
		expect(item).toMatchObject({
			lead_id: olderLead,
			action_id: newest,
			type_name: 'Demo Booked',
		});
		expect(item.fields.demo_date).toBe(new Date(now).toISOString());
		expect(item.fields.attendees).toBe(3);
	});
	it('a filter value it cannot search with names the accepted forms', async () => {
		const p = poller({
			event: 'newLead',
			leadFilters: { fieldValues: { values: [{ field: 'rating', value: 'lots' }] } },
		});
		await p.poll();
		const { error } = await p.poll();
		expect(error?.message).toBe('Field "rating" has a value TeleCRM would not accept: "lots"');
		expect(error.description).toMatch(/^Accepted: /);
	});
	it('the canvas subtitle names the event as the dropdown does', () => {
		const subtitle = new TeleCrmTrigger_node_1.TeleCrmTrigger().description.subtitle;
		expect(subtitle).toContain('"newLead": "New Lead"');
		expect(subtitle).toContain('"newAction": "New Action"');
	});
});
//# sourceMappingURL=poll.test.js.map
