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
const childProcess = __importStar(require('node:child_process'));
const fs = __importStar(require('node:fs'));
const os = __importStar(require('node:os'));
const path = __importStar(require('node:path'));
it('bench runs every scenario and counts requests as designed', async () => {
	const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'bench-')), 'results.json');
	const args = [
		path.join(process.cwd(), '.build', 'bench', 'run.cjs'),
		'--items',
		'20',
		'--leads',
		'250',
		'--latency',
		'1',
		'--no-n8n',
		'--repeat',
		'1',
		'--out',
		out,
	];
	const child = childProcess.spawn(process.execPath, args);
	let stdout = '';
	child.stdout.on('data', (chunk) => (stdout += chunk.toString()));
	expect(await new Promise((resolve) => child.once('close', resolve))).toBe(0);
	expect(stdout).toContain('| Measure');
	const { figures, raw } = JSON.parse(fs.readFileSync(out, 'utf8'));
	expect(raw.nodeSearch.rows).toBe(250);
	expect(figures.returnAllRequests).toEqual({
		node: 4,
		axios: 3,
		expected: 4,
		nodeRawDates: 3,
		expectedRawDates: 3,
	});
	expect(figures.createRequestsPerItem).toBeCloseTo(1.05, 2);
	expect(figures.createMetadataRequests).toBe(1);
	expect(Object.values(figures.metadataRequestsPerExecution)).toEqual([2, 2]);
	expect(figures.upsertRequestsPerItem).toEqual({ new: 1.05, existing: 1.05, half: 1.05 });
	expect(raw.upsert.half.baseline.requests - raw.upsert.half.baseline.metadataRequests).toBe(40);
	expect(figures.formRequestsPerExecution).toEqual({ node: 1.2, baseline: 2, metadata: 1 });
	expect(raw.timelineByIdentifier.node.requests).toBe(23);
	expect(figures.trigger).toEqual({
		idleRequests: 1,
		newLeadsRequests: 2,
		newLeadsExpected: 2,
		newLeadsEmitted: 20,
		newActionsRequests: 4,
		newActionsExpected: 4,
		newActionsEmitted: 2,
	});
	for (const inFlight of ['1', '8', '32'])
		for (const variant of ['axios-create', 'axios-create-fresh', 'helper-create', 'node-create'])
			expect(raw.create[inFlight][variant]).toMatchObject({ rows: 20 });
}, 120000);
//# sourceMappingURL=run.test.cjs.map
