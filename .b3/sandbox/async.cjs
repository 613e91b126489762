'use strict';
Object.defineProperty(exports, '__esModule', { value: true });
exports.AsyncQueue = exports.ASYNC_PATH = void 0;
const actions_cjs_1 = require('./actions.cjs');
const common_cjs_1 = require('./common.cjs');
const leadIndex_cjs_1 = require('./leadIndex.cjs');
const leads_cjs_1 = require('./leads.cjs');
const state_cjs_1 = require('./state.cjs');
exports.ASYNC_PATH = /^\/enterprise\/([^/]+)\/autoupdatelead$/;
class AsyncQueue {
	state;
	changed;
	options;
	drops = [];
	probes = 0;
	queued = 0;
	processed = 0;
	pending = [];
	timer;
	sent = [];
	waiting = [];
	constructor(state, changed, options = {}) {
		this.state = state;
		this.changed = changed;
		this.options = options;
	}
	accept(body, now) {
		const { max, windowMs } = this.options.rateLimit ?? { max: 18_000, windowMs: 3_600_000 };
		while (this.sent.length && this.sent[0] <= now - windowMs) this.sent.shift();
		if (this.sent.length >= max) {
			const retryAfterS = Math.max(1, Math.ceil((this.sent[0] + windowMs - now) / 1000));
			const error = new common_cjs_1.ApiError(
				429,
				'RATE_LIMITED',
				`More than ${max} requests per window`,
			);
			return { status: 429, body: error.envelope(), retryAfterS };
		}
		if (!body || typeof body !== 'object' || Array.isArray(body))
			throw (0, common_cjs_1.badRequest)('The body must be a JSON object');
		this.sent.push(now);
		this.pending.push({ body });
		this.queued++;
		this.timer ??= setTimeout(() => this.drain(), this.options.delayMs ?? 250);
		return { status: 200, body: { status: 'QUEUED' } };
	}
	async idle() {
		if (!this.pending.length) return;
		await new Promise((resolve) => this.waiting.push(resolve));
	}
	stop() {
		if (this.timer) clearTimeout(this.timer);
	}
	drain() {
		this.timer = undefined;
		for (const job of this.pending.splice(0)) this.process(job.body);
		this.changed();
		for (const resolve of this.waiting.splice(0)) resolve();
	}
	drop(what, reason) {
		this.drops.push({ at: Date.now(), what, reason });
	}
	process(body) {
		this.processed++;
		const fields = body.fields;
		if (!fields || typeof fields !== 'object' || Array.isArray(fields))
			return this.drop('request', 'fields missing');
		if (Object.keys(fields).length === 0 && body.actions === undefined) {
			this.probes++;
			return;
		}
		const given = fields;
		const { stored, problems } = (0, leads_cjs_1.checkFields)(this.state, given);
		for (const p of problems) this.drop('field', `${p.field}: ${p.remark}`);
		for (const key of Object.keys(given)) {
			const remarked = problems.some((p) => p.field === `fields.${key}`);
			if (!(key in stored) && !remarked) this.drop('field', `fields.${key}: dropped`);
		}
		const identifier = (0, leadIndex_cjs_1.identifierField)(this.state).apiName;
		if (stored[identifier] === undefined)
			return this.drop('request', `identifier ${identifier} missing or invalid`);
		const lead = this.upsert(stored, identifier);
		const actions = Array.isArray(body.actions) ? body.actions : [];
		actions.forEach((raw, index) => this.appendAction(lead, raw, index));
	}
	upsert(stored, identifier) {
		const now = Date.now();
		const found = (0, leadIndex_cjs_1.leadIndex)(this.state).byIdentifier.get(
			(0, leadIndex_cjs_1.identifierKey)(this.state, stored[identifier]),
		);
		if (found) {
			Object.assign(found.fields, stored);
			return found;
		}
		const lead = {
			id: (0, state_cjs_1.hexId)(this.state.nextId++),
			created_on: now,
			fields: { ...stored, created_on: now },
			actions: [],
		};
		(0, leadIndex_cjs_1.addLead)(this.state, lead);
		return lead;
	}
	appendAction(lead, raw, index) {
		const type = raw?.type;
		if (typeof type !== 'string' || !(type === 'PAYMENT' || /^ACTION_\d+$/.test(type)))
			return this.drop(
				'action',
				`actions[${index}].type ${JSON.stringify(type)}: not ACTION_<code> or PAYMENT`,
			);
		const bare = { ...raw, type: type.replace(/^ACTION_/, '') };
		const { outcomes, remarks } = (0, actions_cjs_1.addActions)(
			this.state,
			lead,
			[bare],
			Date.now(),
		);
		if (outcomes[0].status === 'IGNORED')
			this.drop(
				'action',
				remarks.map((r) => `${r.field}: ${r.remark}`).join('; ') || `actions[${index}]`,
			);
	}
}
exports.AsyncQueue = AsyncQueue;
//# sourceMappingURL=async.cjs.map
