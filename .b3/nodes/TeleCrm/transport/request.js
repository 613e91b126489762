'use strict';
Object.defineProperty(exports, '__esModule', { value: true });
exports.TeleCrmApi = exports.ASYNC_API = exports.SYNC_API = void 0;
exports.encodePathSegment = encodePathSegment;
exports.normaliseBaseUrl = normaliseBaseUrl;
const n8n_workflow_1 = require('n8n-workflow');
const apiErrors_1 = require('./apiErrors');
const retryPolicy_1 = require('./retryPolicy');
const TeleCrmAsyncApi_credentials_1 = require('../../../credentials/TeleCrmAsyncApi.credentials');
const TeleCrmSyncApi_credentials_1 = require('../../../credentials/TeleCrmSyncApi.credentials');
exports.SYNC_API = {
	credentialType: 'teleCrmSyncApi',
	credentialName: 'TeleCRM Sync API',
	defaultBaseUrl: TeleCrmSyncApi_credentials_1.DEFAULT_BASE_URL,
};
exports.ASYNC_API = {
	credentialType: 'teleCrmAsyncApi',
	credentialName: 'TeleCRM Async API',
	defaultBaseUrl: TeleCrmAsyncApi_credentials_1.DEFAULT_ASYNC_BASE_URL,
	hints: apiErrors_1.ASYNC_HINTS,
};
function encodePathSegment(segment) {
	return encodeURIComponent(String(segment));
}
function normaliseBaseUrl(ctx, raw, service = exports.SYNC_API) {
	const baseUrl = (raw ?? '').trim() || service.defaultBaseUrl;
	if (!/^https?:\/\/[^/\s]+/i.test(baseUrl)) {
		throw new n8n_workflow_1.NodeOperationError(
			ctx.getNode(),
			`The Base URL "${baseUrl}" in the ${service.credentialName} credential is not an http(s) address`,
			{
				description: `Use ${service.defaultBaseUrl}, or the http(s) address of your proxy or sandbox.`,
			},
		);
	}
	return baseUrl.replace(/\/+$/, '');
}
function header(res, name) {
	const value = res.headers?.[name] ?? res.headers?.[name.toLowerCase()];
	return Array.isArray(value) ? value[0] : value;
}
class TeleCrmApi {
	ctx;
	settings;
	service;
	account;
	constructor(
		ctx,
		settings = (0, retryPolicy_1.defaultRequestSettings)(),
		service = exports.SYNC_API,
	) {
		this.ctx = ctx;
		this.settings = settings;
		this.service = service;
	}
	async accountFor(itemIndex) {
		this.account ??= this.readAccount(itemIndex);
		return await this.account;
	}
	async readAccount(itemIndex) {
		const type = this.service.credentialType;
		const data = await this.ctx.getCredentials(type, itemIndex);
		const baseURL = normaliseBaseUrl(this.ctx, data.baseUrl, this.service);
		const reference = this.ctx.getNode().credentials?.[type];
		const auth = {
			credentialsDecrypted: {
				id: reference?.id ?? '',
				name: reference?.name ?? '',
				type,
				data: data,
			},
		};
		return { baseURL, enterprise: encodePathSegment(data.enterpriseId), auth };
	}
	async request(request) {
		const prepared = await this.prepare(request);
		const idempotent = request.idempotent ?? true;
		const retry = { attempt: 0, waited: 0 };
		const mayRetry = (delay) =>
			retry.attempt < retryPolicy_1.RETRY_POLICY.maxRetries &&
			retry.waited + delay <= retryPolicy_1.RETRY_POLICY.maxTotalWaitMs;
		const backOff = async (delay, everyone) => {
			retry.waited += delay;
			retry.attempt++;
			if (everyone)
				this.settings.pauseUntil = Math.max(this.settings.pauseUntil ?? 0, Date.now() + delay);
			await (0, n8n_workflow_1.sleep)(delay);
		};
		const retryRead = async () => {
			if (!idempotent || !mayRetry((0, retryPolicy_1.backoffMs)(retry.attempt))) return false;
			await backOff((0, retryPolicy_1.backoffMs)(retry.attempt), false);
			return true;
		};
		const node = () => this.ctx.getNode();
		for (;;) {
			const pause = (this.settings.pauseUntil ?? 0) - Date.now();
			if (pause > 0) await (0, n8n_workflow_1.sleep)(pause);
			await this.settings.pacer?.turn();
			let res;
			try {
				res = await this.send(prepared);
			} catch (error) {
				if (!(0, apiErrors_1.isNodeApiError)(error)) {
					throw new n8n_workflow_1.NodeOperationError(node(), error, {
						itemIndex: request.itemIndex,
					});
				}
				if (await retryRead()) continue;
				throw (0, apiErrors_1.markAnswerLost)(
					(0, apiErrors_1.networkError)(
						node(),
						error,
						String(prepared.options.baseURL),
						request.itemIndex,
					),
					!idempotent,
				);
			}
			if (res.statusCode >= 200 && res.statusCode < 300) {
				if (res.body !== null && typeof res.body === 'object') return res.body;
				if (await retryRead()) continue;
				throw (0, apiErrors_1.markAnswerLost)(
					(0, apiErrors_1.malformedAnswer)(node(), res, request.itemIndex),
					!idempotent,
				);
			}
			const retryable = (0, retryPolicy_1.isRetryable)(res.statusCode, idempotent);
			const delay =
				(0, retryPolicy_1.retryAfterMs)(header(res, 'retry-after')) ??
				(0, retryPolicy_1.backoffMs)(retry.attempt);
			if (retryable && mayRetry(delay)) {
				await backOff(delay, retryPolicy_1.SLOW_DOWN.has(res.statusCode));
				continue;
			}
			const error = (0, apiErrors_1.toApiError)(node(), res, request.itemIndex, this.service.hints);
			if (retryable) error.description = gaveUp(delay, retry, error.description ?? undefined);
			throw (0, apiErrors_1.markAnswerLost)(
				error,
				!idempotent && retryPolicy_1.MAYBE_PROCESSED.has(res.statusCode),
			);
		}
	}
	async prepare(request) {
		const { baseURL, enterprise, auth } = await this.accountFor(request.itemIndex);
		const options = {
			method: request.method,
			baseURL,
			url: ['', 'enterprise', enterprise, ...request.path.map(encodePathSegment)].join('/'),
			qs: request.qs,
			json: true,
			returnFullResponse: true,
			ignoreHttpStatusErrors: true,
			timeout: this.settings.timeoutMs,
			disableFollowRedirect: true,
		};
		if (request.method !== 'GET') {
			const body = request.body ?? {};
			options.body = Object.keys(body).length ? body : '{}';
			options.headers = { 'Content-Type': 'application/json' };
		}
		return { options, auth };
	}
	async send({ options, auth }) {
		const res = await this.ctx.helpers.httpRequestWithAuthentication.call(
			this.ctx,
			this.service.credentialType,
			{ ...options },
			auth,
		);
		return { ...res, body: (0, apiErrors_1.parseBody)(res.body) };
	}
}
exports.TeleCrmApi = TeleCrmApi;
function gaveUp(delay, retry, detail) {
	if (retry.attempt < retryPolicy_1.RETRY_POLICY.maxRetries) {
		return `TeleCRM asked to wait ${Math.round(delay / 1000)} s, more than the ${retryPolicy_1.RETRY_POLICY.maxTotalWaitMs / 1000} s this node waits in total. Try again later.`;
	}
	return `Gave up after ${retry.attempt + 1} attempts over ${Math.round(retry.waited / 1000)} s. ${detail ?? ''}`.trim();
}
//# sourceMappingURL=request.js.map
