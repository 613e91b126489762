/**
 * npm run test:e2e: the real-n8n suite once per tested n8n release (TELECRM_N8N_MATRIX picks
 * some, e.g. "1.x"). Each release's runtime is installed or repaired first, so a failed
 * install stops that release with one line naming the step, not a stack trace per test.
 */
import * as childProcess from 'node:child_process';
import * as path from 'node:path';

import { matrixReleases } from '../../dev/n8nReleases.cjs';
import { ensureRuntime, RuntimeInstallError } from '../../dev/n8nRuntime.cjs';

const say = (line: string) => process.stdout.write(`[e2e matrix] ${line}\n`);

function runSuite(version: string, jestArgs: string[]): boolean {
	const jest = path.join(process.cwd(), 'node_modules', 'jest', 'bin', 'jest.js');
	const result = childProcess.spawnSync(
		process.execPath,
		[jest, '-c', 'jest.e2e.config.js', ...jestArgs],
		{ stdio: 'inherit', env: { ...process.env, TELECRM_N8N: version } },
	);
	return result.status === 0;
}

function main(): void {
	const outcomes: string[] = [];
	for (const release of matrixReleases()) {
		const name = `n8n ${release.version} (${release.line})`;
		say(`== ${name}`);
		let passed = false;
		try {
			ensureRuntime((line) => say(line), release);
			passed = runSuite(release.version, process.argv.slice(2));
		} catch (error) {
			const message =
				error instanceof RuntimeInstallError ? error.message : `n8n runtime: ${String(error)}`;
			process.stderr.write(`${message}\n`);
		}
		outcomes.push(`${name}: ${passed ? 'passed' : 'FAILED'}`);
	}
	for (const line of outcomes) say(line);
	process.exitCode = outcomes.every((line) => line.endsWith('passed')) ? 0 : 1;
}

main();
