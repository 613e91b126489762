import { TeleCrmAsyncApi } from '../../credentials/TeleCrmAsyncApi.credentials';

describe('TeleCrmAsyncApi', () => {
	const credential = new TeleCrmAsyncApi();

	it('adds the Async token as a Bearer header and keeps the request’s own headers', async () => {
		const options = await credential.authenticate(
			{ asyncToken: 'tok-a', enterpriseId: 'ent' },
			{ url: '/x', headers: { 'Content-Type': 'application/json' } },
		);
		expect(options.headers).toEqual({
			'Content-Type': 'application/json',
			Authorization: 'Bearer tok-a',
		});
	});

	it('tests the token with a request that carries no field, which telecrm drops by design', () => {
		expect(credential.test.request).toMatchObject({
			method: 'POST',
			url: '=/enterprise/{{encodeURIComponent($credentials.enterpriseId)}}/autoupdatelead',
			body: { fields: {} },
			// n8n would send the token on to wherever a redirect points.
			disableFollowRedirect: true,
		});
		expect(credential.test.rules?.at(-1)?.properties.message).toContain(
			'enter the address it redirects to',
		);
		expect(credential.test.rules?.map((r) => (r.properties as { key: string }).key)).toEqual([
			'error.code',
			'error.code',
			'status',
		]);
	});
});
