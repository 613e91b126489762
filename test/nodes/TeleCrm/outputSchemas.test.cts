/**
 * The output schemas n8n shows before a node runs (nodes/TeleCrm/__schema__): one per operation
 * and trigger event, each valid JSON Schema in the form n8n's editor reads, and the check that
 * holds every engine test's output items to them (test/support/outputSchemaCheck).
 */
import type { INodePropertyOptions } from 'n8n-workflow';

import { TeleCrm } from '../../../nodes/TeleCrm/TeleCrm.node';
import { TeleCrmTrigger } from '../../../nodes/TeleCrm/TeleCrmTrigger.node';
import { eventProperty } from '../../../nodes/TeleCrm/trigger/description';
import {
	misfits,
	outputSchemas,
	schemaFiles,
	TRIGGER_SCHEMA,
	VERSION,
} from '../../support/outputSchemas.cjs';

const node = new TeleCrm().description;

/** `v1.0.0/lead/create.json`…: every operation of every resource, as n8n names its schema. */
function operationFiles(): string[] {
	return node.properties
		.filter((p) => p.name === 'operation')
		.flatMap((p) => {
			const [resource] = p.displayOptions!.show!.resource as string[];
			const options = p.options as INodePropertyOptions[];
			return options.map((o) => `${VERSION}/${resource}/${String(o.value)}.json`);
		});
}

/** How n8n names a version's folder: 1 → v1.0.0. */
const versionFolder = (version: number | number[]) =>
	`v${String(version).split('.').concat(['0', '0']).slice(0, 3).join('.')}`;

interface JsonSchema {
	type?: string | string[];
	description?: string;
	properties?: Record<string, JsonSchema>;
	items?: JsonSchema;
	additionalProperties?: boolean | JsonSchema;
	definitions?: Record<string, JsonSchema>;
	anyOf?: Array<{ $ref: string }>;
}

/** Where a schema has a property without a type or a description (`lead/get.json#/actions`). */
function undescribed(schema: JsonSchema, at: string): string[] {
	const inside = [
		...Object.entries(schema.properties ?? {}).flatMap(([key, property]) => [
			...(property.type && property.description ? [] : [`${at}/${key}`]),
			...undescribed(property, `${at}/${key}`),
		]),
		...(schema.items ? undescribed(schema.items, `${at}[]`) : []),
		...Object.entries(schema.definitions ?? {}).flatMap(([name, definition]) =>
			undescribed(definition, `${at}/definitions/${name}`),
		),
	];
	const rest = schema.additionalProperties;
	return typeof rest === 'object' ? [...inside, ...undescribed(rest, `${at}/*`)] : inside;
}

describe('output schemas', () => {
	const files = schemaFiles();

	it("sit in n8n's folder for both nodes' version", () => {
		expect(VERSION).toBe(versionFolder(node.version));
		expect(VERSION).toBe(versionFolder(new TeleCrmTrigger().description.version));
	});

	it('exist for every operation, and for nothing else but the trigger', () => {
		const expected = [...operationFiles(), TRIGGER_SCHEMA].sort();
		expect([...files.keys()].sort()).toEqual(expected);
	});

	it("describe every trigger event in the trigger's schema, and its keys at the top", () => {
		const trigger = files.get(TRIGGER_SCHEMA) as JsonSchema;
		const events = (eventProperty.options as INodePropertyOptions[]).map((o) => String(o.value));
		expect(Object.keys(trigger.definitions ?? {}).sort()).toEqual([...events].sort());
		expect(trigger.anyOf?.map((branch) => branch.$ref).sort()).toEqual(
			events.map((event) => `#/definitions/${event}`).sort(),
		);
		// n8n's editor (1.123) previews the top-level properties only: every event's keys are there.
		const keys = Object.values(trigger.definitions!).flatMap((d) => Object.keys(d.properties!));
		expect(Object.keys(trigger.properties!)).toEqual(expect.arrayContaining(keys));
	});

	it('are valid JSON Schema (strict), objects whose properties all have a type and a description', () => {
		const ajv = outputSchemas();
		for (const [name, schema] of files) {
			expect({ name, valid: ajv.validateSchema(schema), errors: ajv.errors }).toEqual({
				name,
				valid: true,
				errors: null,
			});
			expect(() => ajv.getSchema(name)).not.toThrow();
			const { type, properties } = schema as JsonSchema;
			// n8n's editor previews only an object schema with properties.
			expect({ name, type, properties: Object.keys(properties ?? {}).length > 0 }).toEqual({
				name,
				type: 'object',
				properties: true,
			});
			expect({ name, undescribed: undescribed(schema, '') }).toEqual({ name, undescribed: [] });
		}
	});

	it("find an item's key that a fixed object lacks, a type of its own and a required key missing", () => {
		const ajv = outputSchemas();
		const count = { resource: 'lead', operation: 'count' };
		const found = misfits(ajv, [
			{ source: count, json: { count: 3 } },
			{ source: count, json: { count: 3, extra: true } },
			{ source: count, json: { count: '3' } },
			{ source: count, json: {} },
			{ source: { resource: 'lead', operation: 'merge' }, json: {} },
			{ source: { event: 'newLead' }, json: { lead_id: 7 } },
		]);
		expect(found).toEqual([
			expect.stringMatching(
				/^v1\.0\.0\/lead\/count\.json: \/ must NOT have additional properties \(extra\) \(1 item/,
			),
			expect.stringMatching(/^v1\.0\.0\/lead\/count\.json: \/count must be integer \(1 item/),
			expect.stringMatching(
				/^v1\.0\.0\/lead\/count\.json: \/ must have required property 'count' \(1 item/,
			),
			expect.stringMatching(/^v1\.0\.0\/lead\/merge\.json: no schema/),
			expect.stringMatching(/^v1\.0\.0\.json#\/definitions\/newLead: \/lead_id must be string/),
		]);
	});

	it("leave a lead's workspace fields to additionalProperties, and group misfits by kind", () => {
		const ajv = outputSchemas();
		const create = { resource: 'lead', operation: 'create' };
		const simplified = { name: 'Asha', phone: '91', email: null, status: null, assignee: null };
		const lead = {
			lead_id: 'a1',
			...simplified,
			city: 'Pune',
			result: 'created',
			actions: [],
			remarks: [],
		};
		expect(misfits(ajv, [{ source: create, json: lead }])).toEqual([]);
		const wrong = { ...lead, result: 'updated' };
		expect(
			misfits(
				ajv,
				[wrong, wrong].map((json) => ({ source: create, json })),
			),
		).toEqual([
			expect.stringMatching(/\/result must be equal to one of the allowed values \(2 item\(s\)/),
		]);
	});
});
