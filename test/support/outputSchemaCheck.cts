/**
 * Jest setupFilesAfterEnv: after each test file, every output item the harness saw succeed (node
 * runs and polls) must fit its operation's or event's output schema, so the schemas n8n shows
 * before a run cannot drift from what the node outputs. With TELECRM_OUTPUT_SCHEMA_TALLY set to a
 * file, each test file appends a line: items checked, misfits, the test file.
 */
import * as fs from 'node:fs';

import { collectedOutputs, collectOutputs } from '../../engine/outputs';
import { misfits, outputSchemas } from './outputSchemas.cjs';

collectOutputs();

afterAll(() => {
	const outputs = collectedOutputs();
	const found = outputs.length ? misfits(outputSchemas(), outputs) : [];
	const tally = process.env.TELECRM_OUTPUT_SCHEMA_TALLY;
	if (tally) {
		const line = [outputs.length, found.length, expect.getState().testPath].join('\t');
		fs.appendFileSync(tally, `${line}\n`);
	}
	if (found.length) {
		throw new Error(
			`Output items that do not fit the package's output schemas (nodes/TeleCrm/__schema__):\n${found.join('\n')}`,
		);
	}
});
