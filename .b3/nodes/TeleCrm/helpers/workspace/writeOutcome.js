'use strict';
Object.defineProperty(exports, '__esModule', { value: true });
exports.writeOutcome = writeOutcome;
const invalidValue_1 = require('../values/invalidValue');
async function writeOutcome(
	shaper,
	response,
	{ itemIndex, actions: sentActions, fields = {}, extra = {}, failOnIgnored },
) {
	const outcomes = Array.isArray(response.actions) ? response.actions : [];
	const actions = await Promise.all(
		outcomes.map(async (o, n) => await shaper.action({ type: sentActions[n]?.type ?? null, ...o })),
	);
	const remarks = Array.isArray(response.remarks) ? response.remarks : [];
	const ignored = new Set(remarks.map((r) => String(r.field)));
	const written = Object.fromEntries(Object.entries(fields).filter(([key]) => !ignored.has(key)));
	const output = await shaper.lead(String(response.lead_id), written, {
		...extra,
		actions,
		remarks,
	});
	if (response.recovered) output.recovered = response.recovered;
	const ignoredActions = actions.filter((a) => a.status === 'IGNORED').length;
	if (failOnIgnored && (remarks.length || ignoredActions)) {
		const list = remarks.map((r) => `${String(r.field)}: ${String(r.remark)}`).join('; ');
		throw new invalidValue_1.ItemError(
			`Item ${itemIndex}: TeleCRM ignored ${remarks.length} value(s) and ${ignoredActions} action(s) on lead ${String(response.lead_id)}`,
			`The lead was saved without them. ${list || 'No remark was given for the ignored actions.'}`,
		);
	}
	return output;
}
//# sourceMappingURL=writeOutcome.js.map
