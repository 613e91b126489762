'use strict';
Object.defineProperty(exports, '__esModule', { value: true });
exports.queueUpsert = queueUpsert;
exports.confirmQueued = confirmQueued;
const n8n_workflow_1 = require('n8n-workflow');
const invalidValue_1 = require('../values/invalidValue');
const rows_1 = require('../values/rows');
const storedValues_1 = require('../values/storedValues');
async function queueUpsert(api, body, itemIndex) {
	const hasActions = Array.isArray(body.actions) && body.actions.length > 0;
	const request = { method: 'POST', path: ['autoupdatelead'], body, itemIndex };
	const answer = await api.request({ ...request, idempotent: !hasActions });
	if (answer.status !== 'QUEUED') {
		throw new invalidValue_1.ItemError(
			`Item ${itemIndex}: the Async API did not answer "QUEUED" (${JSON.stringify(answer).slice(0, 80)})`,
			'Check the Base URL of the TeleCRM Async API credential: leave it as it is for TeleCRM.',
		);
	}
}
async function confirmQueued(leads, expected, { withinMs, firstWaitMs, inFlight }) {
	const results = new Map();
	const deadline = Date.now() + withinMs;
	let wait = firstWaitMs;
	let pending = [...expected.keys()];
	while (pending.length) {
		await (0, n8n_workflow_1.sleep)(Math.max(0, Math.min(wait, deadline - Date.now())));
		const found = await leads.findMany(pending, inFlight);
		const last = Date.now() + wait * 2 > deadline;
		pending = pending.filter((key) => {
			const row = found.get(key);
			const fields = row?.fields ?? {};
			const differs = row
				? (0, storedValues_1.differingFields)(expected.get(key), fields)
				: undefined;
			if (row && !differs?.length) {
				results.set(key, { confirmation: 'confirmed', lead_id: (0, rows_1.leadIdOf)(row) });
				return false;
			}
			if (!last) return true;
			results.set(key, {
				confirmation: 'not seen yet',
				lead_id: row && (0, rows_1.leadIdOf)(row),
				differs,
			});
			return false;
		});
		wait *= 2;
	}
	return results;
}
//# sourceMappingURL=queuedUpserts.js.map
