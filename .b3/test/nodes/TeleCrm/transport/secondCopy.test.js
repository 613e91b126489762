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
const n8nWorkflow = __importStar(require('n8n-workflow'));
const sandboxed_1 = require('../../../support/sandboxed');
const harness_1 = require('../../../../engine/harness');
const t = (0, sandboxed_1.useSandbox)({ seed: 12 });
let SecondCopyNode;
let secondCopy;
beforeAll(async () => {
	await jest.isolateModulesAsync(async () => {
		({ TeleCrm: SecondCopyNode } = await Promise.resolve().then(() =>
			__importStar(require('../../../../nodes/TeleCrm/TeleCrm.node')),
		));
		secondCopy = await Promise.resolve().then(() => __importStar(require('n8n-workflow')));
	});
});
const run = async (parameters) =>
	await (0, harness_1.runNode)({
		parameters,
		credentials: t.credentials(),
		nodeType: new SecondCopyNode(),
	});
const withPhone = (phone) => t.sandbox.state.leads.filter((l) => l.fields.phone === phone);
describe('the node with a second copy of n8n-workflow', () => {
	it('really is another copy: its error classes differ from the engine’s', () => {
		expect(secondCopy.NodeApiError).not.toBe(n8nWorkflow.NodeApiError);
	});
	it('retries a read whose connection dropped', async () => {
		const lead = t.sandbox.state.leads[0];
		t.sandbox.faults.add({ kind: 'drop', match: /^GET \/lead\// });
		const result = await run({
			resource: 'lead',
			operation: 'get',
			lead: (0, sandboxed_1.byId)(lead.id),
		});
		expect(result.error).toBeUndefined();
		expect((0, sandboxed_1.json)(result)[0].lead_id).toBe(lead.id);
		expect(t.sandbox.faults.log.byKind.drop).toBe(1);
	});
	it('finds a create whose answer was lost instead of creating it twice', async () => {
		t.sandbox.faults.add({ kind: 'drop', match: /^POST \/lead$/, after: true });
		const result = await run({
			resource: 'lead',
			operation: 'create',
			fields: (0, sandboxed_1.mapped)({ phone: '919855500001', name: 'Lost Answer' }),
		});
		expect(result.error).toBeUndefined();
		expect((0, sandboxed_1.json)(result)[0].recovered).toMatch(
			/answer to the create request was lost/,
		);
		expect(withPhone('919855500001')).toHaveLength(1);
	});
	it('Create or Update: a 409 after the lookup ends as an update', async () => {
		t.sandbox.onAnswer = async (request) => {
			if (!request.path.endsWith('/lead/search') || !request.body.includes('919855500002')) return;
			t.sandbox.onAnswer = undefined;
			await (0, sandboxed_1.createLeadElsewhere)(t.sandbox, {
				phone: '919855500002',
				name: 'From elsewhere',
			});
		};
		const result = await run({
			resource: 'lead',
			operation: 'upsert',
			fields: (0, sandboxed_1.mapped)({ phone: '919855500002', name: 'From n8n' }),
			matchStrategy: 'lookUpFirst',
		});
		expect(result.error).toBeUndefined();
		expect((0, sandboxed_1.json)(result)[0].result).toBe('updated');
		expect(withPhone('919855500002')).toHaveLength(1);
		expect(withPhone('919855500002')[0].fields.name).toBe('From n8n');
	});
});
//# sourceMappingURL=secondCopy.test.js.map
