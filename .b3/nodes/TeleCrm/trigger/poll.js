'use strict';
Object.defineProperty(exports, '__esModule', { value: true });
exports.SEEN_CAP = void 0;
exports.pollEvents = pollEvents;
const n8n_workflow_1 = require('n8n-workflow');
const events_1 = require('./events');
const nodeErrors_1 = require('../helpers/nodeErrors');
const scope_1 = require('../helpers/scope');
exports.SEEN_CAP = 10_000;
function eventOf() {
	const name = this.getNodeParameter('event');
	if (!(0, events_1.isTriggerEvent)(name))
		throw new n8n_workflow_1.NodeOperationError(
			this.getNode(),
			`The trigger event "${name}" is not known`,
		);
	return events_1.events[name];
}
async function sample(event, scope) {
	const found = await event.sample.call(this, scope);
	if (!found.length) {
		throw new n8n_workflow_1.NodeOperationError(
			this.getNode(),
			`${event.nothingYet} the trigger's filters yet`,
			{
				description: 'Create one in TeleCRM (or widen the filters), then fetch a test event again.',
			},
		);
	}
	return [this.helpers.returnJsonArray([await found[0].item()])];
}
async function pollEvents() {
	try {
		return await poll.call(this);
	} catch (error) {
		throw (0, nodeErrors_1.toNodeError)(this.getNode(), error);
	}
}
async function poll() {
	const scope = (0, scope_1.executionScope)(this);
	const event = eventOf.call(this);
	if (this.getMode() === 'manual') return await sample.call(this, event, scope);
	const state = this.getWorkflowStaticData('node');
	const pollStart = Date.now();
	if (state.cursor === undefined) {
		state.since = pollStart;
		state.cursor = pollStart;
		state.seen = [];
		return null;
	}
	const options = this.getNodeParameter('options', {});
	const overlapMs = Math.max(0, Number(options.overlapMinutes ?? 10)) * 60_000;
	const window = { from: Math.max(state.cursor - overlapMs, state.since ?? 0), to: pollStart };
	const found = await event.poll.call(this, scope, window);
	const seen = new Map(state.seen ?? []);
	const fresh = found
		.reverse()
		.filter((f) => !seen.has(f.id))
		.sort((a, b) => a.at - b.at);
	for (const f of fresh) seen.set(f.id, f.at || pollStart);
	const keepFrom = pollStart - overlapMs;
	state.seen = [...seen]
		.filter(([, at]) => at >= keepFrom)
		.sort((a, b) => b[1] - a[1])
		.slice(0, exports.SEEN_CAP);
	state.cursor = pollStart;
	if (!fresh.length) return null;
	const items = [];
	for (const f of fresh) items.push(await f.item());
	return [this.helpers.returnJsonArray(items)];
}
//# sourceMappingURL=poll.js.map
