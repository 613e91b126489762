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
exports.n8nInstalled = n8nInstalled;
exports.compareWithHttpRequestNode = compareWithHttpRequestNode;
const n8nRuntime_cjs_1 = require('../dev/n8nRuntime.cjs');
const n8nReleases_cjs_1 = require('../dev/n8nReleases.cjs');
const fs = __importStar(require('node:fs'));
const os = __importStar(require('node:os'));
const path = __importStar(require('node:path'));
function n8nInstalled() {
	return fs.existsSync(path.join((0, n8nRuntime_cjs_1.runtimeDir)(), '.complete'));
}
const link = (...names) => ({
	main: names.map((name) => (name ? [{ node: name, type: 'main', index: 0 }] : [])),
});
function workflow(id, items, prefix, steps, wiring) {
	const generator = {
		name: 'Make items',
		type: 'n8n-nodes-base.code',
		typeVersion: 2,
		parameters: {
			jsCode: `return Array.from({ length: ${items} }, (_, i) => ({ json: { phone: '${prefix}' + String(i).padStart(6, '0'), name: 'Bench ' + i, email: 'bench' + i + '@example.com' } }));`,
		},
	};
	const trigger = {
		name: 'Run now',
		type: 'n8n-nodes-base.manualTrigger',
		typeVersion: 1,
		parameters: {},
	};
	const nodes = [trigger, generator, ...steps].map((node, i) => ({
		id: `b${i}`,
		position: [i * 200, 0],
		...node,
	}));
	const chain = {};
	nodes.slice(0, -1).forEach((node, i) => (chain[node.name] = link(nodes[i + 1].name)));
	return {
		id,
		name: id,
		active: false,
		nodes,
		connections: { ...chain, ...wiring },
		settings: { executionOrder: 'v1' },
		pinData: {},
	};
}
function httpRequestNode(sandbox) {
	return {
		name: 'HTTP Request',
		type: 'n8n-nodes-base.httpRequest',
		typeVersion: 4.2,
		parameters: {
			method: 'POST',
			url: `${sandbox.baseUrl}/enterprise/${sandbox.enterpriseId}/lead`,
			sendHeaders: true,
			headerParameters: {
				parameters: [{ name: 'Authorization', value: `Bearer ${sandbox.syncToken}` }],
			},
			sendBody: true,
			specifyBody: 'json',
			jsonBody: '={{ JSON.stringify({ fields: $json }) }}',
			options: {},
		},
	};
}
const loopOverItems = {
	name: 'Loop Over Items',
	type: 'n8n-nodes-base.splitInBatches',
	typeVersion: 3,
	parameters: { batchSize: 32, options: {} },
};
const teleCrm = (itemsInFlight) => ({
	name: 'TeleCRM',
	type: 'n8n-nodes-telecrm.teleCrm',
	typeVersion: 1,
	credentials: { teleCrmSyncApi: { id: 'benchTeleCrm', name: 'TeleCRM sandbox' } },
	parameters: {
		resource: 'lead',
		operation: 'create',
		fields: { mappingMode: 'autoMapInputData', value: null, matchingColumns: [], schema: [] },
		requestOptions: { itemsInFlight },
	},
});
function nodeTime(result, names) {
	return names
		.flatMap((name) => result.runData[name] ?? [])
		.reduce((sum, run) => sum + (run.executionTime ?? 0), 0);
}
function importWorkflows(n8n, sandbox, items) {
	const http = httpRequestNode(sandbox);
	const loopWiring = {
		'Loop Over Items': link('', 'HTTP Request'),
		'HTTP Request': link('Loop Over Items'),
	};
	n8n.importJson('workflow', workflow('benchHttpAll', items, '919302', [http]));
	n8n.importJson(
		'workflow',
		workflow('benchHttpLoop32', items, '919303', [loopOverItems, http], loopWiring),
	);
	n8n.importJson('workflow', workflow('benchTeleCrmOne', items, '919304', [teleCrm(1)]));
	n8n.importJson('workflow', workflow('benchTeleCrm32', items, '919305', [teleCrm(32)]));
}
async function compareWithHttpRequestNode(sandbox, items, counts) {
	const work = fs.mkdtempSync(path.join(os.tmpdir(), 'telecrm-bench-n8n-'));
	const n8n = new n8nRuntime_cjs_1.N8nInstance({
		runtime: {
			bin: path.join((0, n8nRuntime_cjs_1.runtimeDir)(), 'node_modules', 'n8n', 'bin', 'n8n'),
			release: (0, n8nReleases_cjs_1.selectedRelease)(),
		},
		userFolder: work,
		port: 5900,
	});
	n8n.installPackage((0, n8nRuntime_cjs_1.packTarball)(work));
	n8n.importJson('credentials', [
		{ id: 'benchTeleCrm', name: 'TeleCRM sandbox', type: 'teleCrmSyncApi', data: sandbox },
	]);
	importWorkflows(n8n, sandbox, items);
	const timed = async (id, names) => {
		const before = await counts();
		const result = await n8n.execute(id);
		if (result.error) throw new Error(`${id}: ${result.error.message}`);
		const after = await counts();
		return {
			ms: nodeTime(result, names),
			requests: after.requests - before.requests,
			maxInFlight: after.maxInFlight,
		};
	};
	const http = ['HTTP Request'];
	const httpRequestAllAtOnce = await timed('benchHttpAll', http);
	const httpRequestBatchesOf32 = await timed('benchHttpLoop32', ['Loop Over Items', ...http]);
	const teleCrmOneAtATime = await timed('benchTeleCrmOne', ['TeleCRM']);
	const teleCrm32InFlight = await timed('benchTeleCrm32', ['TeleCRM']);
	fs.rmSync(work, { recursive: true, force: true });
	const ratio = (a, b) => Math.round((a.ms / b.ms) * 100) / 100;
	return {
		items,
		httpRequestAllAtOnce,
		httpRequestBatchesOf32,
		teleCrmOneAtATime,
		teleCrm32InFlight,
		ratio32VsAllAtOnce: ratio(teleCrm32InFlight, httpRequestAllAtOnce),
		ratio32VsBatchesOf32: ratio(teleCrm32InFlight, httpRequestBatchesOf32),
	};
}
//# sourceMappingURL=n8nCompare.cjs.map
