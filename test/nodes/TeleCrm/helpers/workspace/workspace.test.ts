/**
 * Workspace metadata read the same way whichever pipeline shape telecrm answers with: the
 * documented `leadStages[]`, or the flat lists reported from live workspaces
 * (docs/telecrm-api.md §13).
 * Every operation that depends on the pipeline runs against both.
 */
import type { PipelineShape } from '../../../../../sandbox/common.cjs';
import { loadOptions } from '../../../../../engine/harness';
import type { ExecutionFacts } from '../../../../../nodes/TeleCrm/helpers/output/executionHints';
import {
	forgetKeptDefinitions,
	Workspace,
} from '../../../../../nodes/TeleCrm/helpers/workspace/workspace';
import { fakeApi } from '../../../../support/fakeApi';
import { json, mapped, useSandbox } from '../../../../support/sandboxed';

describe('definitions kept between executions', () => {
	beforeEach(() => forgetKeptDefinitions());
	const fieldReads = (requests: Array<{ path: string }>) =>
		requests.filter((r) => r.path === 'custom-fields').length;

	it('executions in kept mode share one read; refresh reads once for every caller', async () => {
		const { api, requests } = fakeApi();
		await new Workspace(api, 'kept').customFields();
		const second = new Workspace(api, 'kept');
		await second.customFields();
		expect(fieldReads(requests)).toBe(1);
		// Thirty-two items ask at once: one read.
		const refreshed = await Promise.all(
			Array.from({ length: 32 }, () => second.refresh('fields', 'new_field')),
		);
		expect(refreshed.every(Boolean)).toBe(true);
		await Promise.all(Array.from({ length: 32 }, () => second.customFields()));
		expect(fieldReads(requests)).toBe(2);
		// What this execution read itself is not read again; the next execution uses the new read.
		expect(await second.refresh('pipeline', 'New status')).toBe(false);
		await new Workspace(api, 'kept').customFields();
		expect(fieldReads(requests)).toBe(2);
	});

	it("another execution's failed read is read again here, never handed out", async () => {
		const { api } = fakeApi();
		const request = api.request.bind(api);
		let calls = 0;
		let failFirst: (error: Error) => void = () => {};
		api.request = async (options) => {
			if (calls++ > 0) return await request(options);
			return await new Promise((_resolve, reject) => (failFirst = reject));
		};
		const first = new Workspace(api, 'kept').customFields();
		while (calls === 0) await Promise.resolve();
		const second = new Workspace(api, 'kept').customFields();
		for (let tick = 0; tick < 20; tick++) await Promise.resolve();
		expect(calls).toBe(1); // the second execution waits for the first one's read
		failFirst(new Error("A's read"));
		await expect(first).rejects.toThrow("A's read");
		expect((await second).length).toBeGreaterThan(0);
		expect(calls).toBe(2);
	});

	it('after a refresh nothing of that kind is taken from what is kept, in this execution', async () => {
		const { api, requests } = fakeApi();
		await new Workspace(api, 'kept').customAction('1001');
		const second = new Workspace(api, 'kept');
		await second.customAction('1001');
		const actionReads = () => requests.filter((r) => r.path === 'custom-actions').length;
		expect(actionReads()).toBe(1);
		expect(await second.refresh('actions', 'new_field')).toBe(true);
		await second.customAction('1001');
		expect(actionReads()).toBe(2);
	});

	it('tells the execution what was read afresh, and for which name', async () => {
		const { api } = fakeApi();
		await new Workspace(api, 'kept').customFields();
		const facts: ExecutionFacts = {};
		const second = new Workspace(api, 'kept', facts);
		await second.customFields();
		await second.customActions();
		await Promise.all([
			second.refresh('fields', 'pin_code'),
			second.refresh('fields', 'landmark'),
			second.refresh('fields', 'pin_code'),
		]);
		// Read by this execution itself: nothing renewed, nothing to tell.
		expect(await second.refresh('actions', 'note')).toBe(false);
		// Each name once, by kind.
		expect(facts.renewed).toEqual(new Map([['fields', new Set(['pin_code', 'landmark'])]]));
	});

	it('tells of a custom action the kept list lacked, read on its own', async () => {
		const { api } = fakeApi(() => ({ code: 'ACTION_1005', displayName: 'New', fieldSchema: {} }));
		await new Workspace(api, 'kept').customActions();
		const facts: ExecutionFacts = {};
		await new Workspace(api, 'kept', facts).customAction('1005');
		expect(facts.actionsFetched).toEqual(new Set(['ACTION_1005']));
		// Listed in a list read by this execution: nothing the kept definitions lacked.
		const fresh: ExecutionFacts = {};
		await new Workspace(api, 'fresh', fresh).customAction('1006');
		expect(fresh).toEqual({});
	});

	it('fresh mode always reads and renews what is kept; off keeps nothing', async () => {
		const { api, requests } = fakeApi();
		await new Workspace(api, 'fresh').customFields();
		await new Workspace(api, 'fresh').customFields();
		await new Workspace(api, 'kept').customFields();
		expect(fieldReads(requests)).toBe(2);
		forgetKeptDefinitions();
		await new Workspace(api, 'off').customFields();
		await new Workspace(api, 'kept').customFields();
		expect(fieldReads(requests)).toBe(4);
	});
});

