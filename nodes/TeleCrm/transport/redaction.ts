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
	return (text) => forms.reduce((out, form) => out.split(form).join(REDACTED), text);
}
