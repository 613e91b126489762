import { TeleCrmSyncApi } from '../../credentials/TeleCrmSyncApi.credentials';

describe('TeleCrmSyncApi.authenticate', () => {
	const credential = new TeleCrmSyncApi();

	it('adds the Sync token as a Bearer header and keeps the request’s own headers', async () => {
		const options = await credential.authenticate(
			{ syncToken: 'tok-1', enterpriseId: 'ent' },
			{ url: '/x', headers: { 'Content-Type': 'application/json' } },
		);
		expect(options.headers).toEqual({
			'Content-Type': 'application/json',
			Authorization: 'Bearer tok-1',
		});
	});

	it('works on a request without headers', async () => {
		const options = await credential.authenticate({ syncToken: 'tok-2' }, { url: '/x' });
		expect(options.headers).toEqual({ Authorization: 'Bearer tok-2' });
	});
});

describe('TeleCrmSyncApi.test', () => {
	it('follows no redirect: n8n would send the token on to wherever it points', () => {
		const { request, rules } = new TeleCrmSyncApi().test;
		expect(request).toMatchObject({ disableFollowRedirect: true, ignoreHttpStatusErrors: true });
		expect(rules?.at(-1)?.properties.message).toContain('enter the address it redirects to');
	});
});
