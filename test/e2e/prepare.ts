/**
 * Run before the e2e suite: installs or repairs the cached n8n runtime, so that a failed
 * install stops the suite with one line naming the step, not one stack trace per test.
 */
import { ensureRuntime, RuntimeInstallError } from './n8nRuntime';
import { proc } from '../support/platform';

try {
	ensureRuntime((line) => proc.stdout.write(`[n8n runtime] ${line}\n`));
} catch (error) {
	const message =
		error instanceof RuntimeInstallError ? error.message : `n8n runtime: ${String(error)}`;
	proc.stderr.write(`${message}\n`);
	proc.exit(1);
}
