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
var __importDefault =
	(this && this.__importDefault) ||
	function (mod) {
		return mod && mod.__esModule ? mod : { default: mod };
	};
Object.defineProperty(exports, '__esModule', { value: true });
require('../dev/engineEnv.cjs');
const axios_1 = __importDefault(require('axios'));
const baseline_cjs_1 = require('./baseline.cjs');
const measure_cjs_1 = require('./measure.cjs');
const harness_1 = require('../engine/harness');
const secrets_1 = require('../engine/secrets');
const fs = __importStar(require('node:fs'));
const http = __importStar(require('node:http'));
const promises_1 = require('node:inspector/promises');
const path = __importStar(require('node:path'));
const clock = __importStar(require('node:timers'));
const args = JSON.parse(process.argv[2]);
(0, secrets_1.stopRecording)();
const api = `${args.baseUrl}/enterprise/${args.enterpriseId}`;
const headers = { Authorization: `Bearer ${args.syncToken}` };
const credentials = {
	enterpriseId: args.enterpriseId,
	syncToken: args.syncToken,
	baseUrl: args.baseUrl,
};
const people = (n) =>
	Array.from({ length: n }, (_, i) => ({
		phone: `${args.prefix}${String(i).padStart(6, '0')}`,
		name: `Bench Lead ${i}`,
		email: `bench${i}@example.com`,
	}));
async function inParallel(rows, send) {
	let next = 0;
	const worker = async () => {
		while (next < rows.length) await send(rows[next++]);
	};
	await Promise.all(Array.from({ length: args.inFlight }, worker));
	return rows.length;
}
const axiosLoop =
	(body = {}, config = () => ({})) =>
	async () =>
		await inParallel(people(args.items), async (fields) => {
			await axios_1.default.post(`${api}/lead`, { fields, ...body }, { headers, ...config() });
		});
const axiosCreate = axiosLoop();
const axiosCreateWithVisit = axiosLoop({
	actions: [{ type: '1001', fields: { note: 'bench visit' } }],
});
const axiosCreateFresh = axiosLoop({}, () => ({ httpAgent: new http.Agent() }));
async function n8nRequestHelper() {
	const from = { paths: [path.dirname(require.resolve('n8n-core'))] };
	const di = await Promise.resolve(`${require.resolve('@n8n/di', from)}`).then((s) =>
		__importStar(require(s)),
	);
	const network = await Promise.resolve(`${require.resolve('@n8n/backend-network', from)}`).then(
		(s) => __importStar(require(s)),
	);
	return di.Container.get(network.OutboundHttp).requests().request;
}
async function helperCreate() {
	const request = await n8nRequestHelper();
	return await inParallel(people(args.items), async (fields) => {
		await request({
			method: 'POST',
			baseURL: args.baseUrl,
			url: `/enterprise/${args.enterpriseId}/lead`,
			headers: { ...headers, 'Content-Type': 'application/json' },
			body: { fields },
			json: true,
			returnFullResponse: true,
			ignoreHttpStatusErrors: true,
			disableFollowRedirect: true,
		});
	});
}
async function axiosSearch() {
	const rows = [];
	for (let skip = 0; ; skip += 100) {
		const page = (
			await axios_1.default.post(
				`${api}/lead/search`,
				{},
				{ headers, params: { skip, limit: 100 } },
			)
		).data;
		rows.push(...page.data);
		if (page.data.length < 100 || rows.length >= page.total_count) break;
	}
	return rows.length;
}
async function nodeType(baseline) {
	if (!baseline) return undefined;
	const { file, reason } = (0, baseline_cjs_1.ensureBaselineNode)();
	if (!file) throw new Error(reason);
	const { TeleCrm } = await Promise.resolve(`${file}`).then((s) => __importStar(require(s)));
	return new TeleCrm();
}
async function nodeRun(parameters, items, baseline = false) {
	const result = await (0, harness_1.runNode)({
		parameters,
		items,
		credentials,
		continueOnFail: true,
		nodeType: await nodeType(baseline),
	});
	if (result.error) throw new Error(result.error.message);
	const errors = result.items.filter((i) => i.json.error);
	if (errors.length)
		throw new Error(`${errors.length} items failed: ${String(errors[0].json.error)}`);
	return result.items.length;
}
const returnAll = { resource: 'lead', operation: 'search', returnAll: true, filters: {} };
const autoMap = { mappingMode: 'autoMapInputData', value: null, matchingColumns: [], schema: [] };
const byExpressions = {
	mappingMode: 'defineBelow',
	value: { phone: '={{ $json.phone }}', name: '={{ $json.name }}', email: '={{ $json.email }}' },
	matchingColumns: [],
	schema: [],
};
const nodeWrite = async (operation, fields, rows = people(args.items), baseline = false) =>
	await nodeRun(
		{
			resource: 'lead',
			operation,
			fields: fields,
			requestOptions: { itemsInFlight: args.inFlight },
		},
		rows,
		baseline,
	);
