/** npm run bench works end to end (tiny sizes; the figures themselves are the bench's job). */
import * as childProcess from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

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
	child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
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
	// The report: 7 statuses + 12 members + 2 others searches, the pipeline, 2 team pages;
	// Return All: 3 pages and the field definitions.
	expect(figures.report).toMatchObject({ leads: 250, countRequests: 24, returnAllRequests: 4 });
	expect(raw.report.returnAll.rows).toBe(250);
	expect(figures.createRequestsPerItem).toBeCloseTo(1.05, 2);
	expect(figures.createMetadataRequests).toBe(1);
	expect(Object.values(figures.metadataRequestsPerExecution)).toEqual([2, 2]);
	// Create or Update: one search for all 20 items, then one write each (metadata apart);
	// the node before batched lookups searched once per item.
	expect(figures.upsertRequestsPerItem).toEqual({ new: 1.05, existing: 1.05, half: 1.05 });
	expect(raw.upsert.half.baseline.requests - raw.upsert.half.baseline.metadataRequests).toBe(40);
	// Ten one-item executions, one returning: 9 × 1 (create) + 1 × 3 (create, 409, search, update).
	// The definitions are read once in the process, not once per execution: 1.2 + 0.1.
	expect(figures.formRequestsPerExecution).toEqual({
		node: 1.2,
		baseline: 2,
		metadata: 0.1,
		total: 1.3,
		baselineTotal: 3,
	});
	// Return All again in the same process reads no definitions.
	expect(figures.returnAllSecondRunMetadata).toBe(0);
	// Timeline Create By Identifier: one search for 20 leads, 20 writes, 2 metadata.
	expect(raw.timelineByIdentifier.node.requests).toBe(23);
	// Queued: one Async request per lead, paced at 200 ms; Confirm's one search for 20 leads.
	expect(figures.queued).toMatchObject({
		requestsPerLead: 1,
		confirmLookupsPerLead: 0.05,
		drops: 0,
	});
	expect(figures.queued.seconds).toBeGreaterThanOrEqual(3.8);
	expect(figures.trigger).toEqual({
		idleRequests: 1,
		newLeadsRequests: 2,
		newLeadsExpected: 2,
		newLeadsEmitted: 20,
		// Two leads with a visit: one lead search, one timeline search each, one custom-actions.
		newActionsRequests: 4,
		newActionsExpected: 4,
		newActionsEmitted: 2,
	});
	for (const inFlight of ['1', '8', '32'])
		for (const variant of [
			'axios-create',
			'axios-create-fresh',
			'helper-create',
			'auth-create',
			'node-create',
		])
			expect(raw.create[inFlight][variant]).toMatchObject({ rows: 20 });
	// Each run's CPU in its timed part. The CPU figure: node and floor side by side, started
	// first in turn, 3 × --repeat pairs at most, 10 items (a fifth, at least 10) one at a time.
	expect(raw.create['32']['node-create'].cpuUs).toBeGreaterThan(0);
	expect(figures.createCpuUsPerItem['8']['auth-create']).toBeGreaterThan(0);
	for (const inFlight of ['1', '8', '32']) {
		const cpu = raw.cpu[inFlight];
		expect(cpu.runs.map((r: { nodeFirst: boolean }) => r.nodeFirst)).toEqual(
			[true, false, true].slice(0, cpu.repeats),
		);
		expect(cpu.runs[0].node.cpuUsPerItem).toBeGreaterThan(0);
		expect(figures.createCpuVsAuthenticatedFloor[inFlight]).toMatchObject({
			items: inFlight === '1' ? 10 : 20,
			ratio: expect.any(Number),
		});
	}
	expect(stdout).toContain('32 in flight: CPU per item vs httpRequestWithAuthentication');
}, 240000);
