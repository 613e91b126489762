// n8n's verification analyser (@n8n/scan-community-package) over this package, offline: its CLI
// scans only published packages, so its exported analyzePackage runs on the source and on the
// unpacked `npm pack` tarball, as the CLI does for a published version. Any finding fails.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const VERSION = '0.32.0';
const root = resolve(import.meta.dirname, '..');
const home = join(root, '.toolchain', 'scanner');
const scanner = join(
	home,
	'node_modules',
	'@n8n',
	'scan-community-package',
	'scanner',
	'scanner.mjs',
);

if (!existsSync(scanner)) {
	mkdirSync(home, { recursive: true });
	execFileSync('npm', ['init', '-y'], { cwd: home, stdio: 'ignore' });
	// Scripts off: one of its lint plugins has a preinstall that only allows pnpm.
	const args = ['install', '--ignore-scripts', '--no-audit', '--no-fund', '--loglevel=error'];
	execFileSync('npm', [...args, `@n8n/scan-community-package@${VERSION}`], {
		cwd: home,
		stdio: 'inherit',
	});
}
const { analyzePackage, SOURCE_FILE_PATTERNS } = await import(pathToFileURL(scanner).href);

const work = mkdtempSync(join(tmpdir(), 'telecrm-scan-'));
const packed = execFileSync(
	'npm',
	['pack', '--ignore-scripts', '--silent', '--pack-destination', work],
	{
		cwd: root,
		encoding: 'utf8',
	},
)
	.trim()
	.split('\n')
	.pop();
execFileSync('tar', ['-xzf', join(work, packed), '-C', work]);

const results = {
	source: await analyzePackage(root, SOURCE_FILE_PATTERNS),
	tarball: await analyzePackage(join(work, 'package'), ['**/*.js', 'package.json']),
};
let failed = false;
for (const [what, result] of Object.entries(results)) {
	console.log(`scan ${what}: ${result.passed ? '0 findings' : result.message}`);
	if (!result.passed) {
		failed = true;
		console.log(result.details ?? result.error ?? '');
	}
}
process.exit(failed ? 1 : 0);
