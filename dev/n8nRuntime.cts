/**
 * A real n8n on this machine (each tested release in its own cache, outside the package),
 * our packed tarball installed into a user folder the way the editor installs community
 * packages, and driven through the n8n CLI and its REST API.
 */
import axios from 'axios';
import { createHash } from 'node:crypto';

import {
	EXAMPLE_ASYNC_CREDENTIAL_ID,
	EXAMPLE_CREDENTIAL_ID,
	EXAMPLE_SMTP_CREDENTIAL_ID,
	EXAMPLES,
	readExample,
} from './examples.cjs';
import type { N8nRelease } from './n8nReleases.cjs';
import { activateCommand, selectedRelease } from './n8nReleases.cjs';
import type { ChildProcess } from 'node:child_process';
import * as childProcess from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as timers from 'node:timers/promises';

const PROJECT = process.cwd();

/** An installed n8n: its CLI and which release it is. */
export interface Runtime {
	bin: string;
	release: N8nRelease;
}

/** Where a release is cached: TELECRM_N8N_HOME (a folder of caches) or ~/.cache. */
export function runtimeDir(release: N8nRelease = selectedRelease()): string {
	const root =
		process.env.TELECRM_N8N_HOME ?? path.join(os.homedir(), '.cache', 'n8n-nodes-telecrm');
	return path.join(root, `n8n-${release.version}`);
}

function run(
	command: string,
	args: string[],
	options: { cwd?: string; env?: NodeJS.ProcessEnv } = {},
): string {
	const result = childProcess.spawnSync(command, args, {
		cwd: options.cwd ?? PROJECT,
		env: options.env ?? process.env,
		encoding: 'utf8',
		maxBuffer: 256 * 1024 * 1024,
	});
	if (result.status !== 0) {
		throw new Error(
			`${command} ${args.join(' ')} failed (${result.status}):\n${result.stderr}\n${result.stdout}`.slice(
				0,
				4000,
			),
		);
	}
	return result.stdout;
}

/** Bumped whenever the install steps change, so an older cache is reinstalled, not trusted. */
const RECIPE = 2;

/** A failed install step: its name and what to do, on one line. */
export class RuntimeInstallError extends Error {}

/**
 * npm settings for the runtime's own npm calls. `npm run` hands its children the project's
 * config as npm_config_* variables (ignore-scripts=true among them, which would make the
 * sqlite3 build a silent no-op), so they are dropped; native builds use this Node's headers.
 */
function runtimeNpmEnv(): NodeJS.ProcessEnv {
	const env: NodeJS.ProcessEnv = {};
	for (const [key, value] of Object.entries(process.env)) {
		if (!/^npm_(config|package|lifecycle)_/i.test(key)) env[key] = value;
	}
	const nodeHome = path.dirname(path.dirname(process.execPath));
	if (fs.existsSync(path.join(nodeHome, 'include', 'node'))) env.npm_config_nodedir = nodeHome;
	return env;
}

function step<T>(name: string, fix: string, action: () => T): T {
	try {
		return action();
	} catch (error) {
		const detail = String((error as Error).message)
			.split('\n')
			.filter(Boolean)
			.slice(0, 3)
			.join(' | ');
		throw new RuntimeInstallError(`n8n runtime: step "${name}" failed: ${detail}. ${fix}`);
	}
}

/** Loads sqlite3's native binding and opens an in-memory database, in a child on this Node. */
function checkSqlite(dir: string): void {
	const script = `const s=require(require.resolve('sqlite3',{paths:[${JSON.stringify(dir + '/node_modules/n8n')}]}));new s.Database(':memory:').close()`;
	run(process.execPath, ['-e', script], { cwd: dir });
}

/** n8n itself opens a new SQLite database and runs its migrations. */
function checkDatabase(dir: string, runtime: Runtime): void {
	const probe = path.join(dir, 'probe');
	fs.rmSync(probe, { recursive: true, force: true });
	try {
		new N8nInstance({ runtime, userFolder: probe }).cli(['list:workflow']);
	} finally {
		fs.rmSync(probe, { recursive: true, force: true });
	}
}

