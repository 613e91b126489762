/**
 * transport/ is the only place that talks HTTP. This file is its client, TeleCrmApi (one per
 * node execution: auth, encoding, retries, errors, sending a create once), and what the rest of
 * the node uses of the other transport files, re-exported: import from '../transport' only.
 */
export type { ApiContext, ApiRequest, ApiTarget, TeleCrmService } from './apiRequest';
export { ASYNC_API, ASYNC_REQUESTS_PER_HOUR } from './apiRequest';
export { asNodeError, hasHttpCode, isAnswerLost, isNodeApiError, isNodeError } from './apiErrors';
export type { HeldWrite } from './checkOnly';
export { newLeadPlaceholder, WriteCapture } from './checkOnly';
export type { PageRequest } from './pagination';
export { forEachPage, MAX_PAGE_SIZE, requestAllPages } from './pagination';
export { Pacer } from './pacer';
export type { RequestSettings } from './retryPolicy';
export { RETRY_POLICY } from './retryPolicy';

import type {
	IAdditionalCredentialOptions,
	ICredentialDataDecryptedObject,
	IDataObject,
	IExecuteFunctions,
	IHttpRequestOptions,
} from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { AnswerCutError, AnswerTooLargeError, readAnswer } from './answerBody';
import type { ApiResponse } from './apiErrors';
import type { ApiContext, ApiRequest, ApiTarget, TeleCrmService } from './apiRequest';
import { SYNC_API } from './apiRequest';
import type { HeldWrite } from './checkOnly';
import { isWrite } from './checkOnly';
import { sleepUnlessCancelled } from './pacer';
import type { Redact } from './secrets';
import { credentialKeyOf, displayUrl, hostOf, redactorFor } from './secrets';
import {
	answerTooLarge,
	asNodeError,
	headerOf,
	isAnswerLost,
	isNodeApiError,
	malformedAnswer,
	markAnswerLost,
	noAnswerError,
	toApiError,
} from './apiErrors';
import type { RequestSettings, Retries } from './retryPolicy';
import {
	backoffMs,
	defaultRequestSettings,
	gaveUp,
	isRetryable,
	MAYBE_PROCESSED,
	mayRetry,
	pauseEveryone,
	retryAfterMs,
	SLOW_DOWN,
} from './retryPolicy';

interface Credentials {
	enterpriseId: string;
	baseUrl?: string;
	syncToken?: string;
	asyncToken?: string;
}

/** The credential as every request of an execution uses it. */
interface Account {
	baseURL: string;
	/** The Enterprise ID, URL-encoded. */
	enterprise: string;
	auth: IAdditionalCredentialOptions;
	target: ApiTarget;
	/** See credentialKeyOf: never the token, nor a password in the Base URL. */
	credentialKey: string;
	/** Takes the token and a Base URL's user and password out of what the server sends back. */
	redact: Redact;
}

interface Prepared {
	options: IHttpRequestOptions;
	/** Handed to n8n's request helper, so it does not read the credential again. */
	auth: IAdditionalCredentialOptions;
	redact: Redact;
}

/** One request on its way through its attempts. */
interface Call {
	request: ApiRequest;
	prepared: Prepared;
	/** Whether sending it twice is safe (see ApiRequest.idempotent). */
	idempotent: boolean;
	retries: Retries;
}

/** What an attempt returns when the request is to be sent again (its wait is over). */
const AGAIN = Symbol('again');

function encodePathSegment(segment: string | number): string {
	return encodeURIComponent(String(segment));
}

function normaliseBaseUrl(
	ctx: ApiContext,
	raw: string | undefined,
	service: TeleCrmService = SYNC_API,
): string {
	const baseUrl = (raw ?? '').trim() || service.defaultBaseUrl;
	if (!/^https?:\/\/[^/\s]+/i.test(baseUrl)) {
		throw new NodeOperationError(
			ctx.getNode(),
			`The Base URL "${displayUrl(baseUrl)}" in the ${service.credentialName} credential is not an http(s) address`,
			{
				description: `Use ${service.defaultBaseUrl}, or the http(s) address of your proxy or sandbox.`,
			},
		);
	}
	return baseUrl.replace(/\/+$/, '');
}

