import { InvalidValueError } from './itemErrors';

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
