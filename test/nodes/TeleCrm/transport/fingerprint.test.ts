import { fingerprint } from '../../../../nodes/TeleCrm/transport/fingerprint';

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
