/**
 * Workspace definitions kept between executions (workspace.ts, issue 28): through n8n's engine
 * against the sandbox, counting the metadata requests it answers.
 */
import type { IDataObject, INodeParameters } from 'n8n-workflow';

import { runNode } from '../../../../../engine/harness';
import {
	forgetKeptDefinitions,
	KEPT_FOR_MS,
	KeptDefinitions,
	keptCredentialKeys,
	keptDefinitions,
	MAX_WORKSPACES,
} from '../../../../../nodes/TeleCrm/helpers/workspace/workspace';
import { hostOf } from '../../../../../nodes/TeleCrm/transport/secrets';
import type { Sandbox } from '../../../../../sandbox/server.cjs';
import { startSandbox } from '../../../../../sandbox/server.cjs';
import { json, mapped, useSandbox } from '../../../../support/sandboxed';

const t = useSandbox({ seed: 20 });
let phoneSeq = 0;
const nextPhone = () => `96${String(10000000 + ++phoneSeq)}`;

type Logged = Sandbox['requests'][number];
/** Metadata reads: a team list read is its first page (10 members a page). */
const isRead =
	(kind: 'custom-fields' | 'lead-stage-pipeline' | 'custom-actions' | 'team-members') =>
	(r: Logged) =>
		r.method === 'GET' &&
		r.path.endsWith(`/${kind}`) &&
		(kind !== 'team-members' || !r.query.skip || r.query.skip === '0');
const reads = (requests: Logged[], kind: Parameters<typeof isRead>[0]) =>
	requests.filter(isRead(kind)).length;
const isMetadata = (r: Logged) =>
	/\/(custom-fields|lead-stage-pipeline|custom-actions|team-members)(\/|$)/.test(r.path);

const create = (fields: IDataObject, options: IDataObject = {}): INodeParameters => ({
	resource: 'lead',
	operation: 'create',
	fields: mapped(fields),
	requestOptions: options as INodeParameters,
});

/** A field added in telecrm's settings (what the sandbox's state holds). */
function addField(sandbox: Sandbox, apiName: string): void {
	const id = (sandbox.state.nextId++).toString(16).padStart(24, '0');
	sandbox.state.fields.push({
		id,
		apiName,
		type: 'TEXT',
		description: 'Added a minute ago',
		lockAfterCreate: false,
		isLeadid: false,
	} as Sandbox['state']['fields'][number]);
}

beforeEach(() => forgetKeptDefinitions());

describe('kept definitions (unit)', () => {
	it('keeps an answer until it expires, never a failed read, and forgets on request', async () => {
		const kept = new KeptDefinitions();
		const answer = Promise.resolve(['fields']);
		kept.put('fields', answer, 1000);
		expect(kept.get('fields', 1000 + KEPT_FOR_MS - 1)).toBe(answer);
		expect(kept.get('fields', 1000 + KEPT_FOR_MS)).toBeUndefined();
		const failed = Promise.reject(new Error('401'));
		kept.put('team', failed);
		await failed.catch(() => undefined);
		expect(kept.get('team')).toBeUndefined();
		kept.put('pipeline', answer);
		kept.forget('pipeline', Promise.resolve([]));
		expect(kept.get('pipeline')).toBe(answer);
		kept.forget('pipeline', answer);
		expect(kept.get('pipeline')).toBeUndefined();
	});

	it('keeps at most MAX_WORKSPACES credentials, the least recently used going first', () => {
		const first = keptDefinitions('first');
		for (let n = 0; n < MAX_WORKSPACES; n++) keptDefinitions(`other ${n}`);
		expect(keptCredentialKeys()).toHaveLength(MAX_WORKSPACES);
		expect(keptCredentialKeys()).not.toContain('first');
		expect(keptDefinitions('first')).not.toBe(first);
	});
});