function buildSqlite(dir: string): void {
	run(
		'npm',
		[
			'rebuild',
			'sqlite3',
			'--build-from-source',
			'--ignore-scripts=false',
			'--foreground-scripts',
			'--loglevel=error',
		],
		{
			cwd: dir,
			env: runtimeNpmEnv(),
		},
	);
}

function isComplete(stamp: string, bin: string): boolean {
	if (!fs.existsSync(stamp) || !fs.existsSync(bin)) return false;
	try {
		return (JSON.parse(fs.readFileSync(stamp, 'utf8')) as { recipe?: number }).recipe === RECIPE;
	} catch {
		return false;
	}
}

/** Builds sqlite3 and proves the runtime works; only then is the cache stamped complete. */
function buildAndProve(dir: string, runtime: Runtime, log: (line: string) => void): void {
	const repairHint = `Repair: delete ${dir} and run again.`;
	log('building sqlite3 for this Node');
	step('build sqlite3', 'It needs python3, make and g++ (apt-get install python3 make g++).', () =>
		buildSqlite(dir),
	);
	step('load sqlite3', repairHint, () => checkSqlite(dir));
	log('checking that n8n opens its database');
	step('n8n opens its database', repairHint, () => checkDatabase(dir, runtime));
	const stamp = { recipe: RECIPE, version: runtime.release.version, at: new Date().toISOString() };
	fs.writeFileSync(path.join(dir, '.complete'), JSON.stringify(stamp));
}

/**
 * Installs n8n into the cache (a few minutes the first time) without install scripts, which
 * would download native sources, then builds sqlite3 against this Node. The stamp is written
 * only once sqlite3 loads and n8n has opened a database. A stamped cache that no longer loads
 * sqlite3 is rebuilt; one that cannot be rebuilt is installed again.
 */
export function ensureRuntime(
	log: (line: string) => void = () => undefined,
	release: N8nRelease = selectedRelease(),
): Runtime {
	const dir = runtimeDir(release);
	const bin = path.join(dir, 'node_modules', 'n8n', 'bin', 'n8n');
	const runtime: Runtime = { bin, release };
	const stamp = path.join(dir, '.complete');
	if (isComplete(stamp, bin)) {
		try {
			checkSqlite(dir);
			return runtime;
		} catch {
			log(`the n8n cache at ${dir} no longer loads sqlite3: repairing it`);
			fs.rmSync(stamp, { force: true });
		}
	}
	if (fs.existsSync(bin)) {
		try {
			buildAndProve(dir, runtime, log);
			return runtime;
		} catch (error) {
			log(`${(error as Error).message}; installing n8n again`);
		}
	}
	fs.rmSync(dir, { recursive: true, force: true });
	fs.mkdirSync(dir, { recursive: true });
	fs.writeFileSync(
		path.join(dir, 'package.json'),
		JSON.stringify({ name: 'n8n-runtime', private: true, overrides: release.overrides }),
	);
	log(`installing n8n@${release.version} into ${dir} (first run only, a few minutes)`);
	const args = [
		'install',
		'--ignore-scripts',
		'--no-audit',
		'--no-fund',
		'--loglevel=error',
		`n8n@${release.version}`,
	];
	step('npm install n8n', 'Check that the npm registry is reachable (npm ping).', () =>
		run('npm', args, { cwd: dir, env: runtimeNpmEnv() }),
	);
	buildAndProve(dir, runtime, log);
	return runtime;
}

/** `npm pack` of the built package, as published. */
export function packTarball(into: string): string {
	run('npm', ['run', '--silent', 'build']);
	const name = run('npm', ['pack', '--ignore-scripts', '--silent', '--pack-destination', into])
		.trim()
		.split('\n')
		.pop()!;
	return path.join(into, name);
}

export interface ExecutionResult {
	runData: Record<
		string,
		Array<{
			data?: { main: Array<Array<{ json: Record<string, unknown> }>> };
			error?: { message: string };
			/** How long this run of the node took, in ms (n8n's own figure). */
			executionTime?: number;
		}>
	>;
	error?: { message: string };
}

