import type { IExecuteFunctions } from 'n8n-workflow';

import { InvalidValueError } from './errors';

/** Rows the user asked for: Infinity with Return All. A Limit from an expression is checked. */
export function wantedRows(this: IExecuteFunctions, itemIndex: number): number {
	if (this.getNodeParameter('returnAll', itemIndex, false) as boolean) return Infinity;
	return wholeNumber(this.getNodeParameter('limit', itemIndex, 50), 'Limit', 1);
}

/** A whole number within bounds, or InvalidValueError naming the parameter. */
export function wholeNumber(
	value: unknown,
	name: string,
	min: number,
	max = Number.MAX_SAFE_INTEGER,
): number {
	const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
	if (typeof n !== 'number' || !Number.isInteger(n) || n < min || n > max) {
		const range = max === Number.MAX_SAFE_INTEGER ? `${min} or more` : `${min} to ${max}`;
		throw new InvalidValueError(name, value, `a whole number, ${range}`);
	}
	return n;
}
