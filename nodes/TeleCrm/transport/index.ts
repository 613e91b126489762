/** transport/ is the only place that talks HTTP. */
export type { ApiResponse } from './errors';
export { hasHttpCode, isAnswerLost, isNodeApiError, toApiError } from './errors';
export { MAX_PAGE_SIZE, requestAllPages } from './pagination';
export type { PageRequest } from './pagination';
export type { ApiContext, ApiRequest } from './request';
export { CREDENTIAL_TYPE, encodePathSegment, normaliseBaseUrl, TeleCrmApi } from './request';
export type { RequestSettings } from './retryPolicy';
export { defaultRequestSettings, retryAfterMs, RETRY_POLICY } from './retryPolicy';