export interface N8nOptions {
	runtime: Runtime;
	userFolder: string;
	port?: number;
	/** Settings added to (or replacing) the defaults, e.g. queue mode's. */
	env?: NodeJS.ProcessEnv;
	/** Instances that share a database (queue mode) must share the key. */
	encryptionKey?: string;
}

export class N8nInstance {
	readonly port: number;

	readonly baseUrl: string;

	readonly release: N8nRelease;

	private server?: ChildProcess;

	private serverLog = '';

	private cookie = '';

	constructor(private readonly options: N8nOptions) {
		this.port = options.port ?? 5678;
		this.baseUrl = `http://127.0.0.1:${this.port}`;
		this.release = options.runtime.release;
	}

	/** Quiet, offline, headless settings; every CLI call gets its own task-broker port. */
	env(): NodeJS.ProcessEnv {
		return {
			...process.env,
			// Jest sets NODE_ENV=test, under which the n8n CLI does nothing at all.
			NODE_ENV: 'production',
			N8N_USER_FOLDER: this.options.userFolder,
			N8N_PORT: String(this.port),
			N8N_LISTEN_ADDRESS: '127.0.0.1',
			N8N_HOST: '127.0.0.1',
			N8N_SECURE_COOKIE: 'false',
			// Stable per user folder, so every CLI call and the server read the same credentials.
			N8N_ENCRYPTION_KEY:
				this.options.encryptionKey ??
				createHash('sha256').update(this.options.userFolder).digest('hex'),
			N8N_DIAGNOSTICS_ENABLED: 'false',
			N8N_VERSION_NOTIFICATIONS_ENABLED: 'false',
			N8N_TEMPLATES_ENABLED: 'false',
			N8N_PERSONALIZATION_ENABLED: 'false',
			N8N_UNVERIFIED_PACKAGES_ENABLED: 'true',
			N8N_RUNNERS_BROKER_PORT: String(this.port + 1),
			// 'info' at least: `n8n execute --rawOutput` prints its result through the logger.
			N8N_LOG_LEVEL: 'info',
			HTTP_PROXY: '',
			HTTPS_PROXY: '',
			...this.options.env,
		};
	}

	/** n8n runs on this process's Node (24), whatever `node` the PATH holds. */
	cli(args: string[]): string {
		return run(process.execPath, [this.options.runtime.bin, ...args], { env: this.env() });
	}

	/** What the editor's "Install community node" does: unpack, drop dev and peer deps, npm install. */
	installPackage(tarball: string): void {
		const nodes = path.join(this.options.userFolder, '.n8n', 'nodes');
		const dir = path.join(nodes, 'node_modules', 'n8n-nodes-telecrm');
		fs.rmSync(dir, { recursive: true, force: true });
		fs.mkdirSync(dir, { recursive: true });
		run('tar', ['-xzf', tarball, '-C', dir, '--strip-components=1']);
		const manifestFile = path.join(dir, 'package.json');
		const manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8')) as Record<string, unknown>;
		delete manifest.devDependencies;
		delete manifest.peerDependencies;
		fs.writeFileSync(manifestFile, JSON.stringify(manifest, null, 2));
		run(
			'npm',
			[
				'install',
				'--audit=false',
				'--fund=false',
				'--bin-links=false',
				'--install-strategy=shallow',
				'--ignore-scripts=true',
				'--package-lock=false',
			],
			{ cwd: dir },
		);
		fs.writeFileSync(
			path.join(nodes, 'package.json'),
			JSON.stringify(
				{
					name: 'installed-nodes',
					private: true,
					dependencies: { 'n8n-nodes-telecrm': manifest.version },
				},
				null,
				2,
			),
		);
	}

