/**
 * The bench's measuring parts: the sandbox in its own process (with a simulated network
 * latency) and each scenario run in a fresh process, so its time and memory are its own.
 */
import axios from 'axios';

import type { SandboxCounts, SandboxInfo } from './n8nCompare.cjs';
import * as childProcess from 'node:child_process';
import * as path from 'node:path';

export interface Measure {
	wallMs: number;
	/** CPU time (user + system, µs) of the scenario's process in the timed part. */
	cpuUs: number;
	/** Of that, system time (sockets, memory). */
	cpuSystemUs: number;
	/** cpuUs over the scenario's input items (absent with none, as an idle poll). */
	cpuUsPerItem?: number;
	peakRssMb: number;
	peakDeltaMb: number;
	/** Output rows (node) or records handled (loops). */
	rows: number;
	/** Requests the sandbox answered during the timed part. */
	requests: number;
	/** Of those, GET requests: metadata, in the write scenarios. */
	metadataRequests?: number;
	/** What the Async endpoint dropped silently during the timed part. */
	asyncDrops?: number;
}

const build = path.join(process.cwd(), '.build');

export function startSandbox(
	leads: number,
	latency: number,
): Promise<{ child: childProcess.ChildProcess; info: SandboxInfo }> {
	const child = childProcess.spawn(process.execPath, [
		path.join(build, 'sandbox', 'cli.cjs'),
		...['--port', '0', '--seed', String(leads), '--latency', String(latency), '--json'],
	]);
	return new Promise((resolve, reject) => {
		let out = '';
		child.stdout.on('data', (chunk: Buffer) => {
			out += chunk.toString();
			if (out.includes('\n')) resolve({ child, info: JSON.parse(out.split('\n')[0]) });
		});
		child.once('exit', (code) => reject(new Error(`sandbox exited with ${code}`)));
	});
}

/**
 * Requests answered so far and the most at once since the last reading. Connection: close,
 * because the scenarios' spawnSync blocks this process past the server's keep-alive.
 */
export async function sandboxCounts(info: SandboxInfo): Promise<SandboxCounts> {
	const res = await axios.get(`${new URL(info.baseUrl).origin}/__sandbox/stats?resetMax=1`, {
		headers: { Connection: 'close' },
	});
	return res.data as SandboxCounts;
}

let runNo = 0;

/** A scenario's command line; each run writes leads with its own phones. */
function scenarioArgs(info: SandboxInfo, variant: string, items: number, inFlight: number) {
	// Ten-digit phones 9NNN######, stored as 919NNN######: above the seeded leads' 919000… to
	// 919158… (at 20,000 leads) and apart from each other.
	const prefix = `9${500 + runNo++}`;
	const args = JSON.stringify({ ...info, variant, items, inFlight, prefix });
	return [path.join(build, 'bench', 'scenario.cjs'), args];
}

function measureOf(variant: string, status: number | null, stdout: string, stderr: string) {
	if (status !== 0) throw new Error(`${variant} failed: ${stderr}`);
	return JSON.parse(stdout.trim().split('\n').pop()!) as Measure;
}

/** One run of a scenario (bench/scenario.cts), alone. */
export function measure(info: SandboxInfo, variant: string, items: number, inFlight = 1): Measure {
	const run = childProcess.spawnSync(
		process.execPath,
		scenarioArgs(info, variant, items, inFlight),
		{ encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
	);
	return measureOf(variant, run.status, run.stdout, run.stderr);
}

/**
 * One run of a scenario, in its own process, while others run beside it. The sandbox counts
 * the requests of every run at once: only the run's own time and CPU are its own.
 */
export async function measureBeside(
	info: SandboxInfo,
	variant: string,
	items: number,
	inFlight: number,
): Promise<Measure> {
	const child = childProcess.spawn(process.execPath, scenarioArgs(info, variant, items, inFlight));
	const [stdout, stderr] = [child.stdout, child.stderr].map((stream) => {
		const chunks: Buffer[] = [];
		stream.on('data', (chunk: Buffer) => chunks.push(chunk));
		return () => Buffer.concat(chunks).toString('utf8');
	});
	const status = await new Promise<number | null>((resolve) => child.once('close', resolve));
	return measureOf(variant, status, stdout(), stderr());
}

/** The run with the median wall time of `times` runs (short runs are noisy). */
export function medianOf(times: number, take: () => Measure): Measure {
	const runs = Array.from({ length: times }, take).sort((a, b) => a.wallMs - b.wallMs);
	return runs[Math.floor(runs.length / 2)];
}
