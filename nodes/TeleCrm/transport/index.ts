/** transport/ is the only place that talks HTTP; this is what the rest of the node uses of it. */
export { asNodeError, hasHttpCode, isAnswerLost, isNodeApiError, isNodeError } from './apiErrors';
export type { HeldWrite } from './checkOnly';
export { newLeadPlaceholder, WriteCapture } from './checkOnly';
export { createOnce } from './createOnce';
export type { PageRequest } from './pagination';
export { forEachPage, MAX_PAGE_SIZE, requestAllPages } from './pagination';
export type { ApiContext } from './request';
export { ASYNC_API, ASYNC_REQUESTS_PER_HOUR, TeleCrmApi } from './request';
export { Pacer } from './pacer';
export type { RequestSettings } from './retryPolicy';
export { RETRY_POLICY } from './retryPolicy';
