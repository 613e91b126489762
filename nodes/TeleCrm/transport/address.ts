/** Addresses as a user may read them: never a user, password, query or fragment written in. */

const MAX_SHOWN = 300;

/** Where the authority (user, password, host) of a URL starts: after `scheme://`, `//` or 0. */
function authorityStart(url: string): number {
	const scheme = url.indexOf('://');
	if (scheme >= 0) return scheme + 3;
	return url.startsWith('//') ? 2 : 0;
}

/** A URL without its query and fragment; a user and password (up to the last "@") cut out. */
function parts(url: string): { scheme: string; host: string; path: string } {
	const end = url.search(/[?#]/);
	const bare = end < 0 ? url : url.slice(0, end);
	const start = authorityStart(bare);
	// The last "@", even past a "/": a password holding a "/" is cut out all the same.
	const at = bare.lastIndexOf('@');
	const hostStart = at >= start ? at + 1 : start;
	if (start === 0) return { scheme: '', host: '', path: bare.slice(hostStart) };
	const slash = bare.indexOf('/', hostStart);
	const pathStart = slash < 0 ? bare.length : slash;
	return {
		scheme: bare.slice(0, start),
		host: bare.slice(hostStart, pathStart),
		path: bare.slice(pathStart),
	};
}

/** A URL as it is shown: scheme, host and path only (a Base URL, a redirect's Location). */
export function displayUrl(url: string): string {
	const { scheme, host, path } = parts(url.trim());
	const shown = scheme + host + path;
	return shown.length > MAX_SHOWN ? `${shown.slice(0, MAX_SHOWN)}…` : shown;
}

/** The host (and port) of a Base URL, without any user or password written into it. */
export function hostOf(baseUrl: string): string {
	return parts(baseUrl.trim()).host;
}
