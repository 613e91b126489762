/** Pieces every sandbox handler uses: the error envelope, paging, time windows, requests. */
import type { State } from './state.cjs';
import { parseDate } from './validation.cjs';

export class ApiError extends Error {
	constructor(
		readonly status: number,
		readonly code: string,
		message: string,
		readonly details?: Array<{ field: string; message: string }>,
	) {
		super(message);
	}

	envelope() {
		return {
			error: {
				code: this.code,
				message: this.message,
				...(this.details ? { details: this.details } : {}),
			},
		};
	}
}

export const badRequest = (message: string, details?: Array<{ field: string; message: string }>) =>
	new ApiError(400, 'BAD_REQUEST', message, details);

export interface Request {
	method: string;
	params: string[];
	query: Record<string, string>;
	body: unknown;
	state: State;
	now: number;
	/** Marks the state as changed, so a --data file gets written. */
	changed(): void;
	pipelineShape: PipelineShape;
	searchRow: SearchRowShape;
	/** Whether lead search answers carry `total_count` (SandboxOptions.leadSearchTotal). */
	leadSearchTotal: boolean;
}

/** How the sandbox answers GET /lead-stage-pipeline (SandboxOptions.pipelineShape). */
export type PipelineShape = 'documented' | 'flat';

/**
 * How the sandbox answers each row of POST /lead/search (SandboxOptions.searchRow): the key of
 * the lead ID (none: left out, as the docs say), the status at the top of the row instead of
 * inside `fields`, and an empty `actions` list, as third-party reports saw
 * (docs/telecrm-api.md §13).
 */
export interface SearchRowShape {
	idKey: 'lead_id' | 'id' | '_id' | 'leadId' | null;
	statusAtTop: boolean;
	emptyActions: boolean;
}

export const SEARCH_ROW_SHAPES = {
	sandbox: { idKey: 'lead_id', statusAtTop: false, emptyActions: false },
	reported: { idKey: 'id', statusAtTop: true, emptyActions: true },
	documented: { idKey: null, statusAtTop: false, emptyActions: false },
} satisfies Record<string, SearchRowShape>;

export interface Reply {
	status: number;
	body: unknown;
	headers?: Record<string, string>;
}

export type Handler = (req: Request) => Reply;

/** skip/limit from the query string, validated against the endpoint's maximum. */
export function paging(
	query: Record<string, string>,
	max: number,
): { skip: number; limit: number } {
	const limit = query.limit === undefined ? 10 : Number(query.limit);
	const skip = query.skip === undefined ? 0 : Number(query.skip);
	if (!Number.isInteger(limit) || limit < 1 || limit > max)
		throw badRequest(`Limit should be between 1 and ${max}`);
	if (!Number.isInteger(skip) || skip < 0)
		throw badRequest('Skip should be a non-negative integer');
	return { skip, limit };
}

export function page<T>(rows: T[], { skip, limit }: { skip: number; limit: number }) {
	return { data: rows.slice(skip, skip + limit), total_count: rows.length, skip, limit };
}

/** `{from, to}` with epoch ms or dd/mm/yyyy hh:mm:ss bounds, both inclusive. */
export function window(value: unknown, name: string): (t: number) => boolean {
	if (!value || typeof value !== 'object' || Array.isArray(value))
		throw badRequest(`Invalid filter: ${name} must be {from, to}`);
	const { from, to, ...rest } = value as Record<string, unknown>;
	if (Object.keys(rest).length || (from === undefined && to === undefined)) {
		throw badRequest(`Invalid filter: ${name} must be {from, to}`);
	}
	const start = from === undefined ? -Infinity : parseDate(from);
	const end = to === undefined ? Infinity : parseDate(to);
	if (start === undefined || end === undefined) {
		throw badRequest(
			`Invalid filter: ${name} bounds must be epoch milliseconds or dd/mm/yyyy hh:mm:ss`,
		);
	}
	return (t: number) => t >= start && t <= end;
}

export function objectBody(body: unknown, what = 'Request body'): Record<string, unknown> {
	if (body === undefined) return {};
	if (!body || typeof body !== 'object' || Array.isArray(body))
		throw badRequest(`${what} must be a JSON object`);
	return body as Record<string, unknown>;
}

export function anyOf(value: unknown): unknown[] {
	return Array.isArray(value) ? value : [value];
}

export function isBool(value: string | undefined): boolean {
	return value === 'true' || value === '1';
}
