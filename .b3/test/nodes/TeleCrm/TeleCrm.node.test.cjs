'use strict';
var __createBinding =
	(this && this.__createBinding) ||
	(Object.create
		? function (o, m, k, k2) {
				if (k2 === undefined) k2 = k;
				var desc = Object.getOwnPropertyDescriptor(m, k);
				if (!desc || ('get' in desc ? !m.__esModule : desc.writable || desc.configurable)) {
					desc = {
						enumerable: true,
						get: function () {
							return m[k];
						},
					};
				}
				Object.defineProperty(o, k2, desc);
			}
		: function (o, m, k, k2) {
				if (k2 === undefined) k2 = k;
				o[k2] = m[k];
			});
var __setModuleDefault =
	(this && this.__setModuleDefault) ||
	(Object.create
		? function (o, v) {
				Object.defineProperty(o, 'default', { enumerable: true, value: v });
			}
		: function (o, v) {
				o['default'] = v;
			});
var __importStar =
	(this && this.__importStar) ||
	(function () {
		var ownKeys = function (o) {
			ownKeys =
				Object.getOwnPropertyNames ||
				function (o) {
					var ar = [];
					for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
					return ar;
				};
			return ownKeys(o);
		};
		return function (mod) {
			if (mod && mod.__esModule) return mod;
			var result = {};
			if (mod != null)
				for (var k = ownKeys(mod), i = 0; i < k.length; i++)
					if (k[i] !== 'default') __createBinding(result, mod, k[i]);
			__setModuleDefault(result, mod);
			return result;
		};
	})();
Object.defineProperty(exports, '__esModule', { value: true });
const fs = __importStar(require('node:fs'));
const path = __importStar(require('node:path'));
const action = __importStar(require('../../../nodes/TeleCrm/actions/action'));
const lead = __importStar(require('../../../nodes/TeleCrm/actions/lead'));
const teamMember = __importStar(require('../../../nodes/TeleCrm/actions/teamMember'));
const workspace = __importStar(require('../../../nodes/TeleCrm/actions/workspace'));
const TeleCrm_node_1 = require('../../../nodes/TeleCrm/TeleCrm.node');
const resources = { action, lead, teamMember, workspace };
const properties = new TeleCrm_node_1.TeleCrm().description.properties;
const resourceNames = properties.find((p) => p.name === 'resource').options ?? [];
function operationOptions(resource) {
	const dropdown = properties.find(
		(p) => p.name === 'operation' && p.displayOptions?.show?.resource?.includes(resource),
	);
	return dropdown?.options ?? [];
}
describe('the TeleCRM node description', () => {
	for (const [resource, module] of Object.entries(resources)) {
		const operations = module.operations;
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
		const root = [path.resolve(__dirname, '../../..'), path.resolve(__dirname, '../../../..')].find(
			(dir) => fs.existsSync(path.join(dir, 'CONTRIBUTING.md')),
		);
		const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8');
		const missing = [];
		for (const resource of Object.keys(resources)) {
			const name = resourceNames.find((r) => r.value === resource).name;
			for (const { value } of operationOptions(resource)) {
				const row = new RegExp(`^\\| ${name} +\\| [^|]*\\(\`${String(value)}\`\\)`, 'm');
				if (!row.test(readme)) missing.push(`${name} › ${String(value)}`);
			}
		}
		expect(missing).toEqual([]);
	});
});
//# sourceMappingURL=TeleCrm.node.test.cjs.map
