import type {
	IAdditionalCredentialOptions,
	ICredentialDataDecryptedObject,
	IDataObject,
	IExecuteFunctions,
	IHttpRequestMethods,
	IHttpRequestOptions,
	ILoadOptionsFunctions,
	JsonObject,
} from 'n8n-workflow';
import { NodeApiError, NodeOperationError, sleep } from 'n8n-workflow';

import { DEFAULT_BASE_URL } from '../../../credentials/TeleCrmSyncApi.credentials';

export const CREDENTIAL_TYPE = 'teleCrmSyncApi';

export type ApiContext = IExecuteFunctions | ILoadOptionsFunctions;

export interface ApiRequest {
	method: IHttpRequestMethods;
	/** Path segments after `/enterprise/{enterpriseId}/`; each is URL-encoded here. */
	path: Array<string | number>;
	qs?: IDataObject;
	body?: IDataObject;
	itemIndex?: number;
	/**
	 * False for creates: a 502/504 or a dropped connection may hide a request the server
	 * did process, so repeating it could create a duplicate.
	 */
	idempotent?: boolean;
}

export interface ApiResponse {
	statusCode: number;
	body: unknown;
	headers: Record<string, string | string[] | undefined>;
}

export interface RequestSettings {
	timeoutMs: number;
	/** Until when every request of this execution holds back (after a 429 or 503). */
	pauseUntil?: number;
}

/** Per-execution settings (the node's Request Options), keyed by the execution context. */
const settings = new WeakMap<object, RequestSettings>();

export function setRequestSettings(ctx: ApiContext, value: RequestSettings): void {
	settings.set(ctx, value);
}

/** Bounds of the retry loop; exported so tests and docs read the same numbers. */
export const RETRY_POLICY = {
	maxRetries: 3,
	baseDelayMs: 500,
	maxDelayMs: 10_000,
	maxTotalWaitMs: 30_000,
	requestTimeoutMs: 60_000,
};

const RETRY_ALWAYS = new Set([429, 503]);
const RETRY_IF_IDEMPOTENT = new Set([502, 504]);

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

interface Credentials {
	enterpriseId: string;
	baseUrl?: string;
}

export function encodePathSegment(segment: string | number): string {
	return encodeURIComponent(String(segment));
}

export function normaliseBaseUrl(this: ApiContext, raw: string | undefined): string {
	const baseUrl = (raw ?? '').trim() || DEFAULT_BASE_URL;
	if (!/^https?:\/\/[^/\s]+/i.test(baseUrl)) {
		throw new NodeOperationError(
			this.getNode(),
			`The Base URL "${baseUrl}" in the TeleCRM credential is not an http(s) address`,
			{ description: `Use ${DEFAULT_BASE_URL}, or the http(s) address of your proxy or sandbox.` },
		);
	}
	return baseUrl.replace(/\/+$/, '');
}

interface Prepared {
	options: IHttpRequestOptions;
	/** Handed to n8n's request helper, so the credential is read once per request, not twice. */
	auth: IAdditionalCredentialOptions;
}

async function prepare(this: ApiContext, request: ApiRequest): Promise<Prepared> {
	const credentials = await this.getCredentials<Credentials>(CREDENTIAL_TYPE, request.itemIndex);
	const baseURL = normaliseBaseUrl.call(this, credentials.baseUrl);
	const segments = ['enterprise', credentials.enterpriseId, ...request.path].map(encodePathSegment);
	const options: IHttpRequestOptions = {
		method: request.method,
		baseURL,
		url: '/' + segments.join('/'),
		qs: request.qs,
		json: true,
		returnFullResponse: true,
		ignoreHttpStatusErrors: true,
		timeout: settings.get(this)?.timeoutMs ?? RETRY_POLICY.requestTimeoutMs,
		// A redirect could carry the token to a host the user never entered.
		disableFollowRedirect: true,
	};
	if (request.method !== 'GET') {
		options.body = request.body ?? {};
		options.headers = { 'Content-Type': 'application/json' };
	}
	const reference = this.getNode().credentials?.[CREDENTIAL_TYPE];
	const auth: IAdditionalCredentialOptions = {
		credentialsDecrypted: {
			id: reference?.id ?? '',
			name: reference?.name ?? '',
			type: CREDENTIAL_TYPE,
			data: credentials as unknown as ICredentialDataDecryptedObject,
		},
	};
	return { options, auth };
}

