/**
 * Redis and PostgreSQL for n8n's queue mode, from Debian's packages, each on its own loopback
 * port with its data in a throw-away folder (scripts/ensure-queue-services.sh installs them).
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

async function waitUntil(check: () => boolean, what: string, timeoutMs = 30_000): Promise<void> {
	const until = Date.now() + timeoutMs;
	while (!check()) {
		if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
		await timers.setTimeout(200);
	}
}

function serve(command: string, args: string[], ready: RegExp, what: string) {
	const child: ChildProcess = childProcess.spawn(command, args, {
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	let log = '';
	child.stdout?.on('data', (c: Buffer) => (log += c.toString()));
	child.stderr?.on('data', (c: Buffer) => (log += c.toString()));
	const stop = async () => {
		if (child.exitCode !== null) return;
		const exited = new Promise((resolve) => child.once('exit', resolve));
		child.kill('SIGTERM');
		await Promise.race([exited, timers.setTimeout(10_000)]);
		if (child.exitCode === null) child.kill('SIGKILL');
	};
	const started = waitUntil(() => {
		if (child.exitCode !== null) throw new Error(`${what} exited:\n${log.slice(-2000)}`);
		return ready.test(log);
	}, what);
	return { started, stop };
}

export async function startRedis(port: number): Promise<Service> {
	const args = ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'];
	const redis = serve('redis-server', args, /Ready to accept connections/, 'redis');
	await redis.started;
	return { port, stop: redis.stop };
}

/** A new cluster owned by the postgres user (initdb refuses root), trust auth on loopback. */
export async function startPostgres(port: number, database: string): Promise<Service> {
	const bin = fs
		.readdirSync('/usr/lib/postgresql')
		.map((v) => path.join('/usr/lib/postgresql', v, 'bin'))
		.find((dir) => fs.existsSync(path.join(dir, 'initdb')));
	if (!bin) throw new Error('PostgreSQL is not installed: run scripts/ensure-queue-services.sh');
	const data = fs.mkdtempSync(path.join(os.tmpdir(), 'telecrm-pg-'));
	fs.chmodSync(data, 0o777);
	const asPostgres = (tool: string, args: string[]) =>
		childProcess.execFileSync('runuser', ['-u', 'postgres', '--', path.join(bin, tool), ...args], {
			stdio: 'pipe',
		});
	asPostgres('initdb', ['-D', path.join(data, 'db'), '--auth=trust', '-U', 'postgres']);
	const pg = serve(
		'runuser',
		[
			'-u',
			'postgres',
			'--',
			path.join(bin, 'postgres'),
			'-D',
			path.join(data, 'db'),
			'-p',
			String(port),
			'-k',
			data,
			'-h',
			'127.0.0.1',
		],
		/ready to accept connections/,
		'postgres',
	);
	await pg.started;
	asPostgres('createdb', ['-h', '127.0.0.1', '-p', String(port), '-U', 'postgres', database]);
	return {
		port,
		stop: async () => {
			await pg.stop();
			fs.rmSync(data, { recursive: true, force: true });
		},
	};
}
