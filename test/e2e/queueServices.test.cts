/**
 * The queue-mode services (dev/queueServices.cts) on their own: they start and stop as root and
 * as a user without root, and a service that never becomes ready fails quickly without leaving
 * the ones started before it running.
 */
import * as childProcess from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';

import { findProgram, startQueueServices } from '../../dev/queueServices.cjs';

const MODULE = path.join(__dirname, '..', '..', 'dev', 'queueServices.cjs');
const port = () => 7000 + Math.floor(Math.random() * 400) * 2;

/** Whether something accepts connections on a loopback port. */
async function listening(at: number): Promise<boolean> {
	return await new Promise((resolve) => {
		const socket = net.connect(at, '127.0.0.1');
		socket.once('connect', () => {
			socket.destroy();
			resolve(true);
		});
		socket.once('error', () => resolve(false));
	});
}

/**
 * A copy of Node and of the services module that `user` can run: a checkout inside a private
 * folder (mode 700, as a home folder or `mktemp -d` makes it) is closed to other users, so the
 * checkout's own Node and module cannot be run as them from where they are.
 */
function runnableBy(user: string | undefined): { node: string; module: string } {
	if (!user) return { node: process.execPath, module: MODULE };
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'telecrm-services-'));
	fs.chmodSync(dir, 0o755);
	const node = path.join(dir, 'node');
	const module = path.join(dir, 'queueServices.cjs');
	fs.copyFileSync(process.execPath, node);
	fs.copyFileSync(MODULE, module);
	fs.chmodSync(node, 0o755);
	fs.chmodSync(module, 0o644);
	return { node, module };
}

/** Starts and stops the services in a child process (with its own environment and user). */
function inChild(base: number, env: NodeJS.ProcessEnv = {}, user?: string) {
	const { node, module } = runnableBy(user);
	const script = `require(${JSON.stringify(module)}).startQueueServices(${base}, 'n8n')
		.then(async (s) => { console.log('started'); for (const x of s.reverse()) await x.stop(); })
		.catch((e) => { console.error(e.message); process.exit(3); })`;
	const command = [node, '-e', script];
	const argv = user ? [findProgram('runuser'), '-u', user, '--', ...command] : command;
	const started = Date.now();
	const result = childProcess.spawnSync(argv[0], argv.slice(1), {
		env: { ...process.env, ...env },
		encoding: 'utf8',
		cwd: '/',
		timeout: 120_000,
	});
	if (user) fs.rmSync(path.dirname(node), { recursive: true, force: true });
	return { ...result, ms: Date.now() - started };
}

describe('queue-mode services', () => {
	it('start Redis and PostgreSQL on loopback and stop them again', async () => {
		const base = port();
		const services = await startQueueServices(base, 'n8n');
		expect(await listening(base)).toBe(true);
		expect(await listening(base + 1)).toBe(true);
		for (const service of services.reverse()) await service.stop();
		expect(await listening(base)).toBe(false);
		expect(await listening(base + 1)).toBe(false);
	});

	const asRoot = process.getuid?.() === 0;
	(asRoot ? it : it.skip)('start and stop as a user without root (nobody)', () => {
		const base = port();
		const result = inChild(base, {}, 'nobody');
		expect(result.stderr).toBe('');
		expect(result.stdout.trim()).toBe('started');
		expect(result.status).toBe(0);
	});

	it('a service that never becomes ready fails fast and the ones before it are stopped', async () => {
		const base = port();
		const result = inChild(base, {
			TELECRM_SERVICE_FAULT: 'postgres',
			TELECRM_SERVICE_READY_MS: '3000',
		});
		expect(result.status).toBe(3);
		expect(result.stderr).toContain('postgres was not ready after 3 s');
		expect(result.ms).toBeLessThan(30_000);
		expect(await listening(base)).toBe(false);
		expect(await listening(base + 1)).toBe(false);
	});
});
