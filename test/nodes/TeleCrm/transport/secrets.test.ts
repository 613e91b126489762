import {
	credentialKeyOf,
	displayUrl,
	fingerprint,
	hostOf,
	redactorFor,
} from '../../../../nodes/TeleCrm/transport/secrets';

/** Passwords that end the authority early, and the hostile suite's password canary. */
const PASSWORDS = [
	...['pw#secret', 'pw?secret', 'pw/secret', 'pw@secret', '34#secret', '34?secret'],
	...['pw@secret#tail', 'canary-url-9c3d41b6'],
];
const PASSWORD_URLS = PASSWORDS.flatMap((password) => [
	`https://user:${password}@proxy.example/v2`,
	`http://user:${password}@127.0.0.1:8787/v2`,
	`//user:${password}@proxy.example/v2`,
	`user:${password}@proxy.example/v2`,
]);

/** Whether `shown` holds the user, or any piece of the password between its separators. */
const showsUserinfo = (shown: string, url: string) =>
	/user/.test(shown) ||
	url
		.slice(url.indexOf('user:') + 5, url.lastIndexOf('@'))
		.split(/[#?/@:]/)
		.some((piece) => piece && shown.includes(piece));

describe('hostOf', () => {
	it('gives host and port of a Base URL, never a user or password written into it', () => {
		expect(hostOf('https://next.telecrm.in/autoupdate/v2')).toBe('next.telecrm.in');
		expect(hostOf('http://user:secret@127.0.0.1:8787/autoupdate/v2')).toBe('127.0.0.1:8787');
		expect(hostOf('https://proxy.example?x=1')).toBe('proxy.example');
	});

	it('gives nothing of a password holding "#", "?", "/" or "@", and nothing where in doubt', () => {
		expect(PASSWORD_URLS.filter((url) => showsUserinfo(hostOf(url), url))).toEqual([]);
		expect(hostOf('https://user:p#ss@proxy/v2')).toBe('');
		expect(hostOf('https://user:p@ss@proxy.example/v2')).toBe('proxy.example');
		expect(hostOf('not a url')).toBe('');
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
		expect(displayUrl('https://user:p@ss@host.example/p')).toBe('https://host.example/p');
		expect(displayUrl('//user:secret@host.example/p')).toBe('//host.example/p');
		expect(displayUrl('https://:secret@host.example')).toBe('https://host.example');
	});

	it('shows less (the scheme, or nothing) where a password could show, never part of it', () => {
		expect(PASSWORD_URLS.filter((url) => showsUserinfo(displayUrl(url), url))).toEqual([]);
		expect(displayUrl('https://user:p#ss@proxy/v2')).toBe('https://…');
		expect(displayUrl('https://user:12?ss@proxy/v2')).toBe('https://…');
		expect(displayUrl('user:p#ss@proxy/v2')).toBe('…');
		expect(displayUrl('https://host.example/x?mail=a@b')).toBe('https://…');
		expect(displayUrl('http://[::1')).toBe('http://…');
	});

	it('shows a relative redirect as its path, and at most 300 characters', () => {
		expect(displayUrl('/login?next=/x')).toBe('/login');
		expect(displayUrl('http//missing-colon')).toBe('http//missing-colon');
		expect(displayUrl('javascript:alert(1)')).toBe('javascript:alert(1)');
		expect(displayUrl('file:///etc/passwd')).toBe('file:///etc/passwd');
		expect(displayUrl(`https://h.example/${'a'.repeat(1000)}`)).toHaveLength(301);
	});
});

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

/** FNV-1a 64 computed with BigInt, as the specification states it. */
function reference(text: string): string {
	let hash = 0xcbf29ce484222325n;
	for (let i = 0; i < text.length; i++) {
		hash ^= BigInt(text.charCodeAt(i));
		hash = (hash * 0x100000001b3n) & 0xffffffffffffffffn;
	}
	return hash.toString(16).padStart(16, '0');
}

describe('fingerprint', () => {
	it('is FNV-1a 64 (published test vectors and a BigInt reference)', () => {
		expect(fingerprint('')).toBe('cbf29ce484222325');
		expect(fingerprint('a')).toBe('af63dc4c8601ec8c');
		expect(fingerprint('foobar')).toBe('85944171f73967e8');
		for (const text of ['tok_1', 'x'.repeat(300), 'ünïcødé token', 'Bearer abc.def-ghi'])
			expect(fingerprint(text)).toBe(reference(text));
	});

	it('tells tokens apart and never contains them', () => {
		expect(fingerprint('token-a')).not.toBe(fingerprint('token-b'));
		expect(fingerprint('0123456789abcdef')).not.toContain('0123456789abcdef');
	});
});

const CANARY = 'canary-3f9a7c1e5b2d4a68';

describe('credentialKeyOf', () => {
	it('keeps no user, password or token of the credential', () => {
		const key = credentialKeyOf('http://user:secret@127.0.0.1:8787/autoupdate/v2', 'ent', CANARY);
		expect(key).toMatch(/^127\.0\.0\.1:8787 ent [0-9a-f]{16}$/);
		expect(key).not.toContain('secret');
		expect(key).not.toContain(CANARY);
		expect(credentialKeyOf('http://127.0.0.1:8787/autoupdate/v2', 'ent', CANARY)).toBe(key);
	});
});
