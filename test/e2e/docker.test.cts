/**
 * The Docker recipe (docker/), checked as far as a machine without a Docker engine allows: it
 * builds on a tested n8n release, its COPY and RUN steps take exactly one tarball and lay the
 * package out as the entrypoint expects, and the entrypoint puts it where this n8n release loads
 * it, at every start, then hands over to n8n's own entrypoint with the same arguments, also when
 * the volume cannot be written (one line on stderr says why).
 *
 * The image runs as user node, so the entrypoint runs unprivileged here too: as nobody when the
 * test runs as root (as in CI, where permission bits would not stop a write), else as the
 * contributor running it.
 */
import * as childProcess from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

import { N8N_RELEASES } from '../../dev/n8nReleases.cjs';
import { ensureRuntime, N8nInstance, packTarball } from '../../dev/n8nRuntime.cjs';

const DOCKER = path.join(process.cwd(), 'docker');
const ENTRYPOINT = 'telecrm-entrypoint.sh';
const read = (file: string) => fs.readFileSync(path.join(DOCKER, file), 'utf8');
const newest2x = N8N_RELEASES.find((r) => r.line === '2.x')!.version;
const asRoot = process.getuid?.() === 0;
const NOBODY = 65534;
/** What the fake n8n entrypoint prints: one line per argument it was given. */
const N8N_ARGS = ['start', 'two words'];
const n8nStarted = N8N_ARGS.map((arg) => `n8n argument: ${arg}\n`).join('');

/** The Dockerfile's lines of one instruction (COPY, RUN, …), continuation lines joined. */
function instructions(name: string): string[] {
	const joined = read('Dockerfile').replace(/\\\n/g, ' ');
	return joined
		.split('\n')
		.filter((line) => line.startsWith(`${name} `))
		.map((line) => line.slice(name.length + 1).trim());
}

interface Outcome {
	status: number | null;
	stdout: string;
	stderr: string;
}

const run = (command: string, args: string[], env?: NodeJS.ProcessEnv): Outcome =>
	childProcess.spawnSync(command, args, { encoding: 'utf8', env });

/**
 * `docker build` with `context` as its context, into `root`: the COPY steps into /opt/ (their
 * wildcards matched against the context) and the RUN steps, /opt/ moved under root.
 */
