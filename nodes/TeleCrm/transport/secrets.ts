/**
 * What may be shown or kept of a credential: its addresses without a user, password, query or
 * fragment written in; its token and Base URL password redacted from whatever the server sends
 * back; a fingerprint of the token, never the token, in memory kept between executions.
 */

// Addresses as a user may read them.

const MAX_SHOWN = 300;

/** What stands for an address that cannot be shown safely. */
const HIDDEN = '…';

/** Resolves relative addresses (a redirect's `/path`); never shown. */
const RELATIVE_BASE = 'http://relative.invalid';

/** The schemes whose address is shown as `scheme://host/path`. */
const SCHEME = /^(https?|wss?|ftp|file):\/\//i;

interface Shown {
	/** `https://`, `//` (scheme-relative) or '' (a path). */
	prefix: string;
	host: string;
	path: string;
}

function parsed(url: string): URL | undefined {
	try {
		return new URL(url, RELATIVE_BASE);
	} catch {
		return undefined;
	}
}

/**
 * Whether what the parser took as host comes after the last "@": a password holding "#", "?",
 * "/" or ":" can make it take part of the password for the host; anything before the last "@"
 * is never shown.
 */
function afterLastAt(url: string, parsedUrl: URL): boolean {
	const at = url.lastIndexOf('@');
	if (at < 0) return true;
	const hasUserinfo = parsedUrl.username !== '' || parsedUrl.password !== '';
	return (
		hasUserinfo &&
		url
			.slice(at + 1)
			.toLowerCase()
			.startsWith(parsedUrl.host)
	);
}

/** The parts of a URL that may be shown; undefined where parsing fails or leaves doubt. */
function shownParts(url: string): Shown | undefined {
	const parsedUrl = parsed(url);
	if (!parsedUrl || !afterLastAt(url, parsedUrl)) return undefined;
	const path = parsedUrl.pathname === '/' ? '' : parsedUrl.pathname;
	const scheme = /^[a-z][a-z0-9+.-]*:(\/\/)?/i.exec(url);
	if (scheme?.[1]) return { prefix: `${parsedUrl.protocol}//`, host: parsedUrl.host, path };
	if (scheme) return { prefix: parsedUrl.protocol, host: '', path }; // "javascript:…"
	if (url.startsWith('//')) return { prefix: '//', host: parsedUrl.host, path };
	// A path (a redirect's Location), as written: it holds no "@" (afterLastAt).
	return { prefix: '', host: '', path: url.split(/[?#]/)[0] };
}

/** Less than the address, where it cannot be shown safely: its scheme, or nothing. */
function hiddenAddress(url: string): string {
	const scheme = SCHEME.exec(url);
	return scheme ? `${scheme[1].toLowerCase()}://${HIDDEN}` : HIDDEN;
}

/** A URL as it is shown: scheme, host and path only (a Base URL, a redirect's Location). */
export function displayUrl(url: string): string {
	const trimmed = url.trim();
	const parts = shownParts(trimmed);
	if (!parts) return hiddenAddress(trimmed);
	const shown = parts.prefix + parts.host + parts.path;
	return shown.length > MAX_SHOWN ? `${shown.slice(0, MAX_SHOWN)}…` : shown;
}

/** The host (and port) of a Base URL, without any user or password; '' where in doubt. */
export function hostOf(baseUrl: string): string {
	return shownParts(baseUrl.trim())?.host ?? '';
}

// The credential's secrets, taken out of answers.

/** Replaces the credential's secrets in any text taken from the server (an echoing proxy). */
export type Redact = (text: string) => string;

const REDACTED = '***';

/** Shorter user names ("user", "admin") are words an answer holds anyway: not redacted alone. */
const MIN_USER_REDACTED = 6;

function decoded(text: string): string {
	try {
		return decodeURIComponent(text);
	} catch {
		return text;
	}
}

/** As a Basic Authorization header carries it (n8n sends one for a user in the Base URL). */
function base64(text: string): string {
	return btoa(String.fromCharCode(...new TextEncoder().encode(text)));
}

/** The user and password written in a Base URL (as written and decoded), and their Basic form. */
function userinfoOf(baseUrl: string): string[] {
	const start = baseUrl.indexOf('//');
	const at = baseUrl.lastIndexOf('@');
	if (start < 0 || at < start) return [];
	const userinfo = baseUrl.slice(start + 2, at);
	const colon = userinfo.indexOf(':');
	const user = colon < 0 ? userinfo : userinfo.slice(0, colon);
	const password = colon < 0 ? '' : userinfo.slice(colon + 1);
	return [
		userinfo,
		password,
		decoded(password),
		...(user.length >= MIN_USER_REDACTED ? [user, decoded(user)] : []),
		base64(`${decoded(user)}:${decoded(password)}`),
	];
}

/** Each secret as it may come back: as is, URL-encoded, and escaped inside a JSON string. */
function formsOf(secret: string): string[] {
	return [secret, encodeURIComponent(secret), JSON.stringify(secret).slice(1, -1)];
}

/** A Redact for the token and any user or password in the Base URL; longest forms first. */
export function redactorFor(baseUrl: string, token: string): Redact {
	const secrets = [token, ...userinfoOf(baseUrl)];
	const forms = [...new Set(secrets.filter(Boolean).flatMap(formsOf))];
	forms.sort((a, b) => b.length - a.length);
	// `includes` first: most texts hold no secret, and split would copy each of them.
	return (text) =>
		forms.reduce((out, form) => (out.includes(form) ? out.split(form).join(REDACTED) : out), text);
}

// What is kept of the token.

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

/**
 * What tells a credential's workspace apart in memory kept between executions: the Base URL's
 * host (no user or password), the Enterprise ID and a fingerprint of the token, never the token.
 */
export function credentialKeyOf(baseUrl: string, enterpriseId: unknown, token: string): string {
	return [hostOf(baseUrl), enterpriseId, fingerprint(token)].join(' ');
}
