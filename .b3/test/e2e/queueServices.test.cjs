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
const childProcess = __importStar(require('node:child_process'));
const net = __importStar(require('node:net'));
const path = __importStar(require('node:path'));
const queueServices_cjs_1 = require('../../dev/queueServices.cjs');
const MODULE = path.join(__dirname, '..', '..', 'dev', 'queueServices.cjs');
const port = () => 7000 + Math.floor(Math.random() * 400) * 2;
async function listening(at) {
	return await new Promise((resolve) => {
		const socket = net.connect(at, '127.0.0.1');
		socket.once('connect', () => {
			socket.destroy();
			resolve(true);
		});
		socket.once('error', () => resolve(false));
	});
}
function inChild(base, env = {}, user) {
	const script = `require(${JSON.stringify(MODULE)}).startQueueServices(${base}, 'n8n')
		.then(async (s) => { console.log('started'); for (const x of s.reverse()) await x.stop(); })
		.catch((e) => { console.error(e.message); process.exit(3); })`;
	const command = [process.execPath, '-e', script];
	const argv = user
		? [(0, queueServices_cjs_1.findProgram)('runuser'), '-u', user, '--', ...command]
		: command;
	const started = Date.now();
	const result = childProcess.spawnSync(argv[0], argv.slice(1), {
		env: { ...process.env, ...env },
		encoding: 'utf8',
		cwd: '/',
		timeout: 120_000,
	});
	return { ...result, ms: Date.now() - started };
}
describe('queue-mode services', () => {
	it('start Redis and PostgreSQL on loopback and stop them again', async () => {
		const base = port();
		const services = await (0, queueServices_cjs_1.startQueueServices)(base, 'n8n');
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
//# sourceMappingURL=queueServices.test.cjs.map
