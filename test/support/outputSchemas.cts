/**
 * The package's output schemas (nodes/TeleCrm/__schema__, as n8n reads them) compiled with ajv,
 * and the check of output items against them: a type other than the schema's, a key a closed
 * object does not list, a required key missing.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import Ajv from 'ajv';
import type { ErrorObject } from 'ajv';

import type { OutputSource, SeenOutput } from '../../engine/outputs';

/** The checkout (this file runs from .build/test/support). */
const root = path.resolve(__dirname, '../../..');

/** Beside the nodes' files, as n8n looks for them. */
const SCHEMA_ROOT = path.join(root, 'nodes/TeleCrm/__schema__');

/** n8n's folder for version 1 of both nodes (the version padded to three parts). */
export const VERSION = 'v1.0.0';

/**
 * The trigger has no resource or operation: n8n asks for `__schema__/v1.0.0.json` (the editor of
 * 1.123, `/schemas/…/1.0.0.json`, agents' lookups; 2.x agents try `v1.0.0/output.json` next).
 */
export const TRIGGER_SCHEMA = `${VERSION}.json`;

/** Every schema file, by its path under SCHEMA_ROOT (`v1.0.0/lead/create.json`). */
export function schemaFiles(): Map<string, object> {
	const files = new Map<string, object>();
	const walk = (dir: string) => {
		for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
			const file = path.join(dir, entry.name);
			if (entry.isDirectory()) walk(file);
			else if (entry.name.endsWith('.json'))
				files.set(path.relative(SCHEMA_ROOT, file), JSON.parse(fs.readFileSync(file, 'utf8')));
		}
	};
	walk(SCHEMA_ROOT);
	return files;
}

/** Strict: an unknown keyword or a type that does not fit its keywords fails the compile. */
export function outputSchemas(): Ajv {
	const ajv = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true });
	for (const [name, schema] of schemaFiles()) ajv.addSchema(schema, name);
	return ajv;
}

/** The schema an item of `source` must fit: its operation's file, or its event's definition. */
function schemaRefOf(source: OutputSource): string {
	return 'event' in source
		? `${TRIGGER_SCHEMA}#/definitions/${source.event}`
		: `${VERSION}/${source.resource}/${source.operation}.json`;
}

/** `/actions/0/status must be string`, `/ must NOT have additional properties (extra)`. */
function problemsOf(errors: ErrorObject[]): string {
	return errors
		.map((e) => {
			const key = e.params.additionalProperty as string | undefined;
			return `${e.instancePath || '/'} ${e.message ?? e.keyword}${key ? ` (${key})` : ''}`;
		})
		.join('; ');
}

/**
 * The items that do not fit, one line per source and problem (with how many items and one of
 * them), so ten thousand rows of one search make one line.
 */
export function misfits(ajv: Ajv, outputs: SeenOutput[]): string[] {
	const found = new Map<string, { count: number; example: string }>();
	for (const { source, json } of outputs) {
		const ref = schemaRefOf(source);
		const validate = ajv.getSchema(ref);
		const problem = !validate
			? 'no schema'
			: validate(json)
				? undefined
				: problemsOf(validate.errors ?? []);
		if (problem === undefined) continue;
		const key = `${ref}: ${problem}`;
		const seen = found.get(key) ?? { count: 0, example: JSON.stringify(json).slice(0, 300) };
		found.set(key, { ...seen, count: seen.count + 1 });
	}
	return [...found].map(
		([key, { count, example }]) => `${key} (${count} item(s), e.g. ${example})`,
	);
}