/**
 * The one place that talks HTTP: auth, encoding, retries with backoff, error mapping.
 * One per node execution (or loader call); its settings are that execution's Options.
 */
export class TeleCrmApi {
	private account?: Promise<Account>;

	/** The account once read: each request's preparation takes it without awaiting. */
	private accountRead?: Account;

	private readonly rateLimits: Record<string, string> = {};

	private answers = 0;

	constructor(
		readonly ctx: ApiContext,
		readonly settings: RequestSettings = defaultRequestSettings(),
		readonly service: TeleCrmService = SYNC_API,
	) {}

	/**
	 * The credential, read once per execution: in n8n every read is a database query, a
	 * decryption and an expression pass, which per request cost more than the request.
	 */
	private async accountFor(itemIndex: number | undefined): Promise<Account> {
		this.account ??= this.readAccount(itemIndex).then((account) => (this.accountRead = account));
		return await this.account;
	}

	/** Whether the node has a credential of this client's type selected (optional ones may not). */
	hasCredential(): boolean {
		return !!this.ctx.getNode().credentials?.[this.service.credentialType];
	}

	/** The credential's host and Enterprise ID (reads the credential once, sends nothing). */
	async target(itemIndex?: number): Promise<ApiTarget> {
		return (await this.accountFor(itemIndex)).target;
	}

	/** For an optional credential left empty n8n says only "Node does not require credentials". */
	private unselected(): NodeOperationError | undefined {
		if (this.hasCredential()) return undefined;
		const name = this.service.credentialName;
		return new NodeOperationError(this.ctx.getNode(), `No ${name} credential is selected`, {
			description: `Select or create one under "Credential for ${name}".`,
		});
	}

	/** Rate-limit headers seen on this client's answers so far, lower-cased, the last value each. */
	rateLimitHeaders(): Record<string, string> {
		return { ...this.rateLimits };
	}

	/** How many answers (any status) this client received: what `rateLimitHeaders` covers. */
	answerCount(): number {
		return this.answers;
	}

	private async readAccount(itemIndex: number | undefined): Promise<Account> {
		const type = this.service.credentialType;
		const data = await this.ctx
			.getCredentials<Credentials>(type, itemIndex)
			.catch((error: Error) => Promise.reject(this.unselected() ?? error));
		const baseURL = normaliseBaseUrl(this.ctx, data.baseUrl, this.service);
		const reference = this.ctx.getNode().credentials?.[type];
		const auth: IAdditionalCredentialOptions = {
			credentialsDecrypted: {
				id: reference?.id ?? '',
				name: reference?.name ?? '',
				type,
				data: data as unknown as ICredentialDataDecryptedObject,
			},
		};
		const target = { host: hostOf(baseURL), enterpriseId: String(data.enterpriseId) };
		const token = String(data.syncToken ?? data.asyncToken ?? '');
		const credentialKey = credentialKeyOf(baseURL, data.enterpriseId, token);
		const enterprise = encodePathSegment(data.enterpriseId);
		const redact = redactorFor(baseURL, token);
		return { baseURL, enterprise, auth, target, credentialKey, redact };
	}

	/** This credential's key for the memory kept between executions (credentialKeyOf). */
	async credentialKey(): Promise<string> {
		return (await this.accountFor(undefined)).credentialKey;
	}

	/** Sends the request (retrying where safe) and returns the JSON body of a 2xx answer. */
	async request(request: ApiRequest): Promise<IDataObject> {
		const held = this.settings.checkOnly;
		if (held && isWrite(request)) {
			const answer = request.checkOnlyAnswer?.();
			return held.hold(request.itemIndex, await this.unsent(request), answer);
		}
		const call: Call = {
			request,
			prepared: await this.prepare(request),
			idempotent: request.idempotent ?? true,
			retries: { attempt: 0, waited: 0 },
		};
		for (;;) {
			if (this.mustWait()) await this.awaitTurn();
			// Nothing is sent once n8n cancelled (during the wait, or before it).
			if (this.cancelled()) throw this.cancelledError(request.itemIndex);
			const body = await this.attempt(call);
			if (body !== AGAIN) return body;
		}
	}

