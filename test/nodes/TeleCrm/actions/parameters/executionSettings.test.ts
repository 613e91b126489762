import type { INodeProperties } from 'n8n-workflow';

import { requestOptionsProperty } from '../../../../../nodes/TeleCrm/actions/parameters/executionSettings';
import { wholeNumberOf } from '../../../../../nodes/TeleCrm/actions/parameters/numbers';
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

	it('has number defaults within their own bounds: an unset one is taken as is, unchecked', () => {
		const numbers = (requestOptionsProperty.options as INodeProperties[]).filter(
			(o) => o.type === 'number',
		);
		expect(numbers.map((o) => o.name)).toEqual(['timeout', 'itemsInFlight']);
		for (const number of numbers)
			expect(wholeNumberOf(number, number.default)).toBe(number.default);
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
