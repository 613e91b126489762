/**
 * The node with its own copy of n8n-workflow, as a manual `npm install` with peers gives it:
 * the errors n8n-core's request helper throws are then another copy's classes. The node must
 * still retry, recover a lost create and fall back to update on a 409.
 */
import type { INodeType } from 'n8n-workflow';
import * as n8nWorkflow from 'n8n-workflow';

import { byId, createLeadElsewhere, json, mapped, useSandbox } from '../../../support/sandboxed';
import { runNode } from '../../../../engine/harness';

const t = useSandbox({ seed: 12 });
let SecondCopyNode: new () => INodeType;
let secondCopy: typeof n8nWorkflow;

beforeAll(async () => {
	// A fresh module registry: the node and the n8n-workflow it imports are loaded again.
	await jest.isolateModulesAsync(async () => {
		({ TeleCrm: SecondCopyNode } = await import('../../../../nodes/TeleCrm/TeleCrm.node'));
		secondCopy = await import('n8n-workflow');
	});
});

const run = async (parameters: n8nWorkflow.INodeParameters) =>
	await runNode({ parameters, credentials: t.credentials(), nodeType: new SecondCopyNode() });
const withPhone = (phone: string) => t.sandbox.state.leads.filter((l) => l.fields.phone === phone);

describe('the node with a second copy of n8n-workflow', () => {
	it('really is another copy: its error classes differ from the engine’s', () => {
		expect(secondCopy.NodeApiError).not.toBe(n8nWorkflow.NodeApiError);
	});

	it('retries a read whose connection dropped', async () => {
		const lead = t.sandbox.state.leads[0];
		t.sandbox.faults.add({ kind: 'drop', match: /^GET \/lead\// });
		const result = await run({ resource: 'lead', operation: 'get', lead: byId(lead.id) });
		expect(result.error).toBeUndefined();
		expect(json(result)[0].lead_id).toBe(lead.id);
		expect(t.sandbox.faults.log.byKind.drop).toBe(1);
	});

	it('finds a create whose answer was lost instead of creating it twice', async () => {
		t.sandbox.faults.add({ kind: 'drop', match: /^POST \/lead$/, after: true });
		const result = await run({
			resource: 'lead',
			operation: 'create',
			fields: mapped({ phone: '919855500001', name: 'Lost Answer' }),
		});
		expect(result.error).toBeUndefined();
		expect(json(result)[0].recovered).toMatch(/answer to the create request was lost/);
		expect(withPhone('919855500001')).toHaveLength(1);
	});

	it('Create or Update: a 409 after the lookup ends as an update', async () => {
		// Someone else creates the lead right after the node's lookup found nothing.
		t.sandbox.onAnswer = async (request) => {
			if (!request.path.endsWith('/lead/search') || !request.body.includes('919855500002')) return;
			t.sandbox.onAnswer = undefined;
			await createLeadElsewhere(t.sandbox, { phone: '919855500002', name: 'From elsewhere' });
		};
		const result = await run({
			resource: 'lead',
			operation: 'upsert',
			fields: mapped({ phone: '919855500002', name: 'From n8n' }),
			matchStrategy: 'lookUpFirst',
		});
		expect(result.error).toBeUndefined();
		expect(json(result)[0].result).toBe('updated');
		expect(withPhone('919855500002')).toHaveLength(1);
		expect(withPhone('919855500002')[0].fields.name).toBe('From n8n');
	});
});
