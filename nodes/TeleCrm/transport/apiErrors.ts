import type { IDataObject, INode, JsonObject } from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';

import { displayUrl } from './secrets';
import { MAX_ANSWER_BYTES, parseBody } from './answerBody';

/**
 * Whether an error is n8n's NodeApiError, by its name rather than `instanceof`: n8n's request
 * helper throws its own copy's class, and a package installed with its peer dependency
 * (a manual `npm install`) has a second copy of n8n-workflow whose classes differ.
 */
export function isNodeApiError(error: unknown): error is NodeApiError {
	return error instanceof Error && error.name === 'NodeApiError';
}

/** Whether telecrm answered this error with that HTTP status ("409", "404"…). */
export function hasHttpCode(error: unknown, httpCode: string): boolean {
	return isNodeApiError(error) && error.httpCode === httpCode;
}

/** A NodeApiError or NodeOperationError from any copy of n8n-workflow (see isNodeApiError). */
export function isNodeError(error: unknown): error is NodeApiError | NodeOperationError {
	return isNodeApiError(error) || (error instanceof Error && error.name === 'NodeOperationError');
}

/** n8n errors pass through unchanged (keeping telecrm's code and message); others are wrapped. */
export function asNodeError(
	node: INode,
	error: unknown,
	itemIndex?: number,
): NodeApiError | NodeOperationError {
	if (isNodeError(error)) return error;
	return new NodeOperationError(node, error as Error, { itemIndex });
}

/** What to do about each telecrm error code, shown under the message. */
const HINTS: Record<string, string> = {
	NOT_AUTHORIZED:
		'Check the TeleCRM credential: it needs a token of type Sync (Async tokens are refused) that has not been deleted. Create one under Settings > Website and API > API token.',
	ENTERPRISE_NOT_FOUND:
		'Check the Enterprise ID in the TeleCRM credential (Settings > Website and API).',
	LEAD_NOT_FOUND: 'Check the lead ID; IDs come from Create Lead or Search Leads.',
	LEAD_ALREADY_EXISTS:
		'A lead with this identifier exists already. Use the operation "Create or Update" to update it instead.',
	INVALID_LEAD:
		'The lead identifier cannot be changed through the API; leave it out of the update.',
	BUY_LICENSE: 'No free licence seat: free one in TeleCRM or buy more seats.',
};

/** The Async API's own hints, where they differ from the Sync API's. */
export const ASYNC_HINTS: Record<string, string> = {
	NOT_AUTHORIZED:
		'Check the TeleCRM Async API credential: it needs a token of type Async (Sync tokens are refused) that has not been deleted. Create one under Settings > Website and API > API token.',
	ENTERPRISE_NOT_FOUND:
		'Check the Enterprise ID in the TeleCRM Async API credential (Settings > Website and API).',
};

export interface ApiResponse {
	statusCode: number;
	body: unknown;
	headers: Record<string, string | string[] | undefined>;
}

/** How much of an answer's text an error looks at, and shows. */
const TEXT_LOOKED_AT = 16 * 1024;
const TEXT_SHOWN = 200;
const MESSAGE_SHOWN = 1000;

/** Text cut to `max` characters, marked when cut. */
function clip(text: string, max: number): string {
	return text.length > max ? text.slice(0, max) + '…' : text;
}

/** The name of the tag opened at `open`, lower-cased ("script", "p", "" for "<!--"). */
function tagName(html: string, open: number): string {
	return (/^[a-z0-9]*/i.exec(html.slice(open + 1, open + 12))?.[0] ?? '').toLowerCase();
}

/** Where the closing tag of a script or style element opened before `from` starts. */
function closingTag(html: string, name: string, from: number): number {
	for (let at = html.indexOf('</', from); at >= 0; at = html.indexOf('</', at + 2)) {
		if (tagName(html, at + 1) === name) return at;
	}
	return -1;
}

/** Where the tag opened at `open` ends; for a script or style, after its closing tag. */
function skipTag(html: string, open: number): number {
	const close = html.indexOf('>', open);
	if (close < 0) return html.length;
	const name = tagName(html, open);
	if (name !== 'script' && name !== 'style') return close + 1;
	const end = closingTag(html, name, close);
	return end < 0 ? html.length : skipTag(html, end);
}

