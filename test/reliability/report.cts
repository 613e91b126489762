/** Figures the reliability suites collect, written for `node scripts/reliability-report.js` to print. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { leaks, scanned } from '../../engine/secrets';

export interface CaseResult {
	suite: 'fault' | 'bad input';
	family: string;
	case: string;
	outcome: 'recovered' | 'clear error' | 'refused before sending' | 'converted';
	itemsIn: number;
	/** Output items; for list operations (one item in, many rows out) the rows. */
	itemsOut: number;
	/** True where one input item must give exactly one output item (or one error). */
	perItem: boolean;
	duplicates: number;
}

/** One hostile answer (test/reliability/hostile.test.ts) and what it cost the node. */
export interface HostileResult {
	target: string;
	kind: string;
	/** The item's error, as the user reads it. */
	error: string;
	/** The event loop's longest block during the run (ms). */
	blockMs: number;
	/** From the run's start to the item's error (ms). */
	ms: number;
	/** The most that may take: every attempt's Timeout and the backoff between them (ms). */
	budgetMs: number;
	/** Requests sent to the hostile host (attempts). */
	attempts: number;
	/** Requests that reached another origin (a followed redirect), and those with Authorization. */
	elsewhere: number;
	authorizationElsewhere: number;
}

const results: CaseResult[] = [];
const hostile: HostileResult[] = [];

export function record(result: CaseResult): void {
	results.push(result);
}

export function recordHostile(result: HostileResult): void {
	hostile.push(result);
}

/** Writes this file's figures (and its secret scan) under .build/reliability/. */
export function writeResults(name: string): void {
	const dir = path.join(process.cwd(), '.build', 'reliability');
	fs.mkdirSync(dir, { recursive: true });
	fs.writeFileSync(
		path.join(dir, `${name}.json`),
		JSON.stringify({ results, hostile, scan: { ...scanned(), leaks: leaks().length } }, null, 2),
	);
}
