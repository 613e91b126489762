/**
 * The output items the harness saw succeed, each with the operation or trigger event that gave
 * it, while a test file collects them (test/support/outputSchemaCheck checks them against the
 * package's output schemas). Nothing is kept unless collecting was started: the bench and the
 * demo run the harness too.
 */
import type { IDataObject, INodeExecutionData } from 'n8n-workflow';

/** What gave an item: an operation of the node, or an event of the trigger. */
export type OutputSource = { resource: string; operation: string } | { event: string };

export interface SeenOutput {
	source: OutputSource;
	json: IDataObject;
}

let collected: SeenOutput[] | undefined;

export function collectOutputs(): void {
	collected = [];
}

export function collectedOutputs(): SeenOutput[] {
	return collected ?? [];
}

/** The keys of the item n8n's Continue settings output for an item that failed. */
const ERROR_KEYS = ['error', 'description', 'httpCode'];

const isErrorItem = (json: IDataObject) =>
	'error' in json && Object.keys(json).every((key) => ERROR_KEYS.includes(key));

/** Kept as n8n stores them (JSON: keys holding undefined are dropped). */
export function recordOutputs(source: OutputSource, items: INodeExecutionData[]): void {
	if (!collected) return;
	for (const { json } of items) {
		if (!isErrorItem(json)) collected.push({ source, json: JSON.parse(JSON.stringify(json)) });
	}
}