/**
 * The readable text of an HTML (or plain) error page, from its first 16 KiB: tags, scripts and
 * styles dropped in one pass (no backtracking regex), spaces collapsed, 200 characters shown.
 */
export function plainText(body: string): string {
	const html = body.slice(0, TEXT_LOOKED_AT);
	const pieces: string[] = [];
	for (let at = 0; at < html.length; ) {
		const open = html.indexOf('<', at);
		if (open < 0) {
			pieces.push(html.slice(at));
			break;
		}
		pieces.push(html.slice(at, open), ' ');
		at = skipTag(html, open);
	}
	return clip(pieces.join('').replace(/\s+/g, ' ').trim(), TEXT_SHOWN);
}

/** Most entries of an error envelope's details[] shown. */
const DETAILS_SHOWN = 20;

/** telecrm's code, message and details from its error envelope, each bounded. */
function fromEnvelope(envelope: IDataObject, fallbackCode: string) {
	const all = Array.isArray(envelope.details) ? (envelope.details as unknown[]) : [];
	const details: IDataObject[] = all.slice(0, DETAILS_SHOWN).map((detail) => {
		const { field, message } = (detail ?? {}) as IDataObject;
		return {
			field: clip(String(field ?? ''), TEXT_SHOWN),
			message: clip(String(message ?? ''), TEXT_SHOWN),
		};
	});
	return {
		code: clip(String(envelope.code ?? fallbackCode), TEXT_SHOWN),
		message: clip(String(envelope.message ?? 'No message'), MESSAGE_SHOWN),
		details,
	};
}

/** An answer's header (its first value), by its lower-case name or as given. */
export function headerOf(res: ApiResponse, name: string): string | undefined {
	const value = res.headers?.[name.toLowerCase()] ?? res.headers?.[name];
	return Array.isArray(value) ? value[0] : value;
}

/** A 3xx answer: where it points (scheme, host and path only), never followed. */
function redirectMessage(res: ApiResponse): string {
	const location = headerOf(res, 'location');
	const to = location ? ` to ${displayUrl(location)}` : '';
	return `HTTP ${res.statusCode}, a redirect${to}, which this node does not follow`;
}

const REDIRECT_HINT =
	'Redirects are never followed, so the token goes only to the Base URL entered in the credential. If the address redirected to is TeleCRM (or your proxy), enter that address as the Base URL.';

/** What a non-2xx answer without telecrm's error envelope says. */
function statusMessage(res: ApiResponse, body: unknown): string {
	const status = res.statusCode;
	if (status >= 300 && status < 400) return redirectMessage(res);
	if (typeof body !== 'string' || !body.trim())
		return `HTTP ${status} with an empty or unexpected answer`;
	const text = plainText(body);
	return `HTTP ${status} with a non-JSON answer${text ? `: ${text}` : ' (no readable text)'}`;
}

/** Turns a non-2xx answer into a NodeApiError carrying telecrm's code and message. */
export function toApiError(
	node: INode,
	res: ApiResponse,
	itemIndex?: number,
	ownHints: Record<string, string> = {},
): NodeApiError {
	const hints = { ...HINTS, ...ownHints };
	const body = parseBody(res.body);
	const envelope = (body as { error?: IDataObject } | undefined)?.error;
	const status = String(res.statusCode);
	const { code, message, details } =
		envelope && typeof envelope === 'object'
			? fromEnvelope(envelope, `HTTP_${status}`)
			: { code: `HTTP_${status}`, message: statusMessage(res, body), details: [] };
	const descriptionParts = details.map((d) => `${String(d.field)}: ${String(d.message)}`);
	if (hints[code]) descriptionParts.push(hints[code]);
	if (!envelope && status.startsWith('3')) descriptionParts.push(REDIRECT_HINT);
	// Live workspaces answer an unknown Enterprise ID with a 401 naming the enterprise.
	if (code === 'NOT_AUTHORIZED' && /enterprise/i.test(message))
		descriptionParts.push(hints.ENTERPRISE_NOT_FOUND);
	return new NodeApiError(
		node,
		{ code, message, details, httpCode: status } as unknown as JsonObject,
		{
			message: `TeleCRM ${code}: ${message}`,
			description: descriptionParts.join('\n') || undefined,
			httpCode: status,
			itemIndex,
		},
	);
}

