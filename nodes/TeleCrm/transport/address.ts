/** Addresses as a user may read them: never a user, password, query or fragment written in. */

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
