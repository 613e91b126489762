import { displayUrl, hostOf } from '../../../../nodes/TeleCrm/transport/address';

describe('hostOf', () => {
	it('gives host and port of a Base URL, never a user or password written into it', () => {
		expect(hostOf('https://next.telecrm.in/autoupdate/v2')).toBe('next.telecrm.in');
		expect(hostOf('http://user:secret@127.0.0.1:8787/autoupdate/v2')).toBe('127.0.0.1:8787');
		expect(hostOf('https://proxy.example?x=1')).toBe('proxy.example');
	});
});

describe('displayUrl', () => {
	it('shows scheme, host and path; never a user, password, query or fragment', () => {
		expect(displayUrl('https://next.telecrm.in/autoupdate/v2')).toBe(
			'https://next.telecrm.in/autoupdate/v2',
		);
		expect(displayUrl('http://user:secret@127.0.0.1:8787/v2?token=t#f')).toBe(
			'http://127.0.0.1:8787/v2',
		);
		expect(displayUrl(' https://proxy.example?x=1 ')).toBe('https://proxy.example');
	});

	it('cuts a password out however it is written', () => {
		expect(displayUrl('http://user:pa/ss@host.example/p')).toBe('http://host.example/p');
		expect(displayUrl('user:secret@host.example/p')).toBe('host.example/p');
		expect(displayUrl('//user:secret@host.example/p')).toBe('//host.example/p');
		expect(displayUrl('https://:secret@host.example')).toBe('https://host.example');
	});

	it('shows a relative redirect as its path, and at most 300 characters', () => {
		expect(displayUrl('/login?next=/x')).toBe('/login');
		expect(displayUrl('file:///etc/passwd')).toBe('file:///etc/passwd');
		expect(displayUrl(`https://h.example/${'a'.repeat(1000)}`)).toHaveLength(301);
	});
});
