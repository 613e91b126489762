import type {
	IDataObject,
	IExecuteFunctions,
	IHttpRequestMethods,
	ILoadOptionsFunctions,
	IPollFunctions,
} from 'n8n-workflow';

import { ASYNC_HINTS } from './apiErrors';
import { DEFAULT_ASYNC_BASE_URL } from '../../../credentials/TeleCrmAsyncApi.credentials';
import { DEFAULT_BASE_URL } from '../../../credentials/TeleCrmSyncApi.credentials';

/*
 * What the client (TeleCrmApi, index.ts) is asked: which API, from which n8n context, and the
 * request. A file of its own, with no code to run: paging (pagination.ts) builds on the request
 * too, and index.ts re-exports pagination.ts, which may not import it back (no import circle).
 */

/** Which telecrm API a client talks to: its credential and the host that credential defaults to. */
export interface TeleCrmService {
	credentialType: string;
	/** Hints under its errors where they differ from the Sync API's. */
	hints?: Record<string, string>;
	/** The credential's name as the user sees it. */
	credentialName: string;
	defaultBaseUrl: string;
}

export const SYNC_API: TeleCrmService = {
	credentialType: 'teleCrmSyncApi',
	credentialName: 'TeleCRM Sync API',
	defaultBaseUrl: DEFAULT_BASE_URL,
};

/** One endpoint (`POST /enterprise/{id}/autoupdatelead`) on its own host, with its own token. */
export const ASYNC_API: TeleCrmService = {
	credentialType: 'teleCrmAsyncApi',
	credentialName: 'TeleCRM Async API',
	defaultBaseUrl: DEFAULT_ASYNC_BASE_URL,
	hints: ASYNC_HINTS,
};

/** The Async API's limit per token (docs/telecrm-api.md §10): its client's default pace. */
export const ASYNC_REQUESTS_PER_HOUR = 18_000;

export type ApiContext = IExecuteFunctions | ILoadOptionsFunctions | IPollFunctions;

/** Where a client sends its requests, as a user may read it (never the token). */
export interface ApiTarget {
	host: string;
	enterpriseId: string;
}

export interface ApiRequest {
	method: IHttpRequestMethods;
	/** Path segments after `/enterprise/{enterpriseId}/`; the client URL-encodes each. */
	path: Array<string | number>;
	qs?: IDataObject;
	body?: IDataObject;
	itemIndex?: number;
	/**
	 * False for creates: a 502/504 or a dropped connection may hide a request the server
	 * did process, so repeating it could create a duplicate.
	 */
	idempotent?: boolean;
	/**
	 * Under Check Only, what the caller goes on with in place of telecrm's answer to a write:
	 * built only then (a create's placeholder lead ID costs nothing on a real run).
	 */
	checkOnlyAnswer?: () => IDataObject;
	/** A POST that only reads (`lead/search`, `lead/{id}/action/search`): Check Only sends it. */
	searchOnly?: boolean;
}