	/**
	 * A manual install in `.n8n/nodes`, as the README tells queue-mode users: `npm install`
	 * with the given flags (none: npm also installs the peer n8n-workflow, a second copy).
	 */
	npmInstallPackage(tarball: string, flags: string[] = []): void {
		const nodes = path.join(this.options.userFolder, '.n8n', 'nodes');
		fs.mkdirSync(nodes, { recursive: true });
		if (!fs.existsSync(path.join(nodes, 'package.json')))
			fs.writeFileSync(
				path.join(nodes, 'package.json'),
				JSON.stringify({ name: 'installed-nodes', private: true }),
			);
		run('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error', ...flags, tarball], {
			cwd: nodes,
			env: runtimeNpmEnv(),
		});
	}

	/** Activates a workflow (before `n8n start`, which then registers its triggers). */
	activate(workflowId: string): void {
		this.cli(activateCommand(this.release, workflowId));
	}

	importJson(kind: 'credentials' | 'workflow', data: unknown): void {
		const file = path.join(this.options.userFolder, `import-${kind}-${Date.now()}.json`);
		fs.writeFileSync(file, JSON.stringify(data));
		this.cli([`import:${kind}`, `--input=${file}`]);
	}

	/**
	 * The sandbox as the "TeleCRM sandbox" credential the examples use, an SMTP credential for
	 * the report's email (a local sink without TLS or login; port 2525 unless given), and the
	 * examples.
	 */
	importSandboxWorkspace(
		sandbox: {
			enterpriseId: string;
			syncToken: string;
			baseUrl: string;
			asyncToken: string;
			asyncBaseUrl: string;
		},
		smtpSink = { host: '127.0.0.1', port: 2525 },
	): void {
		const { enterpriseId, syncToken, baseUrl, asyncToken, asyncBaseUrl } = sandbox;
		this.importJson('credentials', [
			{
				id: EXAMPLE_CREDENTIAL_ID,
				name: 'TeleCRM sandbox',
				type: 'teleCrmSyncApi',
				data: { enterpriseId, syncToken, baseUrl },
			},
			{
				id: EXAMPLE_ASYNC_CREDENTIAL_ID,
				name: 'TeleCRM sandbox (Async)',
				type: 'teleCrmAsyncApi',
				data: { enterpriseId, asyncToken, baseUrl: asyncBaseUrl },
			},
			{
				id: EXAMPLE_SMTP_CREDENTIAL_ID,
				name: 'SMTP (replace with your mail server)',
				type: 'smtp',
				data: { ...smtpSink, user: '', password: '', secure: false, disableStartTls: true },
			},
		]);
		for (const name of EXAMPLES) this.importJson('workflow', readExample(name));
	}

	/**
	 * `n8n execute --rawOutput`; its JSON follows log lines on stdout. Asynchronous, so that a
	 * sandbox living in this process can answer the workflow's requests meanwhile.
	 */
	async execute(workflowId: string): Promise<ExecutionResult> {
		const { out, err } = await this.executeOnly(workflowId);
		// The result is pretty-printed JSON on lines of its own; log lines may hold braces too.
		const start = out.search(/^\{\n {2}"/m);
		if (start < 0) throw new Error(`n8n execute printed no result:\n${out}\n${err}`.slice(0, 4000));
		const text = out.slice(start);
		const end = text.lastIndexOf('\n}');
		if (end < 0) throw new Error(`n8n execute's result is cut short (${out.length} characters)`);
		const parsed = JSON.parse(text.slice(0, end + 2)) as {
			data: { resultData: ExecutionResult };
		};
		return parsed.data.resultData;
	}

	/**
	 * `n8n execute --rawOutput`, its output unread: n8n exits 1 when the workflow failed. For
	 * executions whose result is too large to print: n8n 1.x exits before a result of a few MB
	 * is written out whole.
	 */
	async executeOnly(
		workflowId: string,
		/** Gets the `n8n execute` process once spawned (to watch its memory, or kill it). */
		started?: (child: ChildProcess) => void,
	): Promise<{ code: number | null; signal: NodeJS.Signals | null; out: string; err: string }> {
		const child = childProcess.spawn(
			process.execPath,
			[this.options.runtime.bin, 'execute', `--id=${workflowId}`, '--rawOutput'],
			{ env: this.env() },
		);
		started?.(child);
		let out = '';
		let err = '';
		child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
		child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
		const [code, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((resolve) =>
			child.once('close', (...end) => resolve(end)),
		);
		return { code, signal, out, err };
	}

	private spawn(command: string[]): void {
		this.server = childProcess.spawn(process.execPath, [this.options.runtime.bin, ...command], {
			env: this.env(),
			stdio: ['ignore', 'pipe', 'pipe'],
		});
		const collect = (chunk: Buffer) => {
			this.serverLog = (this.serverLog + chunk.toString()).slice(-200_000);
		};
		this.server.stdout?.on('data', collect);
		this.server.stderr?.on('data', collect);
	}

	/** `n8n worker` (queue mode): ready once it says so in its log. */
	async startWorker(concurrency = 2): Promise<void> {
		this.serverLog = '';
		this.spawn(['worker', `--concurrency=${concurrency}`]);
		await this.waitFor(
			async () => this.serverLog.includes('n8n worker is now ready'),
			'the n8n worker to be ready',
			120_000,
		);
	}

	async start(): Promise<void> {
		this.spawn(['start']);
		// While it starts up n8n answers every path with 200 and a "starting up" page: wait for
		// the settings JSON itself.
		await this.waitFor(
			async () => {
				const res = await axios.get(`${this.baseUrl}/rest/settings`, {
					validateStatus: () => true,
				});
				return res.status === 200 && typeof (res.data as { data?: unknown })?.data === 'object';
			},
			'n8n to start',
			120_000,
		);
	}

	log(): string {
		return this.serverLog;
	}

	async waitFor(check: () => Promise<boolean>, what: string, timeoutMs = 60_000): Promise<void> {
		const until = Date.now() + timeoutMs;
		while (Date.now() < until) {
			try {
				if (await check()) return;
			} catch {
				// not ready yet
			}
			if (this.server && this.server.exitCode !== null)
				throw new Error(`n8n exited while waiting for ${what}:\n${this.serverLog.slice(-3000)}`);
			await timers.setTimeout(250);
		}
		throw new Error(`timed out waiting for ${what}:\n${this.serverLog.slice(-3000)}`);
	}

	/** Creates the owner account on a new instance (or logs in) and keeps the session cookie. */
	async login(email = 'owner@example.com', password = 'Telecrm-demo-1'): Promise<string> {
		const body = { email, firstName: 'Demo', lastName: 'Owner', password };
		const setup = await axios.post(`${this.baseUrl}/rest/owner/setup`, body, {
			validateStatus: () => true,
		});
		const res =
			setup.status === 200
				? setup
				: await axios.post(
						`${this.baseUrl}/rest/login`,
						{ emailOrLdapLoginId: email, password },
						{ validateStatus: () => true },
					);
		const cookie = (res.headers['set-cookie'] ?? [])
			.map((c) => c.split(';')[0])
			.find((c) => c.startsWith('n8n-auth='));
		if (!cookie)
			throw new Error(
				`could not log in to n8n (${res.status}): ${JSON.stringify(res.data).slice(0, 500)}`,
			);
		this.cookie = cookie;
		return cookie.slice('n8n-auth='.length);
	}

	async rest<T = unknown>(
		method: 'GET' | 'POST',
		url: string,
		data?: unknown,
	): Promise<{ status: number; data: T }> {
		const res = await axios.request({
			method,
			url: `${this.baseUrl}${url}`,
			data,
			headers: { Cookie: this.cookie },
			validateStatus: () => true,
		});
		return { status: res.status, data: res.data as T };
	}

	async stop(): Promise<void> {
		if (!this.server || this.server.exitCode !== null) return;
		const exited = new Promise((resolve) => this.server!.once('exit', resolve));
		const grace = new AbortController();
		this.server.kill('SIGTERM');
		// The grace timer is cancelled once n8n exits, so it does not keep Jest waiting.
		await Promise.race([
			exited,
			timers.setTimeout(20_000, undefined, { signal: grace.signal }).catch(() => undefined),
		]);
		grace.abort();
		if (this.server.exitCode === null) this.server.kill('SIGKILL');
	}
}
