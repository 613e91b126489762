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
var __importDefault =
	(this && this.__importDefault) ||
	function (mod) {
		return mod && mod.__esModule ? mod : { default: mod };
	};
Object.defineProperty(exports, '__esModule', { value: true });
exports.N8nInstance = exports.RuntimeInstallError = void 0;
exports.runtimeDir = runtimeDir;
exports.ensureRuntime = ensureRuntime;
exports.packTarball = packTarball;
const axios_1 = __importDefault(require('axios'));
const node_crypto_1 = require('node:crypto');
const examples_cjs_1 = require('./examples.cjs');
const n8nReleases_cjs_1 = require('./n8nReleases.cjs');
const childProcess = __importStar(require('node:child_process'));
const fs = __importStar(require('node:fs'));
const os = __importStar(require('node:os'));
const path = __importStar(require('node:path'));
const timers = __importStar(require('node:timers/promises'));
const PROJECT = process.cwd();
function runtimeDir(release = (0, n8nReleases_cjs_1.selectedRelease)()) {
	const root =
		process.env.TELECRM_N8N_HOME ?? path.join(os.homedir(), '.cache', 'n8n-nodes-telecrm');
	return path.join(root, `n8n-${release.version}`);
}
function run(command, args, options = {}) {
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
const RECIPE = 2;
class RuntimeInstallError extends Error {}
exports.RuntimeInstallError = RuntimeInstallError;
function runtimeNpmEnv() {
	const env = {};
	for (const [key, value] of Object.entries(process.env)) {
		if (!/^npm_(config|package|lifecycle)_/i.test(key)) env[key] = value;
	}
	const nodeHome = path.dirname(path.dirname(process.execPath));
	if (fs.existsSync(path.join(nodeHome, 'include', 'node'))) env.npm_config_nodedir = nodeHome;
	return env;
}
function step(name, fix, action) {
	try {
		return action();
	} catch (error) {
		const detail = String(error.message).split('\n').filter(Boolean).slice(0, 3).join(' | ');
		throw new RuntimeInstallError(`n8n runtime: step "${name}" failed: ${detail}. ${fix}`);
	}
}
function checkSqlite(dir) {
	const script = `const s=require(require.resolve('sqlite3',{paths:[${JSON.stringify(dir + '/node_modules/n8n')}]}));new s.Database(':memory:').close()`;
	run(process.execPath, ['-e', script], { cwd: dir });
}
function checkDatabase(dir, runtime) {
	const probe = path.join(dir, 'probe');
	fs.rmSync(probe, { recursive: true, force: true });
	try {
		new N8nInstance({ runtime, userFolder: probe }).cli(['list:workflow']);
	} finally {
		fs.rmSync(probe, { recursive: true, force: true });
	}
}
function buildSqlite(dir) {
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
function isComplete(stamp, bin) {
	if (!fs.existsSync(stamp) || !fs.existsSync(bin)) return false;
	try {
		return JSON.parse(fs.readFileSync(stamp, 'utf8')).recipe === RECIPE;
	} catch {
		return false;
	}
}
function buildAndProve(dir, runtime, log) {
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
function ensureRuntime(log = () => undefined, release = (0, n8nReleases_cjs_1.selectedRelease)()) {
	const dir = runtimeDir(release);
	const bin = path.join(dir, 'node_modules', 'n8n', 'bin', 'n8n');
	const runtime = { bin, release };
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
			log(`${error.message}; installing n8n again`);
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
function packTarball(into) {
	run('npm', ['run', '--silent', 'build']);
	const name = run('npm', ['pack', '--ignore-scripts', '--silent', '--pack-destination', into])
		.trim()
		.split('\n')
		.pop();
	return path.join(into, name);
}
class N8nInstance {
	options;
	port;
	baseUrl;
	release;
	server;
	serverLog = '';
	cookie = '';
	constructor(options) {
		this.options = options;
		this.port = options.port ?? 5678;
		this.baseUrl = `http://127.0.0.1:${this.port}`;
		this.release = options.runtime.release;
	}
	env() {
		return {
			...process.env,
			NODE_ENV: 'production',
			N8N_USER_FOLDER: this.options.userFolder,
			N8N_PORT: String(this.port),
			N8N_LISTEN_ADDRESS: '127.0.0.1',
			N8N_HOST: '127.0.0.1',
			N8N_SECURE_COOKIE: 'false',
			N8N_ENCRYPTION_KEY:
				this.options.encryptionKey ??
				(0, node_crypto_1.createHash)('sha256').update(this.options.userFolder).digest('hex'),
			N8N_DIAGNOSTICS_ENABLED: 'false',
			N8N_VERSION_NOTIFICATIONS_ENABLED: 'false',
			N8N_TEMPLATES_ENABLED: 'false',
			N8N_PERSONALIZATION_ENABLED: 'false',
			N8N_UNVERIFIED_PACKAGES_ENABLED: 'true',
			N8N_RUNNERS_BROKER_PORT: String(this.port + 1),
			N8N_LOG_LEVEL: 'info',
			HTTP_PROXY: '',
			HTTPS_PROXY: '',
			...this.options.env,
		};
	}
	cli(args) {
		return run(process.execPath, [this.options.runtime.bin, ...args], { env: this.env() });
	}
	installPackage(tarball) {
		const nodes = path.join(this.options.userFolder, '.n8n', 'nodes');
		const dir = path.join(nodes, 'node_modules', 'n8n-nodes-telecrm');
		fs.rmSync(dir, { recursive: true, force: true });
		fs.mkdirSync(dir, { recursive: true });
		run('tar', ['-xzf', tarball, '-C', dir, '--strip-components=1']);
		const manifestFile = path.join(dir, 'package.json');
		const manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8'));
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
	npmInstallPackage(tarball, flags = []) {
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
	activate(workflowId) {
		this.cli((0, n8nReleases_cjs_1.activateCommand)(this.release, workflowId));
	}
	importJson(kind, data) {
		const file = path.join(this.options.userFolder, `import-${kind}-${Date.now()}.json`);
		fs.writeFileSync(file, JSON.stringify(data));
		this.cli([`import:${kind}`, `--input=${file}`]);
	}
	importSandboxWorkspace(sandbox) {
		const { enterpriseId, syncToken, baseUrl } = sandbox;
		this.importJson('credentials', [
			{
				id: examples_cjs_1.EXAMPLE_CREDENTIAL_ID,
				name: 'TeleCRM sandbox',
				type: 'teleCrmSyncApi',
				data: { enterpriseId, syncToken, baseUrl },
			},
		]);
		for (const name of examples_cjs_1.EXAMPLES)
			this.importJson('workflow', (0, examples_cjs_1.readExample)(name));
	}
	async execute(workflowId) {
		const child = childProcess.spawn(
			process.execPath,
			[this.options.runtime.bin, 'execute', `--id=${workflowId}`, '--rawOutput'],
			{ env: this.env() },
		);
		let out = '';
		let err = '';
		child.stdout.on('data', (chunk) => (out += chunk.toString()));
		child.stderr.on('data', (chunk) => (err += chunk.toString()));
		await new Promise((resolve) => child.once('close', resolve));
		const start = out.indexOf('\n{') >= 0 ? out.indexOf('\n{') + 1 : out.indexOf('{');
		if (start < 0) throw new Error(`n8n execute printed no result:\n${out}\n${err}`.slice(0, 4000));
		const text = out.slice(start);
		const parsed = JSON.parse(text.slice(0, text.lastIndexOf('\n}') + 2));
		return parsed.data.resultData;
	}
	spawn(command) {
		this.server = childProcess.spawn(process.execPath, [this.options.runtime.bin, ...command], {
			env: this.env(),
			stdio: ['ignore', 'pipe', 'pipe'],
		});
		const collect = (chunk) => {
			this.serverLog = (this.serverLog + chunk.toString()).slice(-200_000);
		};
		this.server.stdout?.on('data', collect);
		this.server.stderr?.on('data', collect);
	}
	async startWorker(concurrency = 2) {
		this.serverLog = '';
		this.spawn(['worker', `--concurrency=${concurrency}`]);
		await this.waitFor(
			async () => this.serverLog.includes('n8n worker is now ready'),
			'the n8n worker to be ready',
			120_000,
		);
	}
	async start() {
		this.spawn(['start']);
		await this.waitFor(
			async () => {
				const res = await axios_1.default.get(`${this.baseUrl}/rest/settings`, {
					validateStatus: () => true,
				});
				return res.status === 200 && typeof res.data?.data === 'object';
			},
			'n8n to start',
			120_000,
		);
	}
	log() {
		return this.serverLog;
	}
	async waitFor(check, what, timeoutMs = 60_000) {
		const until = Date.now() + timeoutMs;
		while (Date.now() < until) {
			try {
				if (await check()) return;
			} catch {}
			if (this.server && this.server.exitCode !== null)
				throw new Error(`n8n exited while waiting for ${what}:\n${this.serverLog.slice(-3000)}`);
			await timers.setTimeout(250);
		}
		throw new Error(`timed out waiting for ${what}:\n${this.serverLog.slice(-3000)}`);
	}
	async login(email = 'owner@example.com', password = 'Telecrm-demo-1') {
		const body = { email, firstName: 'Demo', lastName: 'Owner', password };
		const setup = await axios_1.default.post(`${this.baseUrl}/rest/owner/setup`, body, {
			validateStatus: () => true,
		});
		const res =
			setup.status === 200
				? setup
				: await axios_1.default.post(
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
	async rest(method, url, data) {
		const res = await axios_1.default.request({
			method,
			url: `${this.baseUrl}${url}`,
			data,
			headers: { Cookie: this.cookie },
			validateStatus: () => true,
		});
		return { status: res.status, data: res.data };
	}
	async stop() {
		if (!this.server || this.server.exitCode !== null) return;
		const exited = new Promise((resolve) => this.server.once('exit', resolve));
		const grace = new AbortController();
		this.server.kill('SIGTERM');
		await Promise.race([
			exited,
			timers.setTimeout(20_000, undefined, { signal: grace.signal }).catch(() => undefined),
		]);
		grace.abort();
		if (this.server.exitCode === null) this.server.kill('SIGKILL');
	}
}
exports.N8nInstance = N8nInstance;
//# sourceMappingURL=n8nRuntime.cjs.map
