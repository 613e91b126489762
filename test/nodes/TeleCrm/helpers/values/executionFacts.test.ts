import { ExecutionFacts } from '../../../../../nodes/TeleCrm/helpers/values/executionFacts';

describe('ExecutionFacts', () => {
	it('counts items with ignored values once each, their fields once', () => {
		const facts = new ExecutionFacts();
		facts.valuesIgnored(['rating', 'actions[1].fields.email'], 1);
		facts.valuesIgnored(['rating'], 0);
		facts.valuesIgnored([], 0);
		expect(facts.ignored).toEqual({
			items: 2,
			fields: new Set(['rating', 'actions[1].fields.email']),
			actions: 1,
		});
	});

	it('keeps each new name once, by kind', () => {
		const facts = new ExecutionFacts();
		facts.definitionsRenewed('fields', 'pin_code');
		facts.definitionsRenewed('fields', 'pin_code');
		facts.definitionsRenewed('team', 'neha@example.com');
		expect(facts.renewed).toEqual(
			new Map([
				['fields', new Set(['pin_code'])],
				['team', new Set(['neha@example.com'])],
			]),
		);
	});

	it('adds queued items up, keeping the longest wait', () => {
		const facts = new ExecutionFacts();
		facts.leadsQueued({ unconfirmed: 2, notSeen: 0, confirming: 0, withinMs: 0 });
		facts.leadsQueued({ unconfirmed: 0, notSeen: 1, confirming: 3, withinMs: 30_000 });
		facts.leadsQueued({ unconfirmed: 0, notSeen: 0, confirming: 1, withinMs: 10_000 });
		expect(facts.queued).toEqual({ unconfirmed: 2, notSeen: 1, confirming: 4, withinMs: 30_000 });
	});
});