describe('kept definitions (engine, sandbox)', () => {
	it('two executions share one read of the definitions', async () => {
		const mark = t.mark();
		for (let n = 0; n < 2; n++) {
			const result = await t.run(create({ phone: nextPhone(), status: 'fresh' }));
			expect(json(result)[0].result).toBe('created');
		}
		const requests = t.since(mark);
		expect(reads(requests, 'custom-fields')).toBe(1);
		expect(reads(requests, 'lead-stage-pipeline')).toBe(1);
		expect(requests.filter((r) => r.path.endsWith('/lead'))).toHaveLength(2);
	});

	it('reads again once the expiry has passed, and every time with the option off', async () => {
		await t.run(create({ phone: nextPhone() }));
		const mark = t.mark();
		const realNow = Date.now.bind(Date);
		const later = jest.spyOn(Date, 'now').mockImplementation(() => realNow() + KEPT_FOR_MS + 1);
		try {
			await t.run(create({ phone: nextPhone() }));
		} finally {
			later.mockRestore();
		}
		expect(reads(t.since(mark), 'custom-fields')).toBe(1);
		const off = t.mark();
		await t.run(create({ phone: nextPhone() }, { keepDefinitions: false }));
		await t.run(create({ phone: nextPhone() }, { keepDefinitions: false }));
		expect(reads(t.since(off), 'custom-fields')).toBe(2);
	});

	it('a field and a team member added in telecrm between two executions work in the second, after one fresh read each', async () => {
		const known = t.sandbox.state.members.find((m) => m.status === 'Active')!;
		await t.run(create({ phone: nextPhone(), assignee: known.email }));
		addField(t.sandbox, 'gst_number');
		const newcomer = { ...known, name: 'Zoe Newcomer', email: 'zoe.newcomer@sandbox-telecrm.test' };
		t.sandbox.state.members.push(newcomer);
		const mark = t.mark();
		const result = await t.run(
			create({ phone: nextPhone(), gst_number: '27AAPFU0939F1ZV', assignee: newcomer.email }),
		);
		expect(result.error).toBeUndefined();
		expect(json(result)[0]).toMatchObject({ result: 'created', remarks: [] });
		const stored = t.sandbox.state.leads.find((l) => l.id === json(result)[0].lead_id)!;
		expect(stored.fields).toMatchObject({
			gst_number: '27AAPFU0939F1ZV',
			assignee: newcomer.email,
		});
		const requests = t.since(mark);
		expect(reads(requests, 'custom-fields')).toBe(1);
		expect(reads(requests, 'team-members')).toBe(1);
	});

	it('32 items in flight naming the same new field share one fresh read', async () => {
		await t.run(create({ phone: nextPhone() }));
		addField(t.sandbox, 'campaign_code');
		const phones = Array.from({ length: 32 }, nextPhone);
		const mark = t.mark();
		const result = await runNode({
			parameters: {
				resource: 'lead',
				operation: 'create',
				fields: mapped({ phone: '={{ $json.phone }}', campaign_code: 'DIWALI' }),
				requestOptions: { itemsInFlight: 32 },
			},
			items: phones.map((phone) => ({ phone })),
			credentials: t.credentials(),
		});
		expect(result.error).toBeUndefined();
		expect(json(result).every((o) => o.result === 'created')).toBe(true);
		expect(reads(t.since(mark), 'custom-fields')).toBe(1);
	});

	it('a name still unknown after the fresh read is refused, naming item, field and fix', async () => {
		await t.run(create({ phone: nextPhone() }));
		const mark = t.mark();
		const result = await t.run(create({ phone: nextPhone(), no_such_field: 'x' }), [{}], true);
		expect(json(result)[0]).toMatchObject({
			error: 'Item 0: Field "no_such_field" is not a lead field of this TeleCRM workspace',
		});
		expect(String(json(result)[0].description)).toMatch(/^Accepted: a lead field: name, phone/);
		const requests = t.since(mark);
		expect(reads(requests, 'custom-fields')).toBe(1);
		expect(requests.filter((r) => r.path.endsWith('/lead'))).toHaveLength(0);
	});

	it('the editor and the Workspace operations always read fresh, and renew what is kept', async () => {
		const mark = t.mark();
		await t.run({ resource: 'workspace', operation: 'getPipeline' });
		await t.run({ resource: 'workspace', operation: 'getPipeline' });
		expect(reads(t.since(mark), 'lead-stage-pipeline')).toBe(2);
		const write = t.mark();
		await t.run(create({ phone: nextPhone(), status: 'fresh' }));
		expect(reads(t.since(write), 'lead-stage-pipeline')).toBe(0);
	});

	it('two credentials never share: another workspace, another token', async () => {
		const other = await startSandbox({ seed: 5 });
		try {
			addField(other, 'only_in_b');
			const credentialsB = {
				enterpriseId: other.enterpriseId,
				syncToken: other.syncToken,
				baseUrl: other.baseUrl,
			};
			const runB = async (fields: IDataObject) =>
				await runNode({ parameters: create(fields), credentials: credentialsB });
			await t.run(create({ phone: nextPhone() }));
			const markB = other.requests.length;
			expect(json(await runB({ phone: nextPhone(), only_in_b: 'b' }))[0].result).toBe('created');
			expect(json(await runB({ phone: nextPhone(), only_in_b: 'b' }))[0].result).toBe('created');
			expect(reads(other.requests.slice(markB), 'custom-fields')).toBe(1);
			// Workspace A does not learn B's field from B's definitions.
			const refusedInA = await t.run(create({ phone: nextPhone(), only_in_b: 'a' }), [{}], true);
			expect(json(refusedInA)[0].error).toMatch(/"only_in_b" is not a lead field/);
			expect(keptCredentialKeys()).toHaveLength(2);

			// Same Base URL and Enterprise ID, another token: nothing kept is used with it.
			const mark = t.mark();
			const otherToken = await runNode({
				parameters: create({ phone: nextPhone() }),
				credentials: { ...t.credentials(), syncToken: `${t.sandbox.syncToken}-changed` },
				continueOnFail: true,
			});
			expect(json(otherToken)[0].error).toBeDefined();
			const sent = t.since(mark);
			expect(sent.filter(isMetadata).map((r) => r.status)).toEqual([401]);
			expect(keptCredentialKeys()).toHaveLength(3);
		} finally {
			await other.stop();
		}
	});

	it("keys hold no token: the Base URL's host, Enterprise ID and a fingerprint", async () => {
		await t.run(create({ phone: nextPhone() }));
		const keys = keptCredentialKeys();
		expect(keys).toHaveLength(1);
		expect(keys[0]).not.toContain(t.sandbox.syncToken);
		expect(keys[0]).toMatch(
			new RegExp(
				`^${hostOf(t.sandbox.baseUrl).replace(/[.]/g, '\\.')} ${t.sandbox.enterpriseId} [0-9a-f]{16}$`,
			),
		);
		// Every output, error and n8n log line of this file is scanned for the token (secretScan).
	});
});
