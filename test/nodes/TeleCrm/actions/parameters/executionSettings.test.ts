import type { INodeProperties } from 'n8n-workflow';

import { requestOptionsProperty } from '../../../../../nodes/TeleCrm/actions/parameters/executionSettings';
import { TeleCrm } from '../../../../../nodes/TeleCrm/TeleCrm.node';
import { RETRY_POLICY } from '../../../../../nodes/TeleCrm/transport';

const option = (name: string) =>
	(requestOptionsProperty.options as INodeProperties[]).find((o) => o.name === name)!;

describe('Options shared by every operation', () => {
	it('shows the transport policy: the timeout it applies and the items in flight it allows', () => {
		// The default is a literal for n8n's lint; this keeps it equal to the policy.
		expect(option('timeout').default).toBe(RETRY_POLICY.requestTimeoutMs);
		expect(option('itemsInFlight').typeOptions?.maxValue).toBe(RETRY_POLICY.maxItemsInFlight);
	});
});

describe('Check Only', () => {
	const toggles = new TeleCrm().description.properties.filter((p) => p.name === 'checkOnly');
	const where = (p: INodeProperties) =>
		`${String(p.displayOptions?.show?.resource)} › ${String(p.displayOptions?.show?.operation)}`;

	it('is on every write', () => {
		expect(toggles.map(where).sort()).toEqual([
			'action › create',
			'action › update',
			'lead › create',
			'lead › update',
			'lead › upsert',
			'lead › upsertQueued',
			'teamMember › create',
			'teamMember › setAvailability',
		]);
	});

	it('takes no expression from item data: it decides the whole execution', () => {
		for (const toggle of toggles) expect(toggle.noDataExpression).toBe(true);
	});
});