function parseBody(body: unknown): unknown {
	if (typeof body !== 'string') return body;
	try {
		return JSON.parse(body);
	} catch {
		return body;
	}
}

function header(res: ApiResponse, name: string): string | undefined {
	const value = res.headers?.[name] ?? res.headers?.[name.toLowerCase()];
	return Array.isArray(value) ? value[0] : value;
}

/** Seconds from a Retry-After header (number of seconds or an HTTP date), if any. */
export function retryAfterMs(value: string | undefined, now = Date.now()): number | undefined {
	if (!value) return undefined;
	const seconds = Number(value);
	if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
	const date = Date.parse(value);
	return Number.isNaN(date) ? undefined : Math.max(0, date - now);
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
export function toApiError(this: ApiContext, res: ApiResponse, itemIndex?: number): NodeApiError {
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
	if (HINTS[code]) descriptionParts.push(HINTS[code]);
	return new NodeApiError(
		this.getNode(),
		{ code, message, details, httpCode: status } as unknown as JsonObject,
		{
			message: `TeleCRM ${code}: ${message}`,
			description: descriptionParts.join('\n') || undefined,
			httpCode: status,
			itemIndex,
		},
	);
}

function isRetryable(status: number, idempotent: boolean): boolean {
	return RETRY_ALWAYS.has(status) || (idempotent && RETRY_IF_IDEMPOTENT.has(status));
}

function backoffMs(attempt: number): number {
	return Math.min(RETRY_POLICY.maxDelayMs, RETRY_POLICY.baseDelayMs * 2 ** attempt);
}

/**
 * A create whose answer never came (dropped connection, timeout, 502/504) may have been
 * saved; callers check before they try again. Marked on the error's context.
 */
export function isAnswerLost(error: unknown): boolean {
	return error instanceof NodeApiError && error.context?.answerLost === true;
}

function markAnswerLost(error: NodeApiError, lost: boolean): NodeApiError {
	if (lost) error.context.answerLost = true;
	return error;
}

function networkError(this: ApiContext, error: Error, itemIndex?: number): NodeApiError {
	// Built afresh (not wrapping `error`) so the request's Authorization header can't leak.
	const cause = error as Error & { cause?: { code?: string }; code?: string };
	const code = cause.code ?? cause.cause?.code ?? 'NETWORK_ERROR';
	return new NodeApiError(this.getNode(), { code: 'NO_ANSWER', cause: code } as JsonObject, {
		// The socket code stays out of the message: n8n would replace such a message with its own.
		message: 'TeleCRM did not answer',
		description: `No answer (${code}): the network failed, or TeleCRM took longer than the timeout (Request Options). Check the Base URL in the credential and your network.`,
		itemIndex,
	});
}

async function send(this: ApiContext, { options, auth }: Prepared): Promise<ApiResponse> {
	const res = (await this.helpers.httpRequestWithAuthentication.call(
		this,
		CREDENTIAL_TYPE,
		{ ...options },
		auth,
	)) as ApiResponse;
	return { ...res, body: parseBody(res.body) };
}

/**
 * The one place that talks HTTP: auth, encoding, retries with backoff, error mapping.
 * Returns the parsed JSON body of a 2xx answer.
 */
export async function apiRequest(this: ApiContext, request: ApiRequest): Promise<IDataObject> {
	const prepared = await prepare.call(this, request);
	const idempotent = request.idempotent ?? true;
	const shared = settings.get(this);
	let waited = 0;
	let attempt = 0;
	const mayRetry = (delay: number) =>
		attempt < RETRY_POLICY.maxRetries && waited + delay <= RETRY_POLICY.maxTotalWaitMs;
	/** Waits before the next attempt; a "slow down" (429/503) pauses every item in flight. */
	const backOff = async (delay: number, everyone: boolean) => {
		waited += delay;
		attempt++;
		if (everyone && shared)
			shared.pauseUntil = Math.max(shared.pauseUntil ?? 0, Date.now() + delay);
		await sleep(delay);
	};
	/** A read whose answer was missing or unreadable is simply sent again. */
	const retryRead = async () => {
		if (!idempotent || !mayRetry(backoffMs(attempt))) return false;
		await backOff(backoffMs(attempt), false);
		return true;
	};
	for (;;) {
		const pause = (shared?.pauseUntil ?? 0) - Date.now();
		if (pause > 0) await sleep(pause);
		let res: ApiResponse;
		try {
			res = await send.call(this, prepared);
		} catch (error) {
			if (!(error instanceof NodeApiError)) {
				throw new NodeOperationError(this.getNode(), error as Error, {
					itemIndex: request.itemIndex,
				});
			}
			if (await retryRead()) continue;
			throw markAnswerLost(networkError.call(this, error, request.itemIndex), !idempotent);
		}
		if (res.statusCode >= 200 && res.statusCode < 300) {
			if (res.body !== null && typeof res.body === 'object') return res.body as IDataObject;
			if (await retryRead()) continue;
			const malformed = new NodeApiError(
				this.getNode(),
				{ code: 'MALFORMED_RESPONSE' } as JsonObject,
				{
					message: `TeleCRM answered HTTP ${res.statusCode} without a readable JSON object`,
					description: typeof res.body === 'string' ? plainText(res.body) : undefined,
					httpCode: String(res.statusCode),
					itemIndex: request.itemIndex,
				},
			);
			throw markAnswerLost(malformed, !idempotent);
		}
		const retryable = isRetryable(res.statusCode, idempotent);
		const delay = retryAfterMs(header(res, 'retry-after')) ?? backoffMs(attempt);
		if (retryable && mayRetry(delay)) {
			await backOff(delay, RETRY_ALWAYS.has(res.statusCode));
			continue;
		}
		const error = toApiError.call(this, res, request.itemIndex);
		if (retryable && attempt < RETRY_POLICY.maxRetries) {
			error.description = `TeleCRM asked to wait ${Math.round(delay / 1000)} s, more than the ${RETRY_POLICY.maxTotalWaitMs / 1000} s this node waits in total. Try again later.`;
		} else if (retryable) {
			error.description =
				`Gave up after ${attempt + 1} attempts over ${Math.round(waited / 1000)} s. ${error.description ?? ''}`.trim();
		}
		throw markAnswerLost(error, !idempotent && RETRY_IF_IDEMPOTENT.has(res.statusCode));
	}
}

/** Largest page each list endpoint accepts. */
export const MAX_PAGE_SIZE = { leads: 100, actions: 100, teamMembers: 10 } as const;

export interface PageRequest extends ApiRequest {
	maxPageSize: number;
	/** Rows wanted; Infinity for Return All. */
	limit: number;
}

interface Page {
	data?: IDataObject[];
	total_count?: number;
}

/**
 * skip/limit pagination. The page size is the caller's Limit (capped at the endpoint's
 * maximum), so a small Limit costs one small request; stops at total_count or a short page.
 */
export async function apiRequestAllItems(
	this: ApiContext,
	request: PageRequest,
): Promise<IDataObject[]> {
	const rows: IDataObject[] = [];
	let skip = 0;
	while (rows.length < request.limit) {
		const pageSize = Math.min(request.maxPageSize, request.limit - rows.length);
		const page: Page = await apiRequest.call(this, {
			...request,
			qs: { ...request.qs, skip, limit: pageSize },
		});
		const data = Array.isArray(page.data) ? page.data : [];
		rows.push(...data);
		skip += data.length;
		const total = typeof page.total_count === 'number' ? page.total_count : Infinity;
		if (data.length < pageSize || skip >= total) break;
	}
	return rows;
}
