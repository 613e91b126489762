/**
 * npm run dev: a real n8n editor on localhost with this package installed from the current
 * source, the sandbox running with seeded data, a TeleCRM credential pointing at it and the
 * example workflows imported. Ctrl+C stops everything.
 */
import { ensureRuntime, N8nInstance, packTarball } from './n8nRuntime.cjs';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { startSandbox } from '../sandbox/server.cjs';

const say = (line = '') => process.stdout.write(line + '\n');
const number = (name: string, fallback: number) => Number(process.env[name] ?? fallback);

async function main() {
	const runtime = ensureRuntime(say);
	const userFolder =
		process.env.TELECRM_DEV_FOLDER ?? path.join(os.homedir(), '.cache', 'n8n-nodes-telecrm', 'dev');
	fs.mkdirSync(userFolder, { recursive: true });
	const sandbox = await startSandbox({
		port: number('SANDBOX_PORT', 8787),
		seed: number('SANDBOX_SEED', 200),
		dataFile: path.join(userFolder, 'sandbox.json'),
	});
	const n8n = new N8nInstance({ runtime, userFolder, port: number('N8N_DEV_PORT', 5678) });
	say('packing and installing n8n-nodes-telecrm from this checkout');
	n8n.installPackage(packTarball(fs.mkdtempSync(path.join(os.tmpdir(), 'telecrm-dev-'))));
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

main().catch((error: Error) => {
	process.stderr.write(`dev failed: ${error.message}\n`);
	process.exit(1);
});
