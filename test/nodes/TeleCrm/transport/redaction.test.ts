import { redactorFor } from '../../../../nodes/TeleCrm/transport/redaction';

describe('redactorFor', () => {
	it('replaces the token as is, URL-encoded and JSON-escaped', () => {
		const redact = redactorFor('https://next.telecrm.in/autoupdate/v2', 'to/k"en');
		expect(redact('Bearer to/k"en')).toBe('Bearer ***');
		expect(redact('?t=to%2Fk%22en')).toBe('?t=***');
		expect(redact(JSON.stringify({ a: 'Bearer to/k"en' }))).toBe('{"a":"Bearer ***"}');
	});

	it('replaces a Base URL password (as written, decoded, in a Basic header) and a long user', () => {
		const redact = redactorFor('https://operator:p%23ss@proxy.example/v2', 'token-123');
		expect(redact('p%23ss p#ss operator')).toBe('*** *** ***');
		expect(redact(`Basic ${btoa('operator:p#ss')}`)).toBe('Basic ***');
		// A short user name is a common word: left as it is.
		expect(redactorFor('https://user:pw@proxy.example', 'token-9')('user-agent')).toBe(
			'user-agent',
		);
	});

	it('leaves text alone where the credential holds no secret it contains', () => {
		expect(redactorFor('https://proxy.example/@team', 'token')('all fine')).toBe('all fine');
	});
});
