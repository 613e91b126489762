'use strict';
Object.defineProperty(exports, '__esModule', { value: true });
const TeleCrmSyncApi_credentials_1 = require('../../credentials/TeleCrmSyncApi.credentials');
describe('TeleCrmSyncApi.authenticate', () => {
	const credential = new TeleCrmSyncApi_credentials_1.TeleCrmSyncApi();
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
//# sourceMappingURL=TeleCrmSyncApi.credentials.test.js.map