describe.each<PipelineShape>(['documented', 'flat'])('pipeline answered %s', (pipelineShape) => {
	const t = useSandbox({ seed: 20, pipelineShape });

	it('Get Pipeline outputs the documented shape', async () => {
		const [pipeline] = json(await t.run({ resource: 'workspace', operation: 'getPipeline' }));
		const stages = t.sandbox.state.pipeline.leadStages;
		const labels = (list: unknown) => (list as Array<{ label: string }>).map((s) => s.label);
		const out = pipeline.leadStages as Array<Record<string, unknown>>;
		expect(out.map((s) => s.stageType)).toEqual(stages.map((s) => s.stageType));
		expect(out.map((s) => labels(s.activeStatuses))).toEqual(
			stages.map((s) => labels(s.activeStatuses)),
		);
		expect(out.map((s) => labels(s.archivedStatuses))).toEqual(
			stages.map((s) => labels(s.archivedStatuses)),
		);
		const reasons = (list: unknown) =>
			(list as Array<{ reasonLabel: string }>).map((r) => r.reasonLabel);
		expect(reasons(pipeline.activeLeadLostReasons)).toEqual(
			reasons(t.sandbox.state.pipeline.activeLeadLostReasons),
		);
		expect(reasons(pipeline.archivedLeadLostReasons)).toEqual(['Budget freeze']);
	});

	it('the Status dropdown lists archived labels as archived', async () => {
		const options = await loadOptions('getStatuses', t.credentials());
		expect(options.map((o) => o.name)).toEqual(
			expect.arrayContaining(['Fresh', 'Old Lead (archived)']),
		);
		expect(options.find((o) => o.value === 'Won')?.description).toBe('Stage WON');
	});

	it('writes refuse archived labels and accept active ones', async () => {
		const create = async (fields: Record<string, string>) =>
			await t.run(
				{ resource: 'lead', operation: 'create', fields: mapped(fields) },
				undefined,
				true,
			);
		const [archived] = json(await create({ phone: '919800011001', status: 'Old Lead' }));
		expect(archived.error).toMatch(/Field "status" has a value TeleCRM would not accept/);
		const [reason] = json(await create({ phone: '919800011002', lost_reason: 'Budget freeze' }));
		expect(reason.description).toMatch(/active lost reason: Price too high/);
		const [ok] = json(
			await create({ phone: '919800011003', status: 'Won', lost_reason: 'No Need' }),
		);
		expect(ok.result).toBe('created');
	});

	it('a search may filter by an archived status', async () => {
		const mark = t.mark();
		const result = await t.run({
			resource: 'lead',
			operation: 'search',
			returnAll: true,
			filters: { fieldValues: { values: [{ field: 'status', value: 'Old Lead' }] } },
		});
		expect(result.error).toBeUndefined();
		const [request] = t.since(mark).filter((r) => r.path.endsWith('/lead/search'));
		expect(JSON.parse(request.body).fields.status).toBe('Old Lead');
	});
});
