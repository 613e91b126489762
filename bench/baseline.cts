/**
 * "Today's" node for the bench's before/after rows: the node as it was before batched lead
 * lookups (a search per item), taken from git and compiled outside the tree (n8n's lint would
 * check its sources as the package's), so both are measured in the same run and sandbox.
 */
import * as childProcess from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

/** The last commit before batched lookups (one lead search per item). */
const BASELINE_REV = 'a23d37f';

const dir = path.join(os.tmpdir(), `n8n-nodes-telecrm-bench-${BASELINE_REV}`);
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
	fs.rmSync(dir, { recursive: true, force: true });
	fs.mkdirSync(dir, { recursive: true });
	childProcess.execFileSync('tar', ['-x', '-C', dir], { input: git.stdout });
	// The project's n8n-workflow (the one the harness runs the node with) and TypeScript types.
	fs.symlinkSync(path.join(process.cwd(), 'node_modules'), path.join(dir, 'node_modules'));
	const tsconfig = {
		extends: path.join(process.cwd(), 'tsconfig.json'),
		compilerOptions: { rootDir: '.', outDir: 'dist', declaration: false, sourceMap: false },
		include: ['credentials/**/*', 'nodes/**/*', 'package.json'],
	};
	fs.writeFileSync(path.join(dir, 'tsconfig.json'), JSON.stringify(tsconfig));
	const tsc = path.join(process.cwd(), 'node_modules', 'typescript', 'bin', 'tsc');
	const built = childProcess.spawnSync(process.execPath, [tsc, '-p', dir], { encoding: 'utf8' });
	if (built.status !== 0) return { reason: `the baseline did not compile: ${built.stdout}` };
	return { file: BASELINE_NODE };
}
