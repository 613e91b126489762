/**
 * How an item's parameter is read: a value that holds no expression is the same for every item
 * and is taken as the node stores it; one that holds an expression is resolved for the item.
 */
import type { IExecuteFunctions } from 'n8n-workflow';

/** Whether a stored parameter value holds an expression anywhere (n8n marks one by "="). */
function holdsExpression(value: unknown): boolean {
	if (typeof value === 'string') return value.startsWith('=');
	if (Array.isArray(value)) return value.some(holdsExpression);
	if (value !== null && typeof value === 'object')
		return Object.values(value).some(holdsExpression);
	return false;
}

/**
 * The parameter's value for the item. n8n's full read resolves, copies and checks the value
 * against every property of that name, for every item (about 5 µs a parameter); a value that
 * holds no expression comes out of it unchanged (none of ours has a validateType), so it is
 * taken as stored. Callers only read what this returns: it may be the node's own object.
 */
export function readItemValue<Value>(
	ctx: IExecuteFunctions,
	name: string,
	itemIndex: number,
	fallback?: Value,
): Value {
	const stored = ctx.getNodeParameter(name, itemIndex, fallback, { rawExpressions: true });
	if (!holdsExpression(stored)) return stored as Value;
	return ctx.getNodeParameter(name, itemIndex, fallback) as Value;
}