function upsert(existing, baseline = false) {
	const rows = people(args.items);
	return {
		setup: async () => {
			await nodeType(baseline);
			await inParallel(rows.slice(0, existing(rows.length)), async (fields) => {
				await axios_1.default.post(`${api}/lead`, { fields }, { headers });
			});
		},
		run: async () =>
			await nodeWrite(
				'upsert',
				autoMap,
				rows.map((p) => ({ ...p, name: `${String(p.name)} (upserted)` })),
				baseline,
			),
	};
}
function formExecutions(baseline = false) {
	const rows = people(args.items);
	return {
		setup: async () => {
			await nodeType(baseline);
			for (const fields of rows.filter((_, i) => i % 10 === 0))
				await axios_1.default.post(`${api}/lead`, { fields }, { headers });
		},
		run: async () => {
			for (const row of rows) await nodeWrite('upsert', autoMap, [row], baseline);
			return rows.length;
		},
	};
}
function timelineByIdentifier(baseline = false) {
	return {
		setup: async () => {
			await nodeType(baseline);
			await axiosCreate();
		},
		run: async () =>
			await nodeRun(
				{
					resource: 'action',
					operation: 'create',
					lead: { __rl: true, mode: 'identifier', value: '={{ $json.phone }}' },
					actionType: '1001',
					actionFields: {
						mappingMode: 'defineBelow',
						value: { note: 'bench visit' },
						matchingColumns: [],
						schema: [],
					},
					requestOptions: { itemsInFlight: args.inFlight },
				},
				people(args.items),
				baseline,
			),
	};
}
function triggerPoll(event, before) {
	const staticData = {};
	const poll = async () => {
		const outcome = await (0, harness_1.runPoll)({
			parameters: { event },
			credentials,
			staticData,
		});
		if (outcome.error) throw outcome.error;
		return outcome.items?.length ?? 0;
	};
	return {
		setup: async () => {
			await poll();
			await before();
		},
		run: poll,
	};
}
const variants = {
	'axios-create': () => ({ run: axiosCreate }),
	'axios-create-fresh': () => ({ run: axiosCreateFresh }),
	'helper-create': () => ({ run: helperCreate }),
	'node-create': () => ({ run: async () => await nodeWrite('create', autoMap) }),
	'node-create-expressions': () => ({ run: async () => await nodeWrite('create', byExpressions) }),
	'node-upsert-new': () => upsert(() => 0),
	'node-upsert-existing': () => upsert((n) => n),
	'node-upsert-half': () => upsert((n) => Math.floor(n / 2)),
	'baseline-upsert-new': () => upsert(() => 0, true),
	'baseline-upsert-existing': () => upsert((n) => n, true),
	'baseline-upsert-half': () => upsert((n) => Math.floor(n / 2), true),
	'node-form-executions': () => formExecutions(),
	'baseline-form-executions': () => formExecutions(true),
	'node-timeline-by-identifier': () => timelineByIdentifier(),
	'baseline-timeline-by-identifier': () => timelineByIdentifier(true),
	'axios-search': () => ({ run: axiosSearch }),
	'node-search': () => ({ run: async () => await nodeRun(returnAll, [{}]) }),
	'node-search-raw-dates': () => ({
		run: async () => await nodeRun({ ...returnAll, requestOptions: { dates: 'raw' } }, [{}]),
	}),
	'node-convert': () => ({
		run: async () =>
			await nodeRun(
				{ resource: 'lead', operation: 'create', fields: autoMap },
				people(args.items).map((p, i) => ({
					...p,
					follow_up_date: new Date(Date.UTC(2026, 11, 1 + (i % 28))).toISOString(),
					interests: 'Villa, Plot',
					status: 'qualified',
					contact_source: 'Website',
					rating: String(1 + (i % 5)),
					deal_size: 1000 + i,
				})),
			),
	}),
	'trigger-idle': () => triggerPoll('newLead', async () => {}),
	'trigger-new-leads': () => triggerPoll('newLead', axiosCreate),
	'trigger-new-actions': () => triggerPoll('newAction', axiosCreateWithVisit),
};
async function profiled(run) {
	const file = process.env.BENCH_CPU_PROFILE;
	if (!file) return await run();
	const session = new promises_1.Session();
	session.connect();
	await session.post('Profiler.enable');
	await session.post('Profiler.start');
	const result = await run();
	const { profile } = await session.post('Profiler.stop');
	fs.writeFileSync(file, JSON.stringify(profile));
	session.disconnect();
	return result;
}
async function main() {
	const make = variants[args.variant];
	if (!make) throw new Error(`unknown variant ${args.variant}`);
	const variant = make();
	await variant.setup?.();
	const before = await (0, measure_cjs_1.sandboxCounts)(args);
	const baseline = process.memoryUsage().rss;
	let peak = baseline;
	const sampler = clock.setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 10);
	const started = process.hrtime.bigint();
	const rows = await profiled(variant.run);
	const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
	clock.clearInterval(sampler);
	peak = Math.max(peak, process.memoryUsage().rss);
	const after = await (0, measure_cjs_1.sandboxCounts)(args);
	const requests = after.requests - before.requests;
	const metadataRequests = (after.gets ?? 0) - (before.gets ?? 0);
	const mb = (bytes) => Math.round((bytes / 1048576) * 10) / 10;
	process.stdout.write(
		JSON.stringify({
			wallMs: Math.round(wallMs),
			peakRssMb: mb(peak),
			peakDeltaMb: mb(peak - baseline),
			rows,
			requests,
			metadataRequests,
		}) + '\n',
	);
}
main().catch((error) => {
	process.stderr.write(`bench scenario failed: ${error.message}\n`);
	process.exit(1);
});
//# sourceMappingURL=scenario.cjs.map
