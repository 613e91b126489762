/**
 * Number parameters read against their description's bounds: an expression may give anything,
 * so a count, a limit or a timeout is checked before it is used.
 */
import type { INodeProperties } from 'n8n-workflow';

import { InvalidValueError } from '../../helpers/values/itemErrors';

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

/**
 * A number parameter or option, checked by wholeNumber against the bounds its description
 * declares (an expression may give anything; no minValue: a count, 1 or more); unset, its
 * default.
 */
export function wholeNumberOf(property: INodeProperties, value: unknown): number {
	const { minValue = 1, maxValue } = property.typeOptions ?? {};
	const given = value === undefined ? property.default : value;
	return wholeNumber(given, property.displayName, minValue, maxValue);
}
