import type { INodeProperties } from 'n8n-workflow';

import { requestOptionsProperty } from '../../../../nodes/TeleCrm/actions/common.descriptions';
import { RETRY_POLICY } from '../../../../nodes/TeleCrm/transport';

const option = (name: string) =>
	(requestOptionsProperty.options as INodeProperties[]).find((o) => o.name === name)!;

describe('Options shared by every operation', () => {
	it('shows the transport policy: the timeout it applies and the items in flight it allows', () => {
		// The default is a literal for n8n's lint; this keeps it equal to the policy.
		expect(option('timeout').default).toBe(RETRY_POLICY.requestTimeoutMs);
		expect(option('itemsInFlight').typeOptions?.maxValue).toBe(RETRY_POLICY.maxItemsInFlight);
	});
});
