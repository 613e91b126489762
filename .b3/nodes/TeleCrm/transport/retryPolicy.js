'use strict';
Object.defineProperty(exports, '__esModule', { value: true });
exports.MAYBE_PROCESSED = exports.SLOW_DOWN = exports.RETRY_POLICY = void 0;
exports.isRetryable = isRetryable;
exports.backoffMs = backoffMs;
exports.retryAfterMs = retryAfterMs;
exports.defaultRequestSettings = defaultRequestSettings;
exports.RETRY_POLICY = {
	maxRetries: 3,
	baseDelayMs: 500,
	maxDelayMs: 10_000,
	maxTotalWaitMs: 30_000,
	requestTimeoutMs: 60_000,
	maxItemsInFlight: 32,
};
exports.SLOW_DOWN = new Set([429, 503]);
exports.MAYBE_PROCESSED = new Set([502, 504]);
function isRetryable(status, idempotent) {
	return exports.SLOW_DOWN.has(status) || (idempotent && exports.MAYBE_PROCESSED.has(status));
}
function backoffMs(attempt) {
	return Math.min(exports.RETRY_POLICY.maxDelayMs, exports.RETRY_POLICY.baseDelayMs * 2 ** attempt);
}
function retryAfterMs(value, now = Date.now()) {
	if (!value) return undefined;
	const seconds = Number(value);
	if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
	const date = Date.parse(value);
	return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
function defaultRequestSettings() {
	return { timeoutMs: exports.RETRY_POLICY.requestTimeoutMs };
}
//# sourceMappingURL=retryPolicy.js.map
