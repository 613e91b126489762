/**
 * Run before the e2e suite: installs or repairs the cached n8n runtime, so that a failed
 * install stops the suite with one line naming the step, not one stack trace per test.
 */
import { ensureRuntime, RuntimeInstallError } from './n8nRuntime.cjs';

try {
	ensureRuntime((line) => process.stdout.write(`[n8n runtime] ${line}\n`));
} catch (error) {
	const message =
		error instanceof RuntimeInstallError ? error.message : `n8n runtime: ${String(error)}`;
	process.stderr.write(`${message}\n`);
	process.exit(1);
}
