/**
 * The Docker recipe (docker/), checked as far as a machine without a Docker engine allows: it
 * builds on a tested n8n release, its ADD and RUN steps lay the package out as the entrypoint
 * expects, and the entrypoint puts it where this n8n release loads it, at every start, then
 * hands over to n8n's own entrypoint with the same arguments.
 */
import * as childProcess from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

import { N8N_RELEASES } from '../../dev/n8nReleases.cjs';
import { ensureRuntime, N8nInstance, packTarball } from '../../dev/n8nRuntime.cjs';

const DOCKER = path.join(process.cwd(), 'docker');
const read = (file: string) => fs.readFileSync(path.join(DOCKER, file), 'utf8');
const newest2x = N8N_RELEASES.find((r) => r.line === '2.x')!.version;

/** The Dockerfile's lines of one instruction (ADD, RUN, …), continuation lines joined. */
function instructions(name: string): string[] {
	const joined = read('Dockerfile').replace(/\\\n/g, ' ');
	return joined
		.split('\n')
		.filter((line) => line.startsWith(`${name} `))
		.map((line) => line.slice(name.length + 1).trim());
}

describe('Docker recipe', () => {
	it('builds on the newest tested n8n 2.x, in the Dockerfile and the compose file', () => {
		expect(instructions('ARG')).toContain(`N8N_VERSION=${newest2x}`);
		expect(instructions('FROM')).toEqual(['n8nio/n8n:${N8N_VERSION}']);
		expect(read('compose.yaml')).toContain(`N8N_VERSION: ${newest2x}`);
		// The official image's entrypoint chain, with ours in front of it.
		expect(instructions('ENTRYPOINT')).toEqual(['["tini", "--", "/telecrm-entrypoint.sh"]']);
		expect(read('telecrm-entrypoint.sh')).toContain('/docker-entrypoint.sh');
	});

	it("the image's package is loaded by this n8n after the entrypoint ran (twice)", async () => {
		const work = fs.mkdtempSync(path.join(os.tmpdir(), 'telecrm-docker-'));
		const root = path.join(work, 'image');
		const home = path.join(work, 'home');
		fs.mkdirSync(path.join(root, 'opt'), { recursive: true });
		fs.mkdirSync(home);
		// ADD <tarball> /opt/ unpacks it into /opt/package; then the RUN step, under root/.
		const [add] = instructions('ADD');
		expect(add).toBe('n8n-nodes-telecrm-*.tgz /opt/');
		childProcess.execFileSync('tar', ['-xzf', packTarball(work), '-C', path.join(root, 'opt')]);
		for (const run of instructions('RUN'))
			childProcess.execFileSync('sh', ['-c', run.replace(/\/opt\//g, `${root}/opt/`)]);

		const handedOver = path.join(work, 'handed-over');
		const fakeN8nEntrypoint = path.join(work, 'docker-entrypoint.sh');
		fs.writeFileSync(fakeN8nEntrypoint, `#!/bin/sh\necho "$@" > ${handedOver}\n`, { mode: 0o755 });
		const entrypoint = () =>
			childProcess.execFileSync('sh', [path.join(DOCKER, 'telecrm-entrypoint.sh'), 'start'], {
				env: {
					PATH: process.env.PATH,
					HOME: home,
					TELECRM_PACKAGE_DIR: path.join(root, 'opt', 'n8n-nodes-telecrm'),
					N8N_ENTRYPOINT: fakeN8nEntrypoint,
				},
			});
		entrypoint();
		entrypoint(); // a restart replaces the copy in the volume
		expect(fs.readFileSync(handedOver, 'utf8').trim()).toBe('start');

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
			fs.rmSync(work, { recursive: true, force: true });
		}
	}, 300_000);
});
