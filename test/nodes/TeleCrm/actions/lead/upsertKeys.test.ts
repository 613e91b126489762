/** Create or Update's output: the same keys in the same order, created or updated. */

import { autoMapped, createLeadElsewhere, json, useSandbox } from '../../../../support/sandboxed';

const t = useSandbox({ seed: 252, now: Date.UTC(2026, 10, 20, 12) });
let phoneSeq = 0;
const nextPhone = () => `97${String(61000000 + ++phoneSeq)}`;

const visit = { custom: [{ type: '1001', fieldValues: { values: [] } }] };

describe('lead:upsert output keys', () => {
	for (const addActionsTo of ['new', 'every']) {
		for (const matchStrategy of ['lookUpFirst', 'createFirst']) {
			it(`Add Actions To ${addActionsTo}, ${matchStrategy}: a created and an updated lead have the same keys in the same order`, async () => {
				const [fresh, existing] = [nextPhone(), nextPhone()];
				await createLeadElsewhere(t.sandbox, { phone: existing, name: 'Known' });
				const result = await t.run(
					{
						resource: 'lead',
						operation: 'upsert',
						fields: autoMapped(),
						actions: visit,
						addActionsTo,
						matchStrategy,
					},
					[
						{ phone: fresh, name: 'Fresh' },
						{ phone: existing, name: 'Known again' },
					],
				);
				expect(result.error).toBeUndefined();
				const [created, updated] = json(result);
				expect([created.result, updated.result]).toEqual(['created', 'updated']);
				expect(Object.keys(updated)).toEqual(Object.keys(created));
				const outcome = addActionsTo === 'new' ? ['result', 'actionsAdded'] : ['result'];
				expect(Object.keys(created).slice(-2 - outcome.length)).toEqual([
					...outcome,
					'actions',
					'remarks',
				]);
			});
		}
	}
});
