/**
 * The node's description against its operation map and the README: an operation whose
 * parameters were not spread into its resource's description, or that has no README row,
 * compiles fine; this test does not pass. Also the codex files' documentation links.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import * as action from '../../../nodes/TeleCrm/actions/timeline';
import * as lead from '../../../nodes/TeleCrm/actions/lead';
import * as teamMember from '../../../nodes/TeleCrm/actions/teamMember';
import * as workspace from '../../../nodes/TeleCrm/actions/workspace';
import { TeleCrm } from '../../../nodes/TeleCrm/TeleCrm.node';
import { TeleCrmSyncApi } from '../../../credentials/TeleCrmSyncApi.credentials';

const resources = { action, lead, teamMember, workspace };
const properties = new TeleCrm().description.properties;
const resourceNames = (properties.find((p) => p.name === 'resource')!.options ??
	[]) as INodePropertyOptions[];

/** The checkout: this file runs from .build/test/nodes/TeleCrm. */
const root = [path.resolve(__dirname, '../../..'), path.resolve(__dirname, '../../../..')].find(
	(dir) => fs.existsSync(path.join(dir, 'CONTRIBUTING.md')),
)!;
const readRoot = (file: string) => fs.readFileSync(path.join(root, file), 'utf8');

function operationOptions(resource: string): INodePropertyOptions[] {
	const dropdown = properties.find(
		(p) => p.name === 'operation' && p.displayOptions?.show?.resource?.includes(resource),
	);
	return (dropdown?.options ?? []) as INodePropertyOptions[];
}

describe('the TeleCRM node description', () => {
	for (const [resource, module] of Object.entries(resources)) {
		const operations = module.operations as Record<string, { description: INodeProperties[] }>;

		it(`${resource}: the Operation dropdown offers exactly the operations of its map`, () => {
			const offered = operationOptions(resource).map((o) => String(o.value));
			expect(offered.sort()).toEqual(Object.keys(operations).sort());
		});

		it(`${resource}: every operation's parameters are in the node's description`, () => {
			for (const [operation, { description }] of Object.entries(operations)) {
				for (const parameter of description) {
					expect({
						operation,
						parameter: parameter.name,
						shown: properties.includes(parameter),
					}).toEqual({ operation, parameter: parameter.name, shown: true });
				}
			}
		});
	}

	it("every operation has a row in the README's operations table", () => {
		const readme = readRoot('README.md');
		const missing: string[] = [];
		for (const resource of Object.keys(resources)) {
			const name = resourceNames.find((r) => r.value === resource)!.name;
			for (const { value } of operationOptions(resource)) {
				const row = new RegExp(`^\\| ${name} +\\| [^|]*\\(\`${String(value)}\`\\)`, 'm');
				if (!row.test(readme)) missing.push(`${name} › ${String(value)}`);
			}
		}
		expect(missing).toEqual([]);
	});
});

describe("the codex files (n8n's Docs links)", () => {
	const pkg = JSON.parse(readRoot('package.json')) as { repository: { url: string } };
	const repository = pkg.repository.url.replace(/^git\+/, '').replace(/\.git$/, '');
	const codex = (file: string) =>
		JSON.parse(readRoot(`nodes/TeleCrm/${file}`)) as {
			resources: Record<string, Array<{ url: string }>>;
		};

	// No #anchor: n8n 1.123 appends its ?utm_… parameters to the URL's end, after any fragment.
	it("point the Docs link at the node's own documentation page in the repository", () => {
		for (const [file, page] of [
			['TeleCrm.node.json', 'docs/operations.md'],
			['TeleCrmTrigger.node.json', 'docs/trigger.md'],
		]) {
			expect(codex(file).resources.primaryDocumentation).toEqual([
				{ url: `${repository}/blob/main/${page}` },
			]);
			expect(fs.existsSync(path.join(root, page))).toBe(true);
		}
	});

	it("keep telecrm's token page for the credential", () => {
		for (const file of ['TeleCrm.node.json', 'TeleCrmTrigger.node.json']) {
			expect(codex(file).resources.credentialDocumentation).toEqual([
				{ url: new TeleCrmSyncApi().documentationUrl },
			]);
		}
	});
});
