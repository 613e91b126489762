/**
 * Each parameter read once per item: the router hands what an operation's first pass read to
 * the item's `execute` (issue 35). The node runs in n8n's engine with its execute context's
 * `getNodeParameter` counted, by parameter name and item.
 */
import type { IDataObject, IExecuteFunctions, INodeParameters } from 'n8n-workflow';

import { runNode } from '../../../../engine/harness';
import { TeleCrm } from '../../../../nodes/TeleCrm/TeleCrm.node';
import * as sandboxed from '../../../support/sandboxed';

const { byIdentifier, createLeadElsewhere, json, mapped } = sandboxed;
const t = sandboxed.useSandbox({ seed: 253, now: Date.UTC(2026, 10, 20, 12) });
let phoneSeq = 0;
const nextPhone = () => `96${String(71000000 + ++phoneSeq)}`;

/** Settings of the whole node: read once, at item 0, for the execution. */
const NODE_LEVEL = ['resource', 'operation', 'requestOptions', 'checkOnly'];

/**
 * The node, its execute context's reads counted: "name item" → reads. readItemValue looks at the
 * stored value first (rawExpressions) and resolves it only when it holds an expression: that
 * look and the resolve right after it are one read.
 */
function countingNode(reads: Map<string, number>): TeleCrm {
	const node = new TeleCrm();
	const execute = node.execute;
	node.execute = async function (this: IExecuteFunctions) {
		const read = this.getNodeParameter.bind(this) as (...args: unknown[]) => unknown;
		let looked: string | undefined;
		const counted = (name: string, itemIndex: number, ...rest: unknown[]) => {
			const at = `${name} ${itemIndex}`;
			const stored = (rest[1] as { rawExpressions?: boolean } | undefined)?.rawExpressions;
			// A resolve merges only with the look right before it: a later read still counts.
			if (stored || looked !== at) reads.set(at, (reads.get(at) ?? 0) + 1);
			looked = stored ? at : undefined;
			return read(name, itemIndex, ...rest);
		};
		Object.defineProperty(this, 'getNodeParameter', { value: counted });
		return await execute.call(this);
	};
	return node;
}

/**
 * Runs the node on `items`: every parameter read twice or more for one item (none expected),
 * and every read by parameter name and item.
 */
async function readsTwice(parameters: INodeParameters, items: IDataObject[]) {
	const reads = new Map<string, number>();
	const result = await runNode({
		parameters,
		items,
		credentials: t.credentials(),
		nodeType: countingNode(reads),
	});
	expect(result.error).toBeUndefined();
	expect(json(result)).toHaveLength(items.length);
	for (const name of NODE_LEVEL) {
		const elsewhere = [...reads.keys()].filter((at) => at.startsWith(`${name} `));
		expect(elsewhere.filter((at) => at !== `${name} 0`)).toEqual([]);
	}
	const twice = [...reads].filter(([, n]) => n > 1);
	return { twice: Object.fromEntries(twice), reads };
}

/** Three new leads' items, the third on the first one's lead (they run in input order). */
function leadItems(): IDataObject[] {
	const [a, b] = [nextPhone(), nextPhone()];
	return [
		{ phone: a, name: 'Ana' },
		{ phone: b, name: 'Bo' },
		{ phone: a, name: 'Ana again' },
	];
}

const leadFields = mapped({ phone: '={{ $json.phone }}', name: '={{ $json.name }}' });
const visit = { custom: [{ type: '1001', fieldValues: { values: [] } }] };

describe('each parameter read once per item', () => {
	for (const matchStrategy of ['lookUpFirst', 'createFirst']) {
		it(`Lead › Create or Update, ${matchStrategy}, 3 items`, async () => {
			const parameters = {
				resource: 'lead',
				operation: 'upsert',
				fields: leadFields,
				actions: visit,
				matchStrategy,
			};
			const { twice, reads } = await readsTwice(parameters, leadItems());
			expect(twice).toEqual({});
			for (const item of [0, 1, 2]) {
				expect([reads.get(`fields ${item}`), reads.get(`matchStrategy ${item}`)]).toEqual([1, 1]);
				expect(reads.get(`actions ${item}`)).toBe(1);
			}
		});
	}

	it('Lead › Create or Update (Queued), 3 items', async () => {
		const parameters = { resource: 'lead', operation: 'upsertQueued', fields: leadFields };
		const { twice, reads } = await readsTwice(parameters, leadItems());
		expect(twice).toEqual({});
		for (const item of [0, 1, 2]) expect(reads.get(`fields ${item}`)).toBe(1);
	});

	describe('the Lead locator, by identifier', () => {
		const phones: string[] = [];
		beforeAll(async () => {
			for (const name of ['Cy', 'Di']) {
				phones.push(nextPhone());
				await createLeadElsewhere(t.sandbox, { phone: phones.at(-1), name });
			}
		});
		const items = () => [{ phone: phones[0] }, { phone: phones[1] }, { phone: phones[0] }];
		const lead = byIdentifier('={{ $json.phone }}');

		const cases: Array<[string, INodeParameters]> = [
			['Lead › Get', { resource: 'lead', operation: 'get', lead }],
			[
				'Lead › Update',
				{ resource: 'lead', operation: 'update', lead, fields: mapped({ city: 'Pune' }) },
			],
			[
				'Timeline › Create',
				{
					resource: 'action',
					operation: 'create',
					lead,
					actionType: '1001',
					actionFields: mapped({ note: '={{ $json.phone }}' }),
				},
			],
		];
		for (const [name, parameters] of cases) {
			it(name, async () => {
				const { twice, reads } = await readsTwice(parameters, items());
				expect(twice).toEqual({});
				for (const item of [0, 1, 2]) expect(reads.get(`lead ${item}`)).toBe(1);
			});
		}
	});
});
