import type { ExecutionFacts } from '../../../../../nodes/TeleCrm/helpers/output/executionHints';
import {
	executionHints,
	listNames,
	noteIgnoredValues,
	noteLeadsQueued,
	noteReturnedAll,
	RETURN_ALL_WORTH_A_COUNT,
} from '../../../../../nodes/TeleCrm/helpers/output/executionHints';

const messages = (facts: ExecutionFacts, slowDowns: Parameters<typeof executionHints>[1] = []) =>
	executionHints(facts, slowDowns).map((h) => h.message);

describe('executionHints', () => {
	it('nothing worth a hint: no hint', () => {
		const facts: ExecutionFacts = {};
		expect(executionHints(facts, [])).toEqual([]);
		noteReturnedAll(facts, RETURN_ALL_WORTH_A_COUNT - 1);
		noteLeadsQueued(facts, { unconfirmed: 0, notSeen: 0, confirming: 3, withinMs: 60_000 });
		expect(executionHints(facts, [])).toEqual([]);
	});

	it('lists at most five names, then how many more', () => {
		expect(listNames(['a', 'b'])).toBe('"a", "b"');
		expect(listNames(['a', 'b', 'c', 'd', 'e', 'f', 'g'])).toBe(
			'"a", "b", "c", "d", "e" and 2 more',
		);
	});

	it('ignored values: one hint over all items, fields named once, actions counted', () => {
		const facts: ExecutionFacts = {};
		noteIgnoredValues(facts, ['rating', 'actions[0].fields.email'], 1);
		noteIgnoredValues(facts, ['rating'], 0);
		noteIgnoredValues(facts, [], 2);
		const hints = executionHints(facts, []);
		expect(hints).toHaveLength(1);
		expect(hints[0]).toMatchObject({ type: 'warning', location: 'outputPane' });
		expect(hints[0].message).toMatch(
			/^TeleCRM ignored some values of 3 items and saved the rest: 2 fields \("rating", "actions\[0\]\.fields\.email"\) and 3 actions\. /,
		);
	});

	it('definitions read afresh: what was new by kind, the requests, the team list paged', () => {
		// As the Workspace notes them (helpers/workspace/workspace.ts).
		const facts: ExecutionFacts = {
			renewed: new Map([
				['pipeline', new Set(['Site Visit Due', 'Won Big'])],
				['team', new Set(['neha@example.com'])],
			]),
			actionsFetched: new Set(['ACTION_1005']),
		};
		expect(messages(facts)).toEqual([
			'Items named what the workspace definitions kept from an earlier execution did not hold: ' +
				'status or lost reason "Site Visit Due", "Won Big"; team member "neha@example.com"; custom action "ACTION_1005". ' +
				'They were read afresh from TeleCRM, which cost 3 more requests (the team list: one per 10 members); later executions use the new ones.',
		]);
	});

	it('Return All: only searches past the threshold, summed over items', () => {
		const facts: ExecutionFacts = {};
		noteReturnedAll(facts, 1000);
		noteReturnedAll(facts, 2_350);
		noteReturnedAll(facts, 40);
		expect(messages(facts)[0]).toMatch(
			/^2 items' Return All returned 3,350 leads \(34 requests of 100 leads\), and every later node runs once per lead\. If only how many is wanted, Lead › Count/,
		);
	});

	it('a slow down without announced limit, and one on a paced API, in one hint', () => {
		const hints = executionHints({}, [
			{ api: 'TeleCRM Sync API', times: 3, pausedMs: 12_400, limitHeaders: { 'retry-after': '5' } },
			{ api: 'TeleCRM Async API', times: 1, pausedMs: 2_000, limitHeaders: {}, perHour: 18_000 },
		]);
		expect(hints).toEqual([
			{
				message:
					'The TeleCRM Sync API answered 429/503 ("slow down") 3 times, and every item in flight waited 12 s in all. ' +
					'TeleCRM announced no limit in its answers (it documents none for this API). To stay under it, lower Options › Items in Flight or run fewer executions at once. ' +
					'The TeleCRM Async API answered 429/503 ("slow down") 1 time, and every item in flight waited 2.0 s in all. ' +
					"This execution paced it to 18,000 requests an hour; the token's limit counts every workflow using it. Lower Queue Options › Requests per Hour to stay under it.",
				type: 'warning',
				location: 'outputPane',
			},
		]);
	});

	it('queued leads: unconfirmed and not seen in one hint, a warning when some were not seen', () => {
		const facts: ExecutionFacts = {};
		noteLeadsQueued(facts, { unconfirmed: 1, notSeen: 0, confirming: 0, withinMs: 0 });
		expect(executionHints(facts, [])[0]).toMatchObject({ type: 'info' });
		expect(messages(facts)[0]).toMatch(/^1 lead was only queued: /);
		noteLeadsQueued(facts, { unconfirmed: 0, notSeen: 2, confirming: 5, withinMs: 60_000 });
		expect(executionHints(facts, [])).toEqual([
			expect.objectContaining({
				message: expect.stringMatching(
					/^1 lead was only queued: .* 2 queued leads were not seen stored in TeleCRM within 60 s /,
				) as string,
				type: 'warning',
			}),
		]);
	});
});

describe('ExecutionFacts', () => {
	it('stays empty until something is noted', () => {
		const facts: ExecutionFacts = {};
		expect(executionHints(facts, [])).toEqual([]);
		expect(facts).toEqual({});
	});

	it('counts items with ignored values once each, their fields once', () => {
		const facts: ExecutionFacts = {};
		noteIgnoredValues(facts, ['rating', 'actions[1].fields.email'], 1);
		noteIgnoredValues(facts, ['rating'], 0);
		expect(facts.ignored).toEqual({
			items: 2,
			fields: new Set(['rating', 'actions[1].fields.email']),
			actions: 1,
		});
	});

	it('adds queued items up, keeping the longest wait', () => {
		const facts: ExecutionFacts = {};
		noteLeadsQueued(facts, { unconfirmed: 2, notSeen: 0, confirming: 0, withinMs: 0 });
		noteLeadsQueued(facts, { unconfirmed: 0, notSeen: 1, confirming: 3, withinMs: 30_000 });
		noteLeadsQueued(facts, { unconfirmed: 0, notSeen: 0, confirming: 1, withinMs: 10_000 });
		expect(facts.queued).toEqual({ unconfirmed: 2, notSeen: 1, confirming: 4, withinMs: 30_000 });
	});
});
