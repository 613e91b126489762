/**
 * Redis and PostgreSQL for n8n's queue mode, from Debian's packages, each on its own loopback
 * port with its data in a throw-away folder (scripts/ensure-queue-services.sh installs them).
 * A service that does not come up is stopped and reported within a minute, and the ones
 * started before it are stopped too, so a failed start never leaves a process behind.
 */
import type { ChildProcess } from 'node:child_process';
import * as childProcess from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as timers from 'node:timers/promises';

export interface Service {
	port: number;
	stop(): Promise<void>;
}

/** How long a service may take to say it is ready (TELECRM_SERVICE_READY_MS, for tests). */
const READY_TIMEOUT_MS = Number(process.env.TELECRM_SERVICE_READY_MS ?? 60_000);

/**
 * How long a one-off tool (initdb) may take. Not the ready timeout: a test that shortens that
 * one to provoke a never-ready server must not fail in initdb on a loaded machine instead.
 */
const TOOL_TIMEOUT_MS = 120_000;

/**
 * TELECRM_SERVICE_FAULT=redis (or postgres) starts that service as a process that never
 * becomes ready: the way to check that a broken start fails the suite quickly.
 */
const FAULT = process.env.TELECRM_SERVICE_FAULT ?? '';

/** A program by name, also in the sbin folders a user's PATH often lacks. */
export function findProgram(name: string): string {
	const dirs = [
		...(process.env.PATH ?? '').split(path.delimiter),
		'/usr/local/sbin',
		'/usr/sbin',
		'/sbin',
		'/usr/bin',
		'/bin',
	];
	for (const dir of dirs.filter(Boolean)) {
		const candidate = path.join(dir, name);
		try {
			fs.accessSync(candidate, fs.constants.X_OK);
			return candidate;
		} catch {
			// not here
		}
	}
	throw new Error(`${name} was not found (run scripts/ensure-queue-services.sh)`);
}

async function stopChild(child: ChildProcess): Promise<void> {
	if (child.exitCode !== null || child.signalCode !== null) return;
	const exited = new Promise((resolve) => child.once('exit', resolve));
	const grace = new AbortController();
	child.kill('SIGTERM');
	await Promise.race([
		exited,
		timers.setTimeout(10_000, undefined, { signal: grace.signal }).catch(() => undefined),
	]);
	grace.abort();
	if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
}

/** Starts a server and resolves once its log matches `ready`; on failure it is stopped. */
async function serve(
	what: string,
	command: string[],
	ready: RegExp,
): Promise<{ stop: () => Promise<void> }> {
	const argv =
		FAULT === what ? [process.execPath, '-e', 'setInterval(() => undefined, 1000)'] : command;
	const child = childProcess.spawn(argv[0], argv.slice(1), { stdio: ['ignore', 'pipe', 'pipe'] });
	let log = '';
	child.stdout?.on('data', (c: Buffer) => (log += c.toString()));
	child.stderr?.on('data', (c: Buffer) => (log += c.toString()));
	const spawnError = new Promise<Error>((resolve) => child.once('error', resolve));
	const until = Date.now() + READY_TIMEOUT_MS;
	let failure: string | undefined;
	while (!ready.test(log)) {
		const error = await Promise.race([spawnError, timers.setTimeout(200, undefined)]);
		if (error) failure = `could not be started: ${error.message}`;
		else if (child.exitCode !== null) failure = `exited with code ${child.exitCode}`;
		else if (Date.now() > until) failure = `was not ready after ${READY_TIMEOUT_MS / 1000} s`;
		if (failure) break;
	}
	if (failure) {
		await stopChild(child);
		const tail = log.trim().split('\n').slice(-15).join('\n');
		throw new Error(`${what} ${failure} (${command.join(' ')})${tail ? `:\n${tail}` : ''}`);
	}
	return { stop: async () => await stopChild(child) };
}

async function startRedis(port: number): Promise<Service> {
	const args = ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'];
	const redis = await serve(
		'redis',
		[findProgram('redis-server'), ...args],
		/Ready to accept connections/,
	);
	return { port, stop: redis.stop };
}

function postgresBinDir(): string {
	const root = '/usr/lib/postgresql';
	const bin = (fs.existsSync(root) ? fs.readdirSync(root) : [])
		.map((v) => path.join(root, v, 'bin'))
		.find((dir) => fs.existsSync(path.join(dir, 'initdb')));
	if (!bin) throw new Error('PostgreSQL is not installed: run scripts/ensure-queue-services.sh');
	return bin;
}

/**
 * A command line for a PostgreSQL tool: as the current user, or as `postgres` when this is
 * root (initdb refuses root).
 */
function postgresCommand(bin: string, tool: string, args: string[]): string[] {
	const command = [path.join(bin, tool), ...args];
	if (process.getuid?.() !== 0) return command;
	return [findProgram('runuser'), '-u', 'postgres', '--', ...command];
}

/** A new cluster with trust auth on loopback; the superuser is `postgres` either way. */
async function startPostgres(port: number, database: string): Promise<Service> {
	const bin = postgresBinDir();
	const data = fs.mkdtempSync(path.join(os.tmpdir(), 'telecrm-pg-'));
	const removeData = () => fs.rmSync(data, { recursive: true, force: true });
	if (process.getuid?.() === 0) fs.chmodSync(data, 0o777);
	const tool = (name: string, args: string[]) => {
		const [command, ...rest] = postgresCommand(bin, name, args);
		childProcess.execFileSync(command, rest, { stdio: 'pipe', timeout: TOOL_TIMEOUT_MS });
	};
	let server: { stop: () => Promise<void> } | undefined;
	try {
		tool('initdb', ['-D', path.join(data, 'db'), '--auth=trust', '-U', 'postgres']);
		const args = ['-D', path.join(data, 'db'), '-p', String(port), '-k', data, '-h', '127.0.0.1'];
		server = await serve(
			'postgres',
			postgresCommand(bin, 'postgres', args),
			/ready to accept connections/,
		);
		tool('createdb', ['-h', '127.0.0.1', '-p', String(port), '-U', 'postgres', database]);
	} catch (error) {
		await server?.stop();
		removeData();
		throw error;
	}
	const running = server;
	return {
		port,
		stop: async () => {
			await running.stop();
			removeData();
		},
	};
}

/**
 * Redis on `basePort` and PostgreSQL on the next port. If PostgreSQL fails, Redis is stopped
 * before the error is passed on.
 */
export async function startQueueServices(basePort: number, database: string): Promise<Service[]> {
	const redis = await startRedis(basePort);
	try {
		return [redis, await startPostgres(basePort + 1, database)];
	} catch (error) {
		await redis.stop();
		throw error;
	}
}