function build(root: string, context: string): Outcome {
	const underRoot = (text: string) => text.replace(/\/opt\//g, `${root}/opt/`);
	for (const copy of instructions('COPY')) {
		const [destination, ...sources] = copy.split(/\s+/).reverse();
		if (!destination.startsWith('/opt/')) continue;
		fs.mkdirSync(underRoot(destination), { recursive: true });
		for (const source of sources) {
			const pattern = new RegExp(`^${source.replace(/\./g, '\\.').replace(/\*/g, '[^/]*')}$`);
			for (const file of fs.readdirSync(context).filter((name) => pattern.test(name)))
				fs.copyFileSync(path.join(context, file), path.join(underRoot(destination), file));
		}
	}
	for (const step of instructions('RUN')) {
		const outcome = run('sh', ['-c', underRoot(step)]);
		if (outcome.status !== 0) return outcome;
	}
	return { status: 0, stdout: '', stderr: '' };
}

/** A build context: the entrypoint and the given files (tarballs). */
function context(work: string, files: Record<string, string>): string {
	const dir = fs.mkdtempSync(path.join(work, 'context-'));
	fs.copyFileSync(path.join(DOCKER, ENTRYPOINT), path.join(dir, ENTRYPOINT));
	for (const [name, from] of Object.entries(files)) fs.copyFileSync(from, path.join(dir, name));
	return dir;
}

/** Runs a command as nobody when the test is root, else as the one running the test. */
const unprivileged = ([command, ...args]: string[], env?: NodeJS.ProcessEnv): Outcome =>
	asRoot
		? run(
				'setpriv',
				[`--reuid=${NOBODY}`, `--regid=${NOBODY}`, '--clear-groups', command, ...args],
				env,
			)
		: run(command, args, env);

/** A container's start: the entrypoint as the image's unprivileged user, with this volume. */
function start(work: string, home: string, packageDir: string): Outcome {
	const fakeN8nEntrypoint = path.join(work, 'docker-entrypoint.sh');
	fs.writeFileSync(fakeN8nEntrypoint, `#!/bin/sh\nprintf 'n8n argument: %s\\n' "$@"\n`, {
		mode: 0o755,
	});
	const env = {
		PATH: process.env.PATH,
		HOME: home,
		TELECRM_PACKAGE_DIR: packageDir,
		N8N_ENTRYPOINT: fakeN8nEntrypoint,
	};
	// A copy in the test's folder: the checkout may sit in a folder only its owner can enter.
	const entrypoint = path.join(work, ENTRYPOINT);
	fs.copyFileSync(path.join(DOCKER, ENTRYPOINT), entrypoint);
	return unprivileged(['sh', entrypoint, ...N8N_ARGS], env);
}

/** Gives the folder to the unprivileged user the entrypoint runs as (when the test is root). */
function giveAway(dir: string): void {
	if (asRoot) childProcess.execFileSync('chown', ['-R', `${NOBODY}:${NOBODY}`, dir]);
}

/** The user and group the entrypoint runs as, as it names them (`id -un`, `id -gn`). */
function entrypointIdentity(): { user: string; group: string } {
	const outcome = unprivileged(['sh', '-c', 'echo "$(id -un) $(id -gn)"']);
	const [user, group] = outcome.stdout.trim().split(' ');
	return { user, group };
}

/** The volume's community-nodes folder, and what it holds besides its packages. */
const nodesFolder = (home: string) => path.join(home, '.n8n', 'nodes', 'node_modules');
const leftovers = (home: string) =>
	fs.readdirSync(nodesFolder(home)).filter((name) => name.startsWith('.'));

describe('Docker recipe', () => {
	let work: string;
	let tarball: string;
	let packageDir: string;
	let version: string;

	beforeAll(() => {
		work = fs.mkdtempSync(path.join(os.tmpdir(), 'telecrm-docker-'));
		fs.chmodSync(work, 0o755); // the entrypoint's user must reach the image and the volume
		tarball = packTarball(work);
		const root = path.join(work, 'image');
		const outcome = build(root, context(work, { [path.basename(tarball)]: tarball }));
		expect(outcome).toMatchObject({ status: 0 });
		packageDir = path.join(root, 'opt', 'n8n-nodes-telecrm');
		version = JSON.parse(fs.readFileSync(path.join(packageDir, 'package.json'), 'utf8')).version;
	}, 300_000);

	afterAll(() => {
		run('chmod', ['-R', 'u+rwX', work]); // the read-only cases' folders
		fs.rmSync(work, { recursive: true, force: true });
	});

	it('builds on the newest tested n8n 2.x, in the Dockerfile and the compose file', () => {
		expect(instructions('ARG')).toContain(`N8N_VERSION=${newest2x}`);
		expect(instructions('FROM')).toEqual(['n8nio/n8n:${N8N_VERSION}']);
		expect(read('compose.yaml')).toContain(`N8N_VERSION: ${newest2x}`);
		// The official image's entrypoint chain, with ours in front of it.
		expect(instructions('ENTRYPOINT')).toEqual(['["tini", "--", "/telecrm-entrypoint.sh"]']);
		expect(read(ENTRYPOINT)).toContain('/docker-entrypoint.sh');
		// ADD would unpack every matching tarball into one folder.
		expect(instructions('ADD')).toEqual([]);
	});

	it('compose publishes the port on this machine only, and nothing gains privileges', () => {
		const compose = read('compose.yaml');
		expect(compose).toMatch(/ports:\n(\s+#.*\n)*\s+- '127\.0\.0\.1:5678:5678'\n/);
		expect(compose).toMatch(/security_opt:\n\s+- no-new-privileges:true\n/);
	});

	describe('the build takes exactly one tarball', () => {
		it('fails naming both when two match (an old one left beside the new)', () => {
			const old = path.join(work, 'n8n-nodes-telecrm-0.0.9.tgz');
			fs.copyFileSync(tarball, old);
			const root = path.join(work, 'two-tarballs');
			const files = { [path.basename(tarball)]: tarball, [path.basename(old)]: old };
			const outcome = build(root, context(work, files));
			expect(outcome.status).not.toBe(0);
			expect(outcome.stderr.trim()).toBe(
				`2 tarballs beside the Dockerfile (n8n-nodes-telecrm-0.0.9.tgz ${path.basename(tarball)}): keep the one to install, remove the others`,
			);
			expect(fs.existsSync(path.join(root, 'opt', 'n8n-nodes-telecrm'))).toBe(false);
		});

		it('fails naming what it wanted when none matches', () => {
			const root = path.join(work, 'no-tarball');
			const outcome = build(root, context(work, {}));
			expect(outcome.status).not.toBe(0);
			expect(outcome.stderr.trim()).toBe(
				'No n8n-nodes-telecrm-<version>.tgz beside the Dockerfile: put the release tarball there (npm pack builds it from a checkout)',
			);
			expect(fs.existsSync(path.join(root, 'opt', 'n8n-nodes-telecrm'))).toBe(false);
		});
	});

	describe('n8n starts whatever the volume holds, with one line saying what was not done', () => {
		/** A volume holding an old copy (0.0.9) of the package. */
		function volumeWithOldCopy(name: string): { home: string; oldCopy: string } {
			const home = path.join(work, name);
			const oldCopy = path.join(nodesFolder(home), 'n8n-nodes-telecrm');
			fs.mkdirSync(path.dirname(oldCopy), { recursive: true });
			fs.cpSync(packageDir, oldCopy, { recursive: true });
			const manifest = path.join(oldCopy, 'package.json');
			const json = JSON.parse(fs.readFileSync(manifest, 'utf8'));
			fs.writeFileSync(manifest, JSON.stringify({ ...json, version: '0.0.9' }, null, 2));
			giveAway(home);
			return { home, oldCopy };
		}

		const oldCopyIntact = (oldCopy: string) =>
			expect(JSON.parse(fs.readFileSync(path.join(oldCopy, 'package.json'), 'utf8'))).toMatchObject(
				{ version: '0.0.9' },
			);

		it('the old copy is root-owned (after a docker exec -u root)', () => {
			const { home, oldCopy } = volumeWithOldCopy('root-owned');
			// As root: the copy goes back to root. Otherwise its folders lose their write bit.
			if (asRoot) childProcess.execFileSync('chown', ['-R', '0:0', oldCopy]);
			else run('chmod', ['-R', 'a-w', oldCopy]);
			const outcome = start(work, home, packageDir);
			expect(outcome.stdout).toBe(n8nStarted);
			const { user, group } = entrypointIdentity();
			const n8nDir = path.join(home, '.n8n');
			const why = asRoot
				? `${oldCopy} is owned by root, not by user ${user}`
				: `user ${user} may not write ${oldCopy}`;
			const fix = asRoot
				? `docker exec -u root <container> chown -R ${user}:${group} ${n8nDir}`
				: `docker exec <container> chmod -R u+rwX ${n8nDir}`;
			expect(outcome.stderr).toBe(
				`telecrm-entrypoint: n8n-nodes-telecrm ${version} not installed: ${why}; n8n starts with the copy already there (0.0.9). Fix: ${fix}, then restart the container\n`,
			);
			oldCopyIntact(oldCopy);
			expect(leftovers(home)).toEqual([]);
		});

		it('the volume is read-only', () => {
			const { home, oldCopy } = volumeWithOldCopy('read-only');
			run('chmod', ['-R', 'a-w', path.join(home, '.n8n')]);
			const outcome = start(work, home, packageDir);
			expect(outcome.stdout).toBe(n8nStarted);
			expect(outcome.stderr).toBe(
				`telecrm-entrypoint: n8n-nodes-telecrm ${version} not installed: user ${entrypointIdentity().user} may not write ${nodesFolder(home)}; n8n starts with the copy already there (0.0.9). Fix: docker exec <container> chmod -R u+rwX ${path.join(home, '.n8n')}, then restart the container\n`,
			);
			oldCopyIntact(oldCopy);
			expect(leftovers(home)).toEqual([]);
		});

		it('nodes/node_modules is a file', () => {
			const home = path.join(work, 'file-in-the-way');
			fs.mkdirSync(path.join(home, '.n8n', 'nodes'), { recursive: true });
			fs.writeFileSync(nodesFolder(home), '');
			giveAway(home);
			const outcome = start(work, home, packageDir);
			expect(outcome.stdout).toBe(n8nStarted);
			const file = nodesFolder(home);
			expect(outcome.stderr).toBe(
				`telecrm-entrypoint: n8n-nodes-telecrm ${version} not installed: ${file} is a file, where a folder is needed; n8n starts with no TeleCRM nodes. Fix: docker exec <container> mv ${file} ${file}.moved, then restart the container\n`,
			);
		});
	});

	it("the image's package is loaded by this n8n after the entrypoint ran (twice)", async () => {
		const home = path.join(work, 'home');
		fs.mkdirSync(home);
		giveAway(home);
		for (const restart of [false, true]) {
			// A restart replaces the copy in the volume.
			const outcome = start(work, home, packageDir);
			expect(outcome.stdout).toBe(
				`telecrm-entrypoint: n8n-nodes-telecrm ${version} installed in ${nodesFolder(home)}\n${n8nStarted}`,
			);
			expect({ restart, stderr: outcome.stderr }).toEqual({ restart, stderr: '' });
			expect(leftovers(home)).toEqual([]);
		}

		const n8n = new N8nInstance({
			runtime: ensureRuntime(),
			userFolder: home,
			port: 5700 + Math.floor(Math.random() * 200) * 2,
		});
		try {
			await n8n.start();
			await n8n.login();
			const types = await n8n.rest<Array<{ name: string }>>('GET', '/types/nodes.json');
			const names = types.data.map((t) => t.name);
			expect(names).toContain('n8n-nodes-telecrm.teleCrm');
			expect(names).toContain('n8n-nodes-telecrm.teleCrmTrigger');
		} finally {
			await n8n.stop();
		}
	}, 300_000);
});
