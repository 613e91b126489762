import type { IExecuteFunctions, INodeProperties, INodePropertyCollection } from 'n8n-workflow';

import { readItemValue } from '../../../../../nodes/TeleCrm/actions/parameters/itemValue';
import { TeleCrm } from '../../../../../nodes/TeleCrm/TeleCrm.node';

/** An execute context whose parameters are `stored`; resolving an expression gives `resolved`. */
function contextWith(stored: Record<string, unknown>, resolved: unknown) {
	const calls: string[] = [];
	const ctx = {
		getNodeParameter(name: string, _item: number, fallback: unknown, options?: object) {
			const raw = (options as { rawExpressions?: boolean } | undefined)?.rawExpressions;
			calls.push(raw ? 'stored' : 'resolved');
			return raw ? (stored[name] ?? fallback) : resolved;
		},
	} as unknown as IExecuteFunctions;
	return { ctx, calls };
}

describe('readItemValue', () => {
	it('takes a value that holds no expression as stored, with one look', () => {
		const stored = { output: 'fields', fields: ['name', 'phone'], mapper: { value: { a: 1 } } };
		for (const name of Object.keys(stored)) {
			const { ctx, calls } = contextWith(stored, 'never');
			expect(readItemValue(ctx, name, 0, null)).toBe(stored[name as keyof typeof stored]);
			expect(calls).toEqual(['stored']);
		}
	});

	it('resolves a value that holds an expression anywhere, for the item', () => {
		const stored = {
			output: '={{ $json.output }}',
			fields: ['name', '={{ $json.extra }}'],
			mapper: { mappingMode: 'defineBelow', value: { phone: '={{ $json.phone }}' } },
		};
		for (const name of Object.keys(stored)) {
			const { ctx, calls } = contextWith(stored, 'resolved');
			expect(readItemValue(ctx, name, 0, null)).toBe('resolved');
			expect(calls).toEqual(['stored', 'resolved']);
		}
	});

	it('gives the fallback when the parameter is not stored', () => {
		const { ctx } = contextWith({}, 'never');
		expect(readItemValue(ctx, 'onIgnored', 0, 'keep')).toBe('keep');
	});
});

/** Every property of the node, the options of its collections and fixed collections too. */
function allProperties(properties: INodeProperties[]): INodeProperties[] {
	return properties.flatMap((property) => {
		const nested = (property.options ?? []).flatMap((option) =>
			'values' in option
				? allProperties((option as INodePropertyCollection).values)
				: 'type' in option
					? allProperties([option as INodeProperties])
					: [],
		);
		return [property, ...nested];
	});
}

it('has no property n8n would check by its validateType (a value read as stored skips that check)', () => {
	const checked = allProperties(new TeleCrm().description.properties).filter(
		(property) => property.validateType !== undefined,
	);
	expect(checked.map((property) => property.name)).toEqual([]);
});