	/** A write as `send` would put it on the wire: Check Only shows it instead. */
	private async unsent(request: ApiRequest): Promise<HeldWrite> {
		const { options } = await this.prepare(request);
		const body = request.body ?? {};
		return { api: this.service.credentialName, method: request.method, path: options.url, body };
	}

	/** Whether an attempt waits first: a "slow down" pause is on, or a pacer keeps the pace. */
	private mustWait(): boolean {
		return !!this.settings.pacer || (this.settings.pauseUntil ?? 0) > Date.now();
	}

	/** Before an attempt: the "slow down" pause, the pacer (both cut short by n8n's Stop). */
	private async awaitTurn(): Promise<void> {
		const [cancel] = this.cancelSignal();
		const pause = (this.settings.pauseUntil ?? 0) - Date.now();
		if (pause > 0) await sleepUnlessCancelled(pause, cancel);
		await this.settings.pacer?.turn(cancel);
	}

	/**
	 * One attempt, within its own deadline (the Timeout) for the whole answer, body included:
	 * the body of a 2xx JSON answer, AGAIN after the wait before a retry, or throws.
	 */
	private async attempt(call: Call): Promise<IDataObject | typeof AGAIN> {
		const deadline = AbortSignal.timeout(this.settings.timeoutMs);
		const { signal, release } = attemptSignal(deadline, this.cancelSignal()[0]);
		const sent = await this.send(call.prepared, signal).then(
			(res) => ({ res }),
			(error: unknown) => ({ error }),
		);
		release();
		if ('error' in sent) return await this.afterNoAnswer(call, sent.error, deadline.aborted);
		const { res } = sent;
		if (res.statusCode >= 200 && res.statusCode < 300) return await this.bodyOf(call, res);
		return await this.afterErrorStatus(call, res);
	}

	// n8n's getNode() deep-copies the node: only the error paths below call it.

	/** No whole answer came (network, deadline, Stop, or one too large): a read is sent again. */
	private async afterNoAnswer(
		call: Call,
		error: unknown,
		timedOut: boolean,
	): Promise<typeof AGAIN> {
		const { itemIndex } = call.request;
		const answerLost = !call.idempotent;
		// Aborted by n8n (Stop, or its timeout): not a lost answer to recover or retry.
		if (this.cancelled()) throw this.cancelledError(itemIndex);
		if (error instanceof AnswerTooLargeError)
			throw markAnswerLost(answerTooLarge(this.ctx.getNode(), itemIndex), answerLost);
		if (!timedOut && !isNodeApiError(error) && !(error instanceof AnswerCutError)) {
			throw new NodeOperationError(this.ctx.getNode(), error as Error, { itemIndex });
		}
		if (await this.retryRead(call)) return AGAIN;
		const { baseURL } = call.prepared.options;
		const tried = { baseUrl: String(baseURL), timeoutMs: this.settings.timeoutMs, timedOut };
		throw markAnswerLost(noAnswerError(this.ctx.getNode(), error, tried, itemIndex), answerLost);
	}

	/** A 2xx answer: its JSON object; an unreadable one is a missing answer (a read is sent again). */
	private async bodyOf(call: Call, res: ApiResponse): Promise<IDataObject | typeof AGAIN> {
		if (res.body !== null && typeof res.body === 'object') return res.body as IDataObject;
		if (await this.retryRead(call)) return AGAIN;
		throw markAnswerLost(
			malformedAnswer(this.ctx.getNode(), res, call.request.itemIndex),
			!call.idempotent,
		);
	}

