'use strict';
var __createBinding =
	(this && this.__createBinding) ||
	(Object.create
		? function (o, m, k, k2) {
				if (k2 === undefined) k2 = k;
				var desc = Object.getOwnPropertyDescriptor(m, k);
				if (!desc || ('get' in desc ? !m.__esModule : desc.writable || desc.configurable)) {
					desc = {
						enumerable: true,
						get: function () {
							return m[k];
						},
					};
				}
				Object.defineProperty(o, k2, desc);
			}
		: function (o, m, k, k2) {
				if (k2 === undefined) k2 = k;
				o[k2] = m[k];
			});
var __setModuleDefault =
	(this && this.__setModuleDefault) ||
	(Object.create
		? function (o, v) {
				Object.defineProperty(o, 'default', { enumerable: true, value: v });
			}
		: function (o, v) {
				o['default'] = v;
			});
var __importStar =
	(this && this.__importStar) ||
	(function () {
		var ownKeys = function (o) {
			ownKeys =
				Object.getOwnPropertyNames ||
				function (o) {
					var ar = [];
					for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
					return ar;
				};
			return ownKeys(o);
		};
		return function (mod) {
			if (mod && mod.__esModule) return mod;
			var result = {};
			if (mod != null)
				for (var k = ownKeys(mod), i = 0; i < k.length; i++)
					if (k[i] !== 'default') __createBinding(result, mod, k[i]);
			__setModuleDefault(result, mod);
			return result;
		};
	})();
Object.defineProperty(exports, '__esModule', { value: true });
exports.findProgram = findProgram;
exports.startRedis = startRedis;
exports.startPostgres = startPostgres;
exports.startQueueServices = startQueueServices;
const childProcess = __importStar(require('node:child_process'));
const fs = __importStar(require('node:fs'));
const os = __importStar(require('node:os'));
const path = __importStar(require('node:path'));
const timers = __importStar(require('node:timers/promises'));
const READY_TIMEOUT_MS = Number(process.env.TELECRM_SERVICE_READY_MS ?? 60_000);
const FAULT = process.env.TELECRM_SERVICE_FAULT ?? '';
function findProgram(name) {
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
		} catch {}
	}
	throw new Error(`${name} was not found (run scripts/ensure-queue-services.sh)`);
}
async function stopChild(child) {
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
async function serve(what, command, ready) {
	const argv =
		FAULT === what ? [process.execPath, '-e', 'setInterval(() => undefined, 1000)'] : command;
	const child = childProcess.spawn(argv[0], argv.slice(1), { stdio: ['ignore', 'pipe', 'pipe'] });
	let log = '';
	child.stdout?.on('data', (c) => (log += c.toString()));
	child.stderr?.on('data', (c) => (log += c.toString()));
	const spawnError = new Promise((resolve) => child.once('error', resolve));
	const until = Date.now() + READY_TIMEOUT_MS;
	let failure;
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
async function startRedis(port) {
	const args = ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'];
	const redis = await serve(
		'redis',
		[findProgram('redis-server'), ...args],
		/Ready to accept connections/,
	);
	return { port, stop: redis.stop };
}
function postgresBinDir() {
	const root = '/usr/lib/postgresql';
	const bin = (fs.existsSync(root) ? fs.readdirSync(root) : [])
		.map((v) => path.join(root, v, 'bin'))
		.find((dir) => fs.existsSync(path.join(dir, 'initdb')));
	if (!bin) throw new Error('PostgreSQL is not installed: run scripts/ensure-queue-services.sh');
	return bin;
}
function postgresCommand(bin, tool, args) {
	const command = [path.join(bin, tool), ...args];
	if (process.getuid?.() !== 0) return command;
	return [findProgram('runuser'), '-u', 'postgres', '--', ...command];
}
async function startPostgres(port, database) {
	const bin = postgresBinDir();
	const data = fs.mkdtempSync(path.join(os.tmpdir(), 'telecrm-pg-'));
	const removeData = () => fs.rmSync(data, { recursive: true, force: true });
	if (process.getuid?.() === 0) fs.chmodSync(data, 0o777);
	const tool = (name, args) => {
		const [command, ...rest] = postgresCommand(bin, name, args);
		childProcess.execFileSync(command, rest, { stdio: 'pipe', timeout: READY_TIMEOUT_MS });
	};
	let server;
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
async function startQueueServices(basePort, database) {
	const redis = await startRedis(basePort);
	try {
		return [redis, await startPostgres(basePort + 1, database)];
	} catch (error) {
		await redis.stop();
		throw error;
	}
}
//# sourceMappingURL=queueServices.cjs.map
