'use strict';
Object.defineProperty(exports, '__esModule', { value: true });
const common_descriptions_1 = require('../../../../nodes/TeleCrm/actions/common.descriptions');
const transport_1 = require('../../../../nodes/TeleCrm/transport');
const option = (name) =>
	common_descriptions_1.requestOptionsProperty.options.find((o) => o.name === name);
describe('Options shared by every operation', () => {
	it('shows the transport policy: the timeout it applies and the items in flight it allows', () => {
		expect(option('timeout').default).toBe(transport_1.RETRY_POLICY.requestTimeoutMs);
		expect(option('itemsInFlight').typeOptions?.maxValue).toBe(
			transport_1.RETRY_POLICY.maxItemsInFlight,
		);
	});
});
//# sourceMappingURL=common.descriptions.test.js.map
