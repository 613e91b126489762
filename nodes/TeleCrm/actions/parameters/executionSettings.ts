/**
 * What holds for a whole execution: the Options collection (dates, timeout, items in flight,
 * keep definitions; the trigger's Options offer Keep Workspace Definitions too) and Check Only.
 */
import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import type { DateOutput } from '../../helpers/output/outputShaper';
import type { DefinitionsMode } from '../../helpers/workspace/workspace';
import { RETRY_POLICY } from '../../transport';
import { wholeNumberOf } from './numbers';

/** Options › Keep Workspace Definitions, of the node (Options) and the trigger (Options). */
export const keepDefinitionsProperty: INodeProperties = {
	displayName: 'Keep Workspace Definitions',
	name: 'keepDefinitions',
	type: 'boolean',
	default: true,
	description:
		'Whether to keep the custom fields, pipeline, custom actions and team list in memory between executions and polls (up to 5 minutes; a name they lack is read afresh at once). Off: read them in every execution that needs them.',
};

const datesOption: INodeProperties = {
	displayName: 'Dates in Output',
	name: 'dates',
	type: 'options',
	options: [
		{ name: 'ISO 8601 (2026-11-26T10:00:00.000Z)', value: 'iso' },
		{ name: 'Epoch Milliseconds (as TeleCRM Sends Them)', value: 'raw' },
	],
	default: 'iso',
	description: 'How date fields and timestamps appear in the output',
};

const timeoutOption: INodeProperties = {
	displayName: 'Timeout',
	name: 'timeout',
	type: 'number',
	typeOptions: { minValue: 100 },
	default: 60000, // RETRY_POLICY.requestTimeoutMs (n8n's lint wants a literal; a test keeps them equal)
	description:
		'Milliseconds each attempt may take, its whole answer included (a deadline, not an idle timeout). Reads are retried after a timeout; a create is never sent twice.',
};

const itemsInFlightOption: INodeProperties = {
	displayName: 'Items in Flight',
	name: 'itemsInFlight',
	type: 'number',
	typeOptions: { minValue: 1, maxValue: RETRY_POLICY.maxItemsInFlight },
	default: 1,
	description:
		'How many items to send to TeleCRM at once (create, update, get and similar operations). Output order and item links stay as they are; a 429 from TeleCRM pauses them all.',
};

/** The node's Options, shown under every operation. */
export const requestOptionsProperty: INodeProperties = {
	displayName: 'Options',
	name: 'requestOptions',
	type: 'collection',
	placeholder: 'Add Option',
	default: {},
	options: [datesOption, timeoutOption, itemsInFlightOption, keepDefinitionsProperty],
};

/**
 * The writes' dry run: the router reads it once, for every operation whose description has it.
 * It decides for the whole execution, so no item may decide it (noDataExpression).
 */
export const checkOnlyProperty: INodeProperties = {
	displayName: 'Check Only',
	name: 'checkOnly',
	type: 'boolean',
	noDataExpression: true,
	default: false,
	description:
		'Whether to check every item as a real run does (values, lookups) and output the requests it would send, or its error, without writing anything',
};

/**
 * How an execution reads the workspace's definitions, from its Options collection
 * (`keepDefinitionsProperty`): `fresh` when it exists to read them, else kept unless turned off.
 */
export function readDefinitionsMode(options: IDataObject, fresh: boolean): DefinitionsMode {
	if (fresh) return 'fresh';
	return options[keepDefinitionsProperty.name] === false ? 'off' : 'kept';
}

/** The node's Options collection (`requestOptionsProperty`), checked. */
export interface RequestOptions {
	timeoutMs: number;
	itemsInFlight: number;
	dates: DateOutput;
	definitions: DefinitionsMode;
}

/**
 * A number Option, checked against its bounds (wholeNumberOf) when set. Unset, its default:
 * our own literal, within those bounds (a test checks), so a run left at the defaults checks
 * nothing.
 */
function numberOption(options: IDataObject, option: INodeProperties): number {
	const value = options[option.name];
	return value === undefined ? (option.default as number) : wholeNumberOf(option, value);
}

/**
 * The Options collection, a setting of the node rather than of an item (read at item 0).
 * `definitionsFresh`: the execution exists to read the workspace's definitions;
 * `parallelItems`: the operation runs items side by side.
 */
export function readRequestOptions(
	this: IExecuteFunctions,
	definitionsFresh: boolean,
	parallelItems: boolean,
): RequestOptions {
	const options = this.getNodeParameter(requestOptionsProperty.name, 0, {}) as IDataObject;
	return {
		timeoutMs: numberOption(options, timeoutOption),
		// Only an operation that runs items side by side reads (and checks) Items in Flight.
		itemsInFlight: parallelItems ? numberOption(options, itemsInFlightOption) : 1,
		dates: options[datesOption.name] === 'raw' ? 'raw' : 'iso',
		definitions: readDefinitionsMode(options, definitionsFresh),
	};
}

/**
 * Check Only, for an operation whose `description` offers it: read once, for the whole
 * execution. n8n hands an expression in it over as text (noDataExpression): refused, as nothing
 * may be written on a guess.
 */
export function readCheckOnly(this: IExecuteFunctions, description: INodeProperties[]): boolean {
	if (!description.some((property) => property.name === checkOnlyProperty.name)) return false;
	const checkOnly = this.getNodeParameter(checkOnlyProperty.name, 0, false);
	if (typeof checkOnly !== 'boolean') {
		throw new NodeOperationError(this.getNode(), 'Check Only must be on or off', {
			description:
				'It decides for the whole run, so it cannot be an expression: turn it on or off in the node.',
		});
	}
	return checkOnly;
}
