// n8n's verification analyser (@n8n/scan-community-package) over this package, offline: its CLI
// scans only published packages, so its exported analyzePackage runs on the source and on the
// unpacked tarball, as the CLI does for a published version. Any finding fails.
//   node scripts/scan-package.mjs              packs the package first
//   node scripts/scan-package.mjs <file.tgz>   scans that tarball (the release job's)
// The scanner comes from scripts/ci-tools/package-lock.json (installed when needed).
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ciToolPath } from './ci-tools/install.mjs';

const root = resolve(import.meta.dirname, '..');
const scanner = ciToolPath('@n8n', 'scan-community-package', 'scanner', 'scanner.mjs');
const { analyzePackage, SOURCE_FILE_PATTERNS } = await import(pathToFileURL(scanner).href);

const work = mkdtempSync(join(tmpdir(), 'telecrm-scan-'));
const tarball = process.argv[2] ? resolve(process.argv[2]) : packInto(work);
execFileSync('tar', ['-xzf', tarball, '-C', work]);

function packInto(dir) {
	const args = ['pack', '--ignore-scripts', '--silent', '--pack-destination', dir];
	const packed = execFileSync('npm', args, { cwd: root, encoding: 'utf8' })
		.trim()
		.split('\n')
		.pop();
	return join(dir, packed);
}

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
