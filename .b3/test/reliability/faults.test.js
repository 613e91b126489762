'use strict';
Object.defineProperty(exports, '__esModule', { value: true });
const n8n_workflow_1 = require('n8n-workflow');
const report_cjs_1 = require('./report.cjs');
const transport_1 = require('../../nodes/TeleCrm/transport');
const harness_1 = require('../../engine/harness');
const sandboxed_1 = require('../support/sandboxed');
const t = (0, sandboxed_1.useSandbox)({ seed: 230 });
const TIMEOUT_MS = 600;
let phoneSeq = 0;
const phone = () => `9170${String(10000000 + ++phoneSeq)}`;
const withTimeout = (parameters) => ({
	...parameters,
	requestOptions: { timeout: TIMEOUT_MS },
});
function perItemWrite(name, match, onAmbiguous, build) {
	return {
		name,
		match,
		nth: 2,
		onAmbiguous,
		async run() {
			const { parameters, items, duplicates } = await build();
			const result = await t.run(withTimeout(parameters), items, true);
			return { result, itemsIn: items.length, check: duplicates };
		},
	};
}
const leadsWithPhone = (p) =>
	t.sandbox.state.leads.filter((l) => l.fields.phone === `91${p}`).length;
const families = [
	perItemWrite('lead:create', /^POST \/lead$/, 'recovered', async () => {
		const phones = [phone(), phone(), phone()];
		return {
			parameters: {
				resource: 'lead',
				operation: 'create',
				fields: (0, sandboxed_1.mapped)({ phone: '={{ $json.phone }}', name: 'Fault test' }),
			},
			items: phones.map((p) => ({ phone: p })),
			duplicates: () => phones.filter((p) => leadsWithPhone(p) > 1).length,
		};
	}),
	perItemWrite('lead:upsert', /^POST \/lead$/, 'recovered', async () => {
		const phones = [phone(), phone(), phone()];
		return {
			parameters: {
				resource: 'lead',
				operation: 'upsert',
				fields: (0, sandboxed_1.mapped)({ phone: '={{ $json.phone }}', name: 'Fault upsert' }),
			},
			items: phones.map((p) => ({ phone: p })),
			duplicates: () => phones.filter((p) => leadsWithPhone(p) > 1).length,
		};
	}),
	perItemWrite('lead:update', /^POST \/lead\/(?!search)[^/]+$/, 'recovered', async () => ({
		parameters: {
			resource: 'lead',
			operation: 'update',
			lead: (0, sandboxed_1.byId)('={{ $json.id }}'),
			fields: (0, sandboxed_1.mapped)({ city: 'Faultville' }),
		},
		items: t.sandbox.state.leads.slice(0, 3).map((l) => ({ id: l.id })),
		duplicates: () => 0,
	})),
	perItemWrite('action:create', /^POST \/lead\/[^/]+\/action$/, 'clear error', async () => {
		const leads = t.sandbox.state.leads.slice(3, 6);
		const before = leads.map((l) => l.actions.length);
		return {
			parameters: {
				resource: 'action',
				operation: 'create',
				lead: (0, sandboxed_1.byId)('={{ $json.id }}'),
				actionType: '1001',
				actionFields: (0, sandboxed_1.mapped)({ note: 'fault' }),
			},
			items: leads.map((l) => ({ id: l.id })),
			duplicates: () => leads.filter((l, i) => l.actions.length - before[i] > 1).length,
		};
	}),
	{
		name: 'lead:search Return All',
		match: /^POST \/lead\/search$/,
		nth: 2,
		onAmbiguous: 'recovered',
		async run() {
			const result = await t.run(
				withTimeout({ resource: 'lead', operation: 'search', returnAll: true, filters: {} }),
			);
			return {
				result,
				itemsIn: 1,
				check: () => (result.error || result.items.length === t.sandbox.state.leads.length ? 0 : 1),
			};
		},
	},
	{
		name: 'teamMember:getAll Return All',
		match: /^GET \/team-members$/,
		nth: 2,
		onAmbiguous: 'recovered',
		async run() {
			const result = await t.run(
				withTimeout({ resource: 'teamMember', operation: 'getAll', returnAll: true }),
			);
			return { result, itemsIn: 1, check: () => 0 };
		},
	},
	{
		name: 'loader (lead fields dropdown)',
		match: /^GET \/custom-fields$/,
		nth: 1,
		onAmbiguous: 'recovered',
		async run() {
			try {
				const options = await (0, harness_1.loadOptions)('getLeadFields', t.credentials());
				return {
					itemsIn: 1,
					check: () => (options.length === t.sandbox.state.fields.length ? 0 : 1),
				};
			} catch (error) {
				return { error: error, itemsIn: 1, check: () => 0 };
			}
		},
	},
];
const faults = [
	{
		name: '429 with Retry-After: 1',
		fault: { kind: 'status', status: 429, retryAfter: '1' },
		kind: 'retry',
	},
	{ name: '429 without Retry-After', fault: { kind: 'status', status: 429 }, kind: 'retry' },
	{ name: '503', fault: { kind: 'status', status: 503 }, kind: 'retry' },
	{ name: '500', fault: { kind: 'status', status: 500 }, kind: 'fail' },
	{ name: '502 HTML page, not processed', fault: { kind: 'html', status: 502 }, kind: 'ambiguous' },
	{
		name: '504 after processing',
		fault: { kind: 'status', status: 504, after: true },
		kind: 'ambiguous',
	},
	{ name: 'dropped connection, not processed', fault: { kind: 'drop' }, kind: 'ambiguous' },
	{
		name: 'dropped connection after processing',
		fault: { kind: 'drop', after: true },
		kind: 'ambiguous',
	},
	{
		name: 'slow answer past the timeout',
		fault: { kind: 'slow', delayMs: TIMEOUT_MS * 2 },
		kind: 'ambiguous',
		settleMs: TIMEOUT_MS * 2 + 300,
	},
	{ name: '200 with an empty body', fault: { kind: 'empty', status: 200 }, kind: 'ambiguous' },
	{ name: '200 with a malformed body', fault: { kind: 'malformed' }, kind: 'ambiguous' },
];
const savedDelay = transport_1.RETRY_POLICY.baseDelayMs;
beforeAll(() => {
	transport_1.RETRY_POLICY.baseDelayMs = 50;
});
afterAll(() => {
	transport_1.RETRY_POLICY.baseDelayMs = savedDelay;
	(0, report_cjs_1.writeResults)('faults');
});
afterEach(() => t.sandbox.faults.clear());
const cases = families.flatMap((family) =>
	faults.map((fault) => [family.name, fault.name, family, fault]),
);
it.each(cases)('%s under %s', async (_f, _c, family, fault) => {
	t.sandbox.faults.add({ ...fault.fault, match: family.match, skip: family.nth - 1 });
	const { result, error, itemsIn, check } = await family.run();
	if (fault.settleMs) await (0, n8n_workflow_1.sleep)(fault.settleMs);
	const expected =
		fault.kind === 'retry'
			? 'recovered'
			: fault.kind === 'fail'
				? 'clear error'
				: family.onAmbiguous;
	const outputs = result ? (0, sandboxed_1.json)(result) : [];
	const failed = error
		? [error.message]
		: outputs.filter((o) => o.error).map((o) => String(o.error));
	if (result?.error) failed.push(result.error.message);
	expect(t.sandbox.faults.log.injected).toBeGreaterThan(0);
	if (expected === 'recovered') {
		expect(failed).toEqual([]);
	} else {
		expect(failed).toHaveLength(1);
		expect(failed[0]).toMatch(/^(TeleCRM |Could not load lead fields from TeleCRM: TeleCRM )/);
		if (family.name === 'action:create' && fault.kind === 'ambiguous') {
			expect((0, sandboxed_1.json)(result)[1].description).toContain(
				'TeleCRM may have recorded the actions',
			);
		}
	}
	if (result && itemsIn > 1) {
		expect(result.items).toHaveLength(itemsIn);
		expect(result.items.map((i) => i.pairedItem)).toEqual(
			Array.from({ length: itemsIn }, (_, item) => ({ item })),
		);
	}
	const duplicates = check();
	expect(duplicates).toBe(0);
	(0, report_cjs_1.record)({
		suite: 'fault',
		family: family.name,
		case: fault.name,
		outcome: expected,
		itemsIn,
		itemsOut: result ? result.items.length : 1,
		perItem: itemsIn > 1,
		duplicates,
	});
});
//# sourceMappingURL=faults.test.js.map