	/** A 4xx/5xx answer: retried where safe and within the retry budget, else the API's error. */
	private async afterErrorStatus(call: Call, res: ApiResponse): Promise<typeof AGAIN> {
		const { retries, idempotent } = call;
		const retryable = isRetryable(res.statusCode, idempotent);
		const delay = retryAfterMs(headerOf(res, 'retry-after')) ?? backoffMs(retries.attempt);
		if (retryable && mayRetry(retries, delay)) {
			await this.backOff(retries, delay, SLOW_DOWN.has(res.statusCode));
			return AGAIN;
		}
		const error = toApiError(this.ctx.getNode(), res, call.request.itemIndex, this.service.hints);
		if (retryable) error.description = gaveUp(delay, retries, error.description ?? undefined);
		throw markAnswerLost(error, !idempotent && MAYBE_PROCESSED.has(res.statusCode));
	}

	/** A read whose answer was missing or unreadable is simply sent again: whether it will be. */
	private async retryRead({ idempotent, retries }: Call): Promise<boolean> {
		const delay = backoffMs(retries.attempt);
		if (!idempotent || !mayRetry(retries, delay)) return false;
		await this.backOff(retries, delay, false);
		return true;
	}

	/** Waits before the next attempt; a "slow down" (429/503) pauses every item in flight. */
	private async backOff(retries: Retries, delay: number, everyone: boolean): Promise<void> {
		retries.waited += delay;
		retries.attempt++;
		if (everyone) pauseEveryone(this.settings, delay);
		await sleepUnlessCancelled(delay, this.cancelSignal()[0]);
	}

	/** n8n's signal that it cancelled the execution (Stop, or its timeout), where it has one. */
	private cancelSignal(): AbortSignal[] {
		const signal = (this.ctx as Partial<IExecuteFunctions>).getExecutionCancelSignal?.();
		return signal ? [signal] : [];
	}

	/** Whether n8n cancelled the execution: nothing more is sent. */
	private cancelled(): boolean {
		return this.cancelSignal().some((signal) => signal.aborted);
	}

	private cancelledError(itemIndex: number | undefined): NodeOperationError {
		return new NodeOperationError(this.ctx.getNode(), 'The execution was cancelled', {
			itemIndex,
			description: 'n8n stopped this execution (Stop, or its timeout) before this request ended.',
		});
	}

	private async prepare(request: ApiRequest): Promise<Prepared> {
		const account = this.accountRead ?? (await this.accountFor(request.itemIndex));
		const { baseURL, enterprise, auth, redact } = account;
		const options: IHttpRequestOptions = {
			method: request.method,
			baseURL,
			url: ['', 'enterprise', enterprise, ...request.path.map(encodePathSegment)].join('/'),
			qs: request.qs,
			json: true,
			returnFullResponse: true,
			ignoreHttpStatusErrors: true,
			// 0: no axios timer. Left out, n8n's default (300 s) would apply and cut a longer
			// Timeout short; the attempt's deadline covers the whole answer, body included.
			timeout: 0,
			// A redirect could carry the token to a host the user never entered.
			disableFollowRedirect: true,
			// Read here, within the deadline and MAX_ANSWER_BYTES (answerBody.ts).
			encoding: 'stream',
		};
		if (request.method !== 'GET') {
			const body = request.body ?? {};
			// n8n's helper drops an empty object, which would send no body at all: send "{}".
			options.body = Object.keys(body).length ? body : '{}';
			options.headers = { 'Content-Type': 'application/json' };
		}
		return { options, auth, redact };
	}

	/** Sends one attempt and reads its whole answer (secrets redacted), both within `signal`. */
	private async send(prepared: Prepared, signal: AbortSignal): Promise<ApiResponse> {
		const { options, auth, redact } = prepared;
		const res = (await this.ctx.helpers.httpRequestWithAuthentication.call(
			withCancelSignal(this.ctx, signal),
			this.service.credentialType,
			{ ...options, abortSignal: signal },
			auth,
		)) as ApiResponse;
		const headers = redactedHeaders(res.headers, redact);
		this.recordRateLimits(headers);
		const extent = res.statusCode >= 200 && res.statusCode < 300 ? 'whole' : 'prefix';
		return { ...res, headers, body: await readAnswer(res.body, signal, extent, redact) };
	}

