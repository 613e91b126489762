/**
 * A 64-bit FNV-1a fingerprint of a string, as 16 hex digits. Written here because code in
 * nodes/ may not import Node's `crypto` (n8n Cloud's rule). It only tells two tokens of one
 * workspace apart in a key held in memory (never logged, never sent): it need not resist an
 * attacker, who would need the token to reach that memory anyway.
 */
export function fingerprint(text: string): string {
	// Two 32-bit halves of the 64-bit state: JavaScript numbers are exact only to 53 bits.
	let high = 0xcbf29ce4;
	let low = 0x84222325;
	for (let i = 0; i < text.length; i++) {
		low = (low ^ text.charCodeAt(i)) >>> 0;
		// Multiply by the 64-bit FNV prime 0x100000001b3 = 2^40 + 0x1b3.
		const lowProduct = low * 0x1b3;
		const carry = Math.floor(lowProduct / 0x100000000);
		high = (Math.imul(high, 0x1b3) + Math.imul(low, 0x100) + carry) >>> 0;
		low = lowProduct >>> 0;
	}
	return high.toString(16).padStart(8, '0') + low.toString(16).padStart(8, '0');
}
