'use strict';
Object.defineProperty(exports, '__esModule', { value: true });
exports.UNKNOWN_STAGE = void 0;
exports.normalisePipeline = normalisePipeline;
const KEYS = {
	statuses: ['statuses', 'activeStatuses', 'active_statuses'],
	archivedStatuses: ['archivedStatuses', 'archived_statuses', 'inactiveStatuses'],
	lostReasons: ['activeLeadLostReasons', 'lostReasons', 'lost_reasons', 'activeLostReasons'],
	archivedLostReasons: [
		'archivedLeadLostReasons',
		'archivedLostReasons',
		'archived_lost_reasons',
		'archivedReasons',
	],
};
exports.UNKNOWN_STAGE = 'UNKNOWN';
function listAt(raw, keys) {
	for (const key of keys) if (Array.isArray(raw[key])) return raw[key];
	return [];
}
function labelled(item, key) {
	if (typeof item === 'string') return item.trim() ? { [key]: item } : undefined;
	if (!item || typeof item !== 'object') return undefined;
	const entry = item;
	const label = entry[key] ?? entry.label ?? entry.reasonLabel ?? entry.name ?? entry.title;
	if (label === undefined || label === null || String(label) === '') return undefined;
	return { ...entry, [key]: String(label) };
}
function labelledList(items, key) {
	return items.map((item) => labelled(item, key)).filter((x) => !!x);
}
function stagesOfFlat(raw) {
	const stages = new Map();
	const add = (items, archivedList) => {
		for (const status of labelledList(items, 'label')) {
			const stageType = String(status.stageType ?? status.stage_type ?? exports.UNKNOWN_STAGE);
			const archived = archivedList || status.archived === true;
			if (!stages.has(stageType))
				stages.set(stageType, { stageType, activeStatuses: [], archivedStatuses: [] });
			const stage = stages.get(stageType);
			(archived ? stage.archivedStatuses : stage.activeStatuses).push(status);
		}
	};
	add(listAt(raw, KEYS.statuses), false);
	add(listAt(raw, KEYS.archivedStatuses), true);
	return [...stages.values()];
}
function stagesOfDocumented(stages) {
	return stages
		.filter((s) => !!s && typeof s === 'object')
		.map((stage) => ({
			...stage,
			stageType: String(stage.stageType ?? exports.UNKNOWN_STAGE),
			activeStatuses: labelledList(listAt(stage, ['activeStatuses']), 'label'),
			archivedStatuses: labelledList(listAt(stage, ['archivedStatuses']), 'label'),
		}));
}
function normalisePipeline(raw) {
	const documented = Array.isArray(raw.leadStages) && raw.leadStages.length > 0;
	const rest = { ...raw };
	for (const key of ['leadStages', ...Object.values(KEYS).flat()]) delete rest[key];
	return {
		leadStages: documented ? stagesOfDocumented(raw.leadStages) : stagesOfFlat(raw),
		activeLeadLostReasons: labelledList(listAt(raw, KEYS.lostReasons), 'reasonLabel'),
		archivedLeadLostReasons: labelledList(listAt(raw, KEYS.archivedLostReasons), 'reasonLabel'),
		...rest,
	};
}
//# sourceMappingURL=pipeline.js.map
