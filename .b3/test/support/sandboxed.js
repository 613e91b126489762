'use strict';
var __importDefault =
	(this && this.__importDefault) ||
	function (mod) {
		return mod && mod.__esModule ? mod : { default: mod };
	};
Object.defineProperty(exports, '__esModule', { value: true });
exports.json = exports.byIdentifier = exports.byId = exports.autoMapped = exports.mapped = void 0;
exports.useSandbox = useSandbox;
exports.createLead = createLead;
exports.createLeadElsewhere = createLeadElsewhere;
const axios_1 = __importDefault(require('axios'));
const harness_1 = require('../../engine/harness');
const secrets_1 = require('../../engine/secrets');
const server_cjs_1 = require('../../sandbox/server.cjs');
function useSandbox(options = { seed: 60 }) {
	const ctx = {};
	beforeAll(async () => {
		ctx.sandbox = await (0, server_cjs_1.startSandbox)(options);
		(0, secrets_1.registerSecret)(ctx.sandbox.syncToken);
		(0, secrets_1.registerSecret)(ctx.sandbox.asyncToken);
		ctx.credentials = () => ({
			enterpriseId: ctx.sandbox.enterpriseId,
			syncToken: ctx.sandbox.syncToken,
			baseUrl: ctx.sandbox.baseUrl,
			asyncToken: ctx.sandbox.asyncToken,
			asyncBaseUrl: ctx.sandbox.asyncBaseUrl,
		});
		ctx.run = async (parameters, items, continueOnFail) =>
			await (0, harness_1.runNode)({
				parameters,
				items,
				continueOnFail,
				credentials: ctx.credentials(),
			});
		ctx.mark = () => ctx.sandbox.requests.length;
		ctx.since = (mark) => ctx.sandbox.requests.slice(mark);
	});
	afterAll(async () => {
		await ctx.sandbox.stop();
	});
	return ctx;
}
const mapped = (value) => ({
	mappingMode: 'defineBelow',
	value,
	matchingColumns: [],
	schema: [],
});
exports.mapped = mapped;
const autoMapped = () => ({
	mappingMode: 'autoMapInputData',
	value: null,
	matchingColumns: [],
	schema: [],
});
exports.autoMapped = autoMapped;
const byId = (value) => ({ __rl: true, mode: 'id', value });
exports.byId = byId;
const byIdentifier = (value) => ({ __rl: true, mode: 'identifier', value });
exports.byIdentifier = byIdentifier;
const json = (result) => result.items.map((i) => i.json);
exports.json = json;
async function createLead(t, phone, name) {
	const result = await t.run({
		resource: 'lead',
		operation: 'create',
		fields: (0, exports.mapped)({ phone, name }),
	});
	return (0, exports.json)(result)[0].lead_id;
}
async function createLeadElsewhere(sandbox, fields) {
	await axios_1.default.post(
		`${sandbox.baseUrl}/enterprise/${sandbox.enterpriseId}/lead`,
		{ fields },
		{ headers: { Authorization: `Bearer ${sandbox.syncToken}` } },
	);
}
//# sourceMappingURL=sandboxed.js.map
