/**
 * "Today's" node for the bench's before/after rows: the node as it was before batched lead
 * lookups (a search per item), taken from git and compiled where n8n's lint does not look (it
 * would check its sources as the package's), so both are measured in the same run and sandbox.
 */
import * as childProcess from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

/** The last commit before batched lookups (one lead search per item). */
const BASELINE_REV = 'a23d37f';

// Inside this checkout's node_modules, so the cache goes with the checkout (and the
// n8n-workflow it was built against): another checkout's cache is never used.
const dir = path.join(process.cwd(), 'node_modules', '.cache', `telecrm-bench-${BASELINE_REV}`);
const BASELINE_NODE = path.join(dir, 'dist', 'nodes', 'TeleCrm', 'TeleCrm.node.js');

/** Builds the baseline node once; undefined (with the reason) when git cannot give it. */
export function ensureBaselineNode(): { file?: string; reason?: string } {
	if (fs.existsSync(BASELINE_NODE)) return { file: BASELINE_NODE };
	const git = childProcess.spawnSync(
		'git',
		['archive', '--format=tar', BASELINE_REV, 'nodes', 'credentials', 'package.json'],
		{ maxBuffer: 64 * 1024 * 1024 },
	);
	if (git.status !== 0)
		return { reason: `git has no ${BASELINE_REV} here (shallow clone?): ${git.stderr}` };
	// Built beside, then renamed: an interrupted build leaves no half tree that looks complete.
	const partial = `${dir}.partial`;
	fs.rmSync(partial, { recursive: true, force: true });
	fs.mkdirSync(partial, { recursive: true });
	childProcess.execFileSync('tar', ['-x', '-C', partial], { input: git.stdout });
	const tsconfig = {
		extends: path.join(process.cwd(), 'tsconfig.json'),
		compilerOptions: { rootDir: '.', outDir: 'dist', declaration: false, sourceMap: false },
		include: ['credentials/**/*', 'nodes/**/*', 'package.json'],
	};
	fs.writeFileSync(path.join(partial, 'tsconfig.json'), JSON.stringify(tsconfig));
	const tsc = path.join(process.cwd(), 'node_modules', 'typescript', 'bin', 'tsc');
	const built = childProcess.spawnSync(process.execPath, [tsc, '-p', partial], {
		encoding: 'utf8',
	});
	if (built.status !== 0) return { reason: `the baseline did not compile: ${built.stdout}` };
	fs.rmSync(dir, { recursive: true, force: true });
	fs.renameSync(partial, dir);
	return { file: BASELINE_NODE };
}
