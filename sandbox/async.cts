/**
 * The Async API (docs/telecrm-api.md §10): `POST /enterprise/{id}/autoupdatelead` on its own
 * host. It answers `200 {"status":"QUEUED"}` to any JSON object and processes the queue a moment
 * later into the workspace the Sync endpoints read: an upsert by the lead identifier, actions
 * appended in order. What telecrm drops silently is dropped here too, and counted (`drops`), so
 * a test can prove that nothing it sent was lost.
 */
import { addActions } from './actions.cjs';
import { ApiError, badRequest } from './common.cjs';
import { addLead, identifierField, leadByIdentifier } from './leadIndex.cjs';
import { checkFields } from './leads.cjs';
import type { LeadRecord, State } from './state.cjs';

export interface AsyncDrop {
	/** When the queue processed the request. */
	at: number;
	/** What telecrm would have dropped: the whole request, a field or an action. */
	what: 'request' | 'field' | 'action';
	reason: string;
}

export interface AsyncOptions {
	/** How long a queued request waits before it is processed (default 250 ms). */
	delayMs?: number;
	/** Requests per token and window before a 429 (default the documented 18,000 an hour). */
	rateLimit?: { max: number; windowMs: number };
}

export const ASYNC_PATH = /^\/enterprise\/([^/]+)\/autoupdatelead$/;

interface Job {
	body: unknown;
}

/** The queue behind the Async endpoint, processed in order into `state`. */
export class AsyncQueue {
	readonly drops: AsyncDrop[] = [];
	/** Requests with no field at all (a credential probe): nothing in them could be lost. */
	probes = 0;
	queued = 0;
	processed = 0;
	private readonly pending: Job[] = [];
	private timer?: NodeJS.Timeout;
	private readonly sent: number[] = [];
	private waiting: Array<() => void> = [];

	constructor(
		private readonly state: State,
		private readonly changed: () => void,
		private readonly options: AsyncOptions = {},
	) {}

	/** The 429 of the rate limit, or the request is queued. */
	accept(body: unknown, now: number): { status: number; body: unknown; retryAfterS?: number } {
		const { max, windowMs } = this.options.rateLimit ?? { max: 18_000, windowMs: 3_600_000 };
		while (this.sent.length && this.sent[0] <= now - windowMs) this.sent.shift();
		if (this.sent.length >= max) {
			const retryAfterS = Math.max(1, Math.ceil((this.sent[0] + windowMs - now) / 1000));
			const error = new ApiError(429, 'RATE_LIMITED', `More than ${max} requests per window`);
			return { status: 429, body: error.envelope(), retryAfterS };
		}
		if (!body || typeof body !== 'object' || Array.isArray(body))
			throw badRequest('The body must be a JSON object');
		this.sent.push(now);
		this.pending.push({ body });
		this.queued++;
		this.timer ??= setTimeout(() => this.drain(), this.options.delayMs ?? 250);
		return { status: 200, body: { status: 'QUEUED' } };
	}

	/** Settles once everything queued so far has been processed (tests). */
	async idle(): Promise<void> {
		if (!this.pending.length) return;
		await new Promise<void>((resolve) => this.waiting.push(resolve));
	}

	stop(): void {
		if (this.timer) clearTimeout(this.timer);
	}

	private drain(): void {
		this.timer = undefined;
		for (const job of this.pending.splice(0)) this.process(job.body as Record<string, unknown>);
		this.changed();
		for (const resolve of this.waiting.splice(0)) resolve();
	}

	private drop(what: AsyncDrop['what'], reason: string): void {
		this.drops.push({ at: Date.now(), what, reason });
	}

	private process(body: Record<string, unknown>): void {
		this.processed++;
		const fields = body.fields;
		if (!fields || typeof fields !== 'object' || Array.isArray(fields))
			return this.drop('request', 'fields missing');
		if (Object.keys(fields).length === 0 && body.actions === undefined) {
			this.probes++;
			return;
		}
		const given = fields as Record<string, unknown>;
		const { stored, problems } = checkFields(this.state, given);
		for (const p of problems) this.drop('field', `${p.field}: ${p.remark}`);
		// Values the checks drop without a remark (an archived status label).
		for (const key of Object.keys(given)) {
			const remarked = problems.some((p) => p.field === `fields.${key}`);
			if (!(key in stored) && !remarked) this.drop('field', `fields.${key}: dropped`);
		}
		const identifier = identifierField(this.state).apiName;
		if (stored[identifier] === undefined)
			return this.drop('request', `identifier ${identifier} missing or invalid`);
		const lead = this.upsert(stored, identifier);
		const actions = Array.isArray(body.actions) ? body.actions : [];
		actions.forEach((raw, index) => this.appendAction(lead, raw, index));
	}

	private upsert(stored: Record<string, unknown>, identifier: string): LeadRecord {
		const found = leadByIdentifier(this.state, stored[identifier]);
		if (!found) return addLead(this.state, stored, Date.now());
		Object.assign(found.fields, stored);
		return found;
	}

	/** Async wants `ACTION_<code>`; an unprefixed custom action is dropped, as documented. */
	private appendAction(lead: LeadRecord, raw: unknown, index: number): void {
		const type = (raw as { type?: unknown } | null)?.type;
		if (typeof type !== 'string' || !(type === 'PAYMENT' || /^ACTION_\d+$/.test(type)))
			return this.drop(
				'action',
				`actions[${index}].type ${JSON.stringify(type)}: not ACTION_<code> or PAYMENT`,
			);
		const bare = { ...(raw as Record<string, unknown>), type: type.replace(/^ACTION_/, '') };
		const { outcomes, remarks } = addActions(this.state, lead, [bare], Date.now());
		if (outcomes[0].status === 'IGNORED')
			this.drop(
				'action',
				remarks.map((r) => `${r.field}: ${r.remark}`).join('; ') || `actions[${index}]`,
			);
	}
}
