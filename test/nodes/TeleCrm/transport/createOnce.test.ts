import type { JsonObject } from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';

import { markAnswerLost } from '../../../../nodes/TeleCrm/transport/apiErrors';
import { createOnce, RECOVERED_NOTE } from '../../../../nodes/TeleCrm/transport/createOnce';
import { fakeApi, fakeNode } from '../../../support/fakeApi';

const lost = () =>
	markAnswerLost(new NodeApiError(fakeNode, { code: 'NO_ANSWER' } as JsonObject), true);

function api(outcomes: Array<'lost' | 'ok' | Error>) {
	return fakeApi(() => {
		const next = outcomes.shift();
		if (next === 'lost') throw lost();
		if (next instanceof Error) throw next;
		return { lead_id: 'NEW' };
	});
}

describe('createOnce', () => {
	const request = { method: 'POST' as const, path: ['lead'], body: {}, itemIndex: 0 };

	it('sends the create once, as not idempotent', async () => {
		const fake = api(['ok']);
		expect(await createOnce(fake.api, request, async () => undefined)).toEqual({ lead_id: 'NEW' });
		expect(fake.requests.map((r) => r.idempotent)).toEqual([false]);
	});

	it('a lost answer: what the create made is found and returned, nothing sent again', async () => {
		const fake = api(['lost', 'ok']);
		const result = await createOnce(fake.api, request, async () => ({ lead_id: 'FOUND' }));
		expect(result).toEqual({ lead_id: 'FOUND', recovered: RECOVERED_NOTE });
		expect(fake.requests).toHaveLength(1);
	});

	it('a lost answer and nothing found: sent once more', async () => {
		const fake = api(['lost', 'ok']);
		expect(await createOnce(fake.api, request, async () => undefined)).toEqual({ lead_id: 'NEW' });
		expect(fake.requests).toHaveLength(2);
	});

	it('any other failure is an n8n error, not looked into', async () => {
		const find = jest.fn();
		const failing = createOnce(api([new Error('boom')]).api, request, find);
		await expect(failing).rejects.toMatchObject({ name: 'NodeOperationError', message: 'boom' });
		expect(find).not.toHaveBeenCalled();
	});
});
