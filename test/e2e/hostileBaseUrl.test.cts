/**
 * The node in a real n8n against hostile Base URLs (test/support/hostileServer.cts): each item
 * fails with its clear error, within its Timeout, as through the engine. Its own n8n instance:
 * the credentials it adds would otherwise be the ones the editor tests pick.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

import { ensureRuntime, N8nInstance, packTarball } from '../../dev/n8nRuntime.cjs';
import type { HostileKind, HostileServer } from '../support/hostileServer.cjs';
import { startHostileServer } from '../support/hostileServer.cjs';

const say = (line: string) => process.stdout.write(`[e2e] ${line}\n`);
const KINDS: HostileKind[] = ['trickle', 'gzip that inflates far', 'redirect cross-origin'];
const credentialId = (i: number) => `telecrmHostile${i}`;

let hostile: HostileServer;
let n8n: N8nInstance;

/** Manual Trigger → one TeleCRM Lead › Get per kind, each on its own credential's Base URL. */
function workflow() {
	const node = (i: number, name: string, extra: object) => ({
		id: `d6f8b2e3-1c4d-4e6f-9a01-00000000000${i}`,
		name,
		typeVersion: 1,
		position: [0, 0],
		...extra,
	});
	return {
		id: 'telecrmHostile',
		name: 'TeleCRM: hostile Base URLs',
		active: false,
		settings: { executionOrder: 'v1' },
		connections: {
			Start: { main: [KINDS.map((kind) => ({ node: kind, type: 'main', index: 0 }))] },
		},
		nodes: [
			node(0, 'Start', { type: 'n8n-nodes-base.manualTrigger', parameters: {} }),
			...KINDS.map((kind, i) =>
				node(i + 1, kind, {
					type: 'n8n-nodes-telecrm.teleCrm',
					onError: 'continueRegularOutput',
					credentials: { teleCrmSyncApi: { id: credentialId(i), name: `Hostile: ${kind}` } },
					parameters: {
						resource: 'lead',
						operation: 'get',
						lead: { __rl: true, mode: 'id', value: 'abc' },
						requestOptions: { timeout: 1500 },
					},
				}),
			),
		],
	};
}

beforeAll(async () => {
	hostile = await startHostileServer();
	const work = fs.mkdtempSync(path.join(os.tmpdir(), 'telecrm-hostile-'));
	n8n = new N8nInstance({
		runtime: ensureRuntime(),
		userFolder: work,
		port: 7100 + Math.floor(Math.random() * 50) * 2,
	});
	n8n.installPackage(packTarball(work));
	n8n.importJson(
		'credentials',
		KINDS.map((kind, i) => ({
			id: credentialId(i),
			name: `Hostile: ${kind}`,
			type: 'teleCrmSyncApi',
			data: { enterpriseId: 'ent', syncToken: 'hostile-e2e', baseUrl: hostile.baseUrl(kind) },
		})),
	);
	n8n.importJson('workflow', workflow());
});

afterAll(async () => {
	await hostile?.stop();
});

it('each item fails clearly: a trickle at its Timeout, a gzip bomb at 8 MiB, a redirect unfollowed', async () => {
	const started = Date.now();
	const result = await n8n.execute('telecrmHostile');
	const seconds = (Date.now() - started) / 1000;
	const errors = KINDS.map((kind) => result.runData[kind][0].data!.main[0][0].json.error);
	say(`hostile Base URLs: ${seconds.toFixed(1)} s for the workflow; ${errors.join(' | ')}`);
	expect(errors).toEqual([
		'TeleCRM did not answer within the Timeout (1500 ms)',
		"TeleCRM's answer was larger than 8 MiB, the most this node reads",
		expect.stringMatching(
			/^TeleCRM HTTP_302: HTTP 302, a redirect to http:\/\/127\.0\.0\.1:\d+\/collect/,
		),
	]);
	// The trickle: four attempts of 1.5 s and 3.5 s of backoff; then n8n's start and exit.
	expect(hostile.hits('trickle')).toBe(4);
	expect(seconds).toBeLessThan(60);
	expect(hostile.elsewhere).toMatchObject({ requests: 0, withAuthorization: 0 });
});
