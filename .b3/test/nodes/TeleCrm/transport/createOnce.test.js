'use strict';
Object.defineProperty(exports, '__esModule', { value: true });
const n8n_workflow_1 = require('n8n-workflow');
const apiErrors_1 = require('../../../../nodes/TeleCrm/transport/apiErrors');
const createOnce_1 = require('../../../../nodes/TeleCrm/transport/createOnce');
const fakeApi_1 = require('../../../support/fakeApi');
const lost = () =>
	(0, apiErrors_1.markAnswerLost)(
		new n8n_workflow_1.NodeApiError(fakeApi_1.fakeNode, { code: 'NO_ANSWER' }),
		true,
	);
function api(outcomes) {
	return (0, fakeApi_1.fakeApi)(() => {
		const next = outcomes.shift();
		if (next === 'lost') throw lost();
		if (next instanceof Error) throw next;
		return { lead_id: 'NEW' };
	});
}
describe('createOnce', () => {
	const request = { method: 'POST', path: ['lead'], body: {}, itemIndex: 0 };
	it('sends the create once, as not idempotent', async () => {
		const fake = api(['ok']);
		expect(await (0, createOnce_1.createOnce)(fake.api, request, async () => undefined)).toEqual({
			lead_id: 'NEW',
		});
		expect(fake.requests.map((r) => r.idempotent)).toEqual([false]);
	});
	it('a lost answer: what the create made is found and returned, nothing sent again', async () => {
		const fake = api(['lost', 'ok']);
		const result = await (0, createOnce_1.createOnce)(fake.api, request, async () => ({
			lead_id: 'FOUND',
		}));
		expect(result).toEqual({ lead_id: 'FOUND', recovered: createOnce_1.RECOVERED_NOTE });
		expect(fake.requests).toHaveLength(1);
	});
	it('a lost answer and nothing found: sent once more', async () => {
		const fake = api(['lost', 'ok']);
		expect(await (0, createOnce_1.createOnce)(fake.api, request, async () => undefined)).toEqual({
			lead_id: 'NEW',
		});
		expect(fake.requests).toHaveLength(2);
	});
	it('any other failure is an n8n error, not looked into', async () => {
		const find = jest.fn();
		const failing = (0, createOnce_1.createOnce)(api([new Error('boom')]).api, request, find);
		await expect(failing).rejects.toMatchObject({ name: 'NodeOperationError', message: 'boom' });
		expect(find).not.toHaveBeenCalled();
	});
});
//# sourceMappingURL=createOnce.test.js.map
