/**
 * The README's installation, followed to the letter: its tarball block is read from README.md
 * and run as it is, and the Docker recipe's files are read from docker/.
 */
import * as childProcess from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const README = path.join(process.cwd(), 'README.md');
const MARKER = '<!-- install-from-tarball:';

/** The bash block that follows the install marker in the README. */
function readmeInstallBlock(): string {
	const text = fs.readFileSync(README, 'utf8');
	const after = text.slice(text.indexOf(MARKER));
	const block = /```bash\n([\s\S]*?)```/.exec(after);
	if (text.indexOf(MARKER) < 0 || !block) throw new Error('README: no install-from-tarball block');
	return block[1];
}

/** The tarball name the README's block installs. */
function readmeTarballName(): string {
	const name = /n8n-nodes-telecrm-[\w.-]+\.tgz/.exec(readmeInstallBlock());
	if (!name) throw new Error('README: the install block names no tarball');
	return name[0];
}

/**
 * Runs the README's block in the tarball's folder with `home` as the home folder, as a user
 * would in a terminal (bash, npm on the PATH).
 */
export function installAsReadmeSays(tarball: string, home: string): void {
	if (path.basename(tarball) !== readmeTarballName())
		throw new Error(
			`README installs ${readmeTarballName()} but the package packs ${path.basename(tarball)}: update the README`,
		);
	// The user's own npm settings (registry, proxy) come along, as they would in their terminal.
	const npmrc = path.join(os.homedir(), '.npmrc');
	if (fs.existsSync(npmrc)) fs.copyFileSync(npmrc, path.join(home, '.npmrc'));
	const env: NodeJS.ProcessEnv = { ...process.env, HOME: home };
	// `npm run` hands its children the project's npm settings; a user's terminal has none.
	for (const key of Object.keys(env)) if (/^npm_/i.test(key)) delete env[key];
	const result = childProcess.spawnSync('bash', ['-euo', 'pipefail', '-c', readmeInstallBlock()], {
		cwd: path.dirname(tarball),
		env,
		encoding: 'utf8',
	});
	if (result.status !== 0)
		throw new Error(`the README's install block failed:\n${result.stderr}\n${result.stdout}`);
}
