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
const n8nRuntime_cjs_1 = require('./n8nRuntime.cjs');
const fs = __importStar(require('node:fs'));
const os = __importStar(require('node:os'));
const path = __importStar(require('node:path'));
const server_cjs_1 = require('../sandbox/server.cjs');
const say = (line = '') => process.stdout.write(line + '\n');
const number = (name, fallback) => Number(process.env[name] ?? fallback);
async function main() {
	const runtime = (0, n8nRuntime_cjs_1.ensureRuntime)(say);
	const userFolder =
		process.env.TELECRM_DEV_FOLDER ?? path.join(os.homedir(), '.cache', 'n8n-nodes-telecrm', 'dev');
	fs.mkdirSync(userFolder, { recursive: true });
	const sandbox = await (0, server_cjs_1.startSandbox)({
		port: number('SANDBOX_PORT', 8787),
		seed: number('SANDBOX_SEED', 200),
		dataFile: path.join(userFolder, 'sandbox.json'),
	});
	const n8n = new n8nRuntime_cjs_1.N8nInstance({
		runtime,
		userFolder,
		port: number('N8N_DEV_PORT', 5678),
	});
	say('packing and installing n8n-nodes-telecrm from this checkout');
	n8n.installPackage(
		(0, n8nRuntime_cjs_1.packTarball)(fs.mkdtempSync(path.join(os.tmpdir(), 'telecrm-dev-'))),
	);
	n8n.importSandboxWorkspace(sandbox);
	say('starting n8n');
	await n8n.start();
	await n8n.login('dev@example.com', 'Telecrm-dev-1');
	say();
	say(`n8n editor:      ${n8n.baseUrl}  (sign in as dev@example.com / Telecrm-dev-1)`);
	say(
		`telecrm sandbox: ${sandbox.baseUrl}  (${sandbox.state.leads.length} leads, kept in ${path.join(userFolder, 'sandbox.json')})`,
	);
	say(
		'The credential "TeleCRM sandbox" points at the sandbox; the example workflows are imported.',
	);
	say('Ctrl+C stops both.');
	const stop = () => {
		void n8n
			.stop()
			.then(async () => await sandbox.stop())
			.then(() => process.exit(0));
	};
	process.once('SIGINT', stop);
	process.once('SIGTERM', stop);
}
main().catch((error) => {
	process.stderr.write(`dev failed: ${error.message}\n`);
	process.exit(1);
});
//# sourceMappingURL=n8nDev.cjs.map
