import type { IDataObject, INode, JsonObject } from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';

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

export function parseBody(body: unknown): unknown {
	if (typeof body !== 'string') return body;
	try {
		return JSON.parse(body);
	} catch {
		return body;
	}
}

function plainText(body: string): string {
	const text = body
		.replace(/<(script|style)[^>]*>[\s\S]*?<\/\1>/gi, ' ')
		.replace(/<[^>]+>/g, ' ')
		.replace(/\s+/g, ' ')
		.trim();
	return text.length > 200 ? text.slice(0, 200) + '…' : text;
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
	let code = `HTTP_${status}`;
	let message: string;
	let details: IDataObject[] = [];
	if (envelope && typeof envelope === 'object') {
		code = String(envelope.code ?? code);
		message = String(envelope.message ?? 'No message');
		details = Array.isArray(envelope.details) ? (envelope.details as IDataObject[]) : [];
	} else if (typeof body === 'string' && body.trim()) {
		message = `HTTP ${status} with a non-JSON answer: ${plainText(body)}`;
	} else {
		message = `HTTP ${status} with an empty or unexpected answer`;
	}
	const descriptionParts = details.map(
		(d) => `${String(d.field ?? '')}: ${String(d.message ?? '')}`,
	);
	if (hints[code]) descriptionParts.push(hints[code]);
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

/** The socket error of a request, as a code: ECONNREFUSED, ETIMEDOUT… */
function socketCode(error: Error): string {
	const cause = error as Error & { cause?: { code?: string }; code?: string };
	return cause.code ?? cause.cause?.code ?? 'NETWORK_ERROR';
}

/** What the user reads when no answer came, naming the address that was tried. */
function noAnswerText(code: string, baseUrl: string): { message: string; description: string } {
	if (UNREACHABLE.has(code)) {
		return {
			message: `TeleCRM could not be reached at ${baseUrl}`,
			description: `Nothing answered at that address (${code}). Check the Base URL in the TeleCRM credential (leave it empty for TeleCRM itself), and that this n8n can reach it.`,
		};
	}
	return {
		message: 'TeleCRM did not answer',
		description: `No answer (${code}): the network failed, or TeleCRM took longer than the timeout (Options). Check the Base URL in the credential and your network.`,
	};
}

export function networkError(
	node: INode,
	error: Error,
	baseUrl: string,
	itemIndex?: number,
): NodeApiError {
	// Built afresh (not wrapping `error`) so the request's Authorization header can't leak.
	const code = socketCode(error);
	// The socket code stays out of the message: n8n would replace such a message with its own.
	return new NodeApiError(node, { code: 'NO_ANSWER', cause: code } as JsonObject, {
		...noAnswerText(code, baseUrl),
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
