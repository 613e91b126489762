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
const harness_1 = require('../../../../engine/harness');
const sandboxed_1 = require('../../../support/sandboxed');
const t = (0, sandboxed_1.useSandbox)({ seed: 130 });
describe('loadOptions', () => {
	it('lists lead fields with their types, the identifier marked', async () => {
		const options = await (0, harness_1.loadOptions)('getLeadFields', t.credentials());
		expect(options).toContainEqual({
			name: 'phone (identifier)',
			value: 'phone',
			description: 'PHONE: Primary phone, the lead identifier',
		});
		expect(options.map((o) => o.value)).toHaveLength(t.sandbox.state.fields.length);
	});
	it('lists custom actions by bare code, and adds Payment or the built-in types where they apply', async () => {
		expect(await (0, harness_1.loadOptions)('getCustomActions', t.credentials())).toEqual([
			{ name: 'Demo Booked (1002)', value: '1002' },
			{ name: 'Form Submission (1003)', value: '1003' },
			{ name: 'Quote Sent (1004)', value: '1004' },
			{ name: 'Site Visit (1001)', value: '1001' },
		]);
		const writable = await (0, harness_1.loadOptions)('getWritableActionTypes', t.credentials());
		expect(writable.at(-1)).toEqual({ name: 'Payment', value: 'PAYMENT' });
		const all = (await (0, harness_1.loadOptions)('getActionTypes', t.credentials())).map(
			(o) => o.value,
		);
		expect(all).toEqual(
			expect.arrayContaining(['1001', 'PAYMENT', 'OUTGOING_CALL', 'INCOMING_WHATSAPP_MSG']),
		);
	});
	it('lists every custom action field as "Action › field"', async () => {
		const options = await (0, harness_1.loadOptions)('getCustomActionFields', t.credentials());
		expect(options).toContainEqual({
			name: 'Site Visit › outcome',
			value: '1001.outcome',
			description: 'dropdown',
		});
		expect(options).toHaveLength(12);
	});
	it("lists only the fields of the entry's own custom action once one is chosen", async () => {
		const parameters = {
			resource: 'action',
			operation: 'create',
			additionalActions: {
				custom: [
					{ type: '1002', fieldValues: { values: [] } },
					{ type: '1001', fieldValues: { values: [{ field: '', value: '' }] } },
				],
			},
		};
		const options = await (0, harness_1.loadOptions)(
			'getCustomActionFields',
			t.credentials(),
			parameters,
			'parameters.additionalActions.custom[1].fieldValues.values[0].field',
		);
		expect(options).toEqual([
			{ name: 'note', value: 'note', description: 'text' },
			{ name: 'outcome', value: 'outcome', description: 'dropdown' },
			{ name: 'visit_date', value: 'visit_date', description: 'date' },
		]);
	});
	it('lists statuses (archived marked) and team members (active ones and lost reasons: see the mapper columns)', async () => {
		const statuses = await (0, harness_1.loadOptions)('getStatuses', t.credentials());
		expect(statuses).toContainEqual({
			name: 'Old Lead (archived)',
			value: 'Old Lead',
			description: 'Stage OPEN',
		});
		const members = await (0, harness_1.loadOptions)('getTeamMembers', t.credentials());
		expect(members).toHaveLength(
			t.sandbox.state.members.filter((m) => m.status !== 'Deleted').length,
		);
		expect(members[0]).toEqual({
			name: 'Asha Admin (asha.admin@sandbox-telecrm.test)',
			value: 'asha.admin@sandbox-telecrm.test',
			description: 'Active',
		});
	});
	it('fails with a readable message when the credential is wrong, and follows a credential change', async () => {
		await expect(
			(0, harness_1.loadOptions)('getLeadFields', {
				...t.credentials(),
				syncToken: t.sandbox.asyncToken,
			}),
		).rejects.toThrow(
			'Could not load lead fields from TeleCRM: TeleCRM NOT_AUTHORIZED: This is an Async token; the Sync API needs a Sync token',
		);
		const { startSandbox } = await Promise.resolve().then(() =>
			__importStar(require('../../../../sandbox/server.cjs')),
		);
		const other = await startSandbox({ seed: 1 });
		try {
			other.state.customActions.push({
				...other.state.customActions[0],
				code: 'ACTION_2001',
				displayName: 'Other Workspace Action',
			});
			const otherCredentials = {
				enterpriseId: other.enterpriseId,
				syncToken: other.syncToken,
				baseUrl: other.baseUrl,
			};
			expect(
				(await (0, harness_1.loadOptions)('getCustomActions', otherCredentials)).map(
					(o) => o.value,
				),
			).toContain('2001');
			expect(
				(await (0, harness_1.loadOptions)('getCustomActions', t.credentials())).map((o) => o.value),
			).not.toContain('2001');
		} finally {
			await other.stop();
		}
	});
});
//# sourceMappingURL=loadOptions.test.js.map