	private recordRateLimits(headers: ApiResponse['headers'] | undefined): void {
		this.answers++;
		for (const [name, value] of Object.entries(headers ?? {})) {
			if (value !== undefined && isRateLimitHeader(name))
				this.rateLimits[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
		}
	}
}

/**
 * The context n8n's request helper is called on. The helper replaces a request's abortSignal
 * with the cancel signal of that context (n8n 1.123 and 2.x alike); this view of it answers
 * with the attempt's signal, which holds n8n's own, so the deadline also aborts the request.
 */
function withCancelSignal(ctx: ApiContext, signal: AbortSignal): ApiContext {
	const view = Object.create(ctx) as Partial<IExecuteFunctions>;
	view.getExecutionCancelSignal = () => signal;
	return view as ApiContext;
}

/**
 * An attempt's signal: aborted at its deadline or when n8n cancels, with that one's reason.
 * A controller fed by two listeners costs a request less than AbortSignal.any's composite;
 * `release`, once the answer is read (its stream is closed by then), drops the listeners so
 * nothing holds the attempt until its deadline.
 */
function attemptSignal(
	deadline: AbortSignal,
	cancel: AbortSignal | undefined,
): { signal: AbortSignal; release: () => void } {
	const controller = new AbortController();
	const onDeadline = () => controller.abort(deadline.reason);
	const onCancel = () => controller.abort(cancel?.reason);
	deadline.addEventListener('abort', onDeadline, { once: true });
	cancel?.addEventListener('abort', onCancel, { once: true });
	if (cancel?.aborted) onCancel();
	const release = () => {
		deadline.removeEventListener('abort', onDeadline);
		cancel?.removeEventListener('abort', onCancel);
	};
	return { signal: controller.signal, release };
}

/** The answer's headers with the credential's secrets taken out (a Location, a rate limit). */
function redactedHeaders(headers: ApiResponse['headers'], redact: Redact): ApiResponse['headers'] {
	if (!headers || !Object.values(headers).some((value) => holdsSecret(value, redact)))
		return headers;
	const entries = Object.entries(headers).map(([name, value]) => [
		name,
		Array.isArray(value) ? value.map(redact) : value === undefined ? value : redact(value),
	]);
	return Object.fromEntries(entries) as ApiResponse['headers'];
}

function holdsSecret(value: string | string[] | undefined, redact: Redact): boolean {
	if (Array.isArray(value)) return value.some((item) => redact(item) !== item);
	return value !== undefined && redact(value) !== value;
}

/**
 * Headers that may announce a rate limit. telecrm documents none; these are the usual names
 * (`x-ratelimit-*`, the IETF draft's `ratelimit-*`, `retry-after`), recorded where seen.
 */
export function isRateLimitHeader(name: string): boolean {
	return /^(x-ratelimit-|x-rate-limit-|ratelimit(-|$)|retry-after$)/i.test(name);
}

export const RECOVERED_NOTE =
	'The answer to the create request was lost; what it created was found afterwards, so nothing was created twice. Remarks and action outcomes of that request are unknown.';

/**
 * Sends a create, which is not idempotent: when its answer was lost (dropped connection,
 * timeout, 502/504), looks for what it would have made; only if nothing is there, sends it again.
 */
export async function createOnce(
	api: TeleCrmApi,
	request: ApiRequest,
	findExisting: () => Promise<IDataObject | undefined>,
): Promise<IDataObject> {
	const send = async () => await api.request({ ...request, idempotent: false });
	try {
		return await send();
	} catch (error) {
		if (!isAnswerLost(error)) throw asNodeError(api.ctx.getNode(), error, request.itemIndex);
		const existing = await findExisting();
		if (existing) return { ...existing, recovered: RECOVERED_NOTE };
		return await send();
	}
}