/** A 2xx answer that is not a JSON object. */
export function malformedAnswer(node: INode, res: ApiResponse, itemIndex?: number): NodeApiError {
	return new NodeApiError(node, { code: 'MALFORMED_RESPONSE' } as JsonObject, {
		message: `TeleCRM answered HTTP ${res.statusCode} without a readable JSON object`,
		description: typeof res.body === 'string' ? plainText(res.body) : undefined,
		httpCode: String(res.statusCode),
		itemIndex,
	});
}

/** Socket codes meaning nothing listens at that address (as opposed to a slow or cut answer). */
const UNREACHABLE = new Set([
	'ECONNREFUSED',
	'ENOTFOUND',
	'EAI_AGAIN',
	'EHOSTUNREACH',
	'ENETUNREACH',
]);

/** Socket codes of a timeout below the node's deadline (a proxy's, the system's). */
const TIMED_OUT = new Set(['ETIMEDOUT', 'ECONNABORTED']);

/** The socket error of a request (or of its cut answer), as a code: ECONNREFUSED, ECONNRESET… */
function socketCode(error: unknown): string {
	const failed = error as { code?: unknown; cause?: { code?: unknown }; reason?: unknown };
	const code = failed?.code ?? failed?.cause?.code;
	if (typeof code === 'string') return code;
	return failed?.reason ? socketCode(failed.reason) : 'NETWORK_ERROR';
}

/** What was tried when no answer came: the address (scheme, host, path) and the Timeout. */
export interface NoAnswer {
	baseUrl: string;
	timeoutMs: number;
	/** The attempt's deadline (the Timeout) passed before the whole answer came. */
	timedOut: boolean;
}

/** What the user reads when no answer came, naming the address that was tried. */
function noAnswerText(code: string, tried: NoAnswer): { message: string; description: string } {
	if (tried.timedOut || TIMED_OUT.has(code)) {
		return {
			message: `TeleCRM did not answer within the Timeout (${tried.timeoutMs} ms)`,
			description: `The whole answer, body included, must arrive within the Timeout (Options) of each attempt. Raise it if TeleCRM is slow, or check the Base URL in the credential and your network.`,
		};
	}
	if (UNREACHABLE.has(code)) {
		return {
			message: `TeleCRM could not be reached at ${displayUrl(tried.baseUrl)}`,
			description: `Nothing answered at that address (${code}). Check the Base URL in the TeleCRM credential (leave it empty for TeleCRM itself), and that this n8n can reach it.`,
		};
	}
	return {
		message: 'TeleCRM did not answer',
		description: `No answer (${code}): the network failed or the connection was cut. Check the Base URL in the credential and your network.`,
	};
}

/** No (whole) answer came: built afresh, never wrapping `error`, which holds the request. */
export function noAnswerError(
	node: INode,
	error: unknown,
	tried: NoAnswer,
	itemIndex?: number,
): NodeApiError {
	const code = tried.timedOut ? 'TIMEOUT' : socketCode(error);
	// The socket code stays out of the message: n8n would replace such a message with its own.
	return new NodeApiError(node, { code: 'NO_ANSWER', cause: code } as JsonObject, {
		...noAnswerText(code, tried),
		itemIndex,
	});
}

/** An answer past MAX_ANSWER_BYTES: reading stopped there. */
export function answerTooLarge(node: INode, itemIndex?: number): NodeApiError {
	const mib = MAX_ANSWER_BYTES / 1024 / 1024;
	return new NodeApiError(node, { code: 'ANSWER_TOO_LARGE' } as JsonObject, {
		message: `TeleCRM's answer was larger than ${mib} MiB, the most this node reads`,
		description: `No TeleCRM answer comes near ${mib} MiB (a page of 100 leads is far smaller): check that the Base URL in the credential points at TeleCRM, not at another service.`,
		itemIndex,
	});
}

/**
 * A create whose answer never came (dropped connection, timeout, 502/504) may have been
 * saved; callers check before they try again. Marked on the error's context.
 */
export function isAnswerLost(error: unknown): boolean {
	return isNodeApiError(error) && error.context?.answerLost === true;
}

export function markAnswerLost(error: NodeApiError, lost: boolean): NodeApiError {
	if (lost) error.context.answerLost = true;
	return error;
}
