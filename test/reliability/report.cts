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

const results: CaseResult[] = [];

export function record(result: CaseResult): void {
	results.push(result);
}

/** Writes this file's figures (and its secret scan) under .build/reliability/. */
export function writeResults(name: string): void {
	const dir = path.join(process.cwd(), '.build', 'reliability');
	fs.mkdirSync(dir, { recursive: true });
	fs.writeFileSync(
		path.join(dir, `${name}.json`),
		JSON.stringify({ results, scan: { ...scanned(), leaks: leaks().length } }, null, 2),
	);
}
