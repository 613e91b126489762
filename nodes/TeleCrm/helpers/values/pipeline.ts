import type { IDataObject } from 'n8n-workflow';

import type { ApiRow } from './apiShapes';

/**
 * The lead stage pipeline in its documented shape (`leadStages[]` with active and archived
 * statuses, active and archived lost reasons), whichever shape telecrm answered with: live
 * workspaces have been seen answering with flat top-level lists instead (docs/telecrm-api.md §13).
 */
export interface Pipeline extends IDataObject {
	leadStages: LeadStage[];
	activeLeadLostReasons: IDataObject[];
	archivedLeadLostReasons: IDataObject[];
}

interface LeadStage extends IDataObject {
	stageType: string;
	activeStatuses: IDataObject[];
	archivedStatuses: IDataObject[];
}

/** Where each list may stand in a flat answer, documented name first. */
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
} as const;

/** Stage of a flat status that does not name one. */
export const UNKNOWN_STAGE = 'UNKNOWN';

function listAt(raw: IDataObject, keys: readonly string[]): unknown[] {
	for (const key of keys) if (Array.isArray(raw[key])) return raw[key] as unknown[];
	return [];
}

/** A status or reason given as a bare string or an object, with its label under `key`. */
function labelled(item: unknown, key: 'label' | 'reasonLabel'): IDataObject | undefined {
	if (typeof item === 'string') return item.trim() ? { [key]: item } : undefined;
	if (!item || typeof item !== 'object') return undefined;
	const entry = item as IDataObject;
	const label = entry[key] ?? entry.label ?? entry.reasonLabel ?? entry.name ?? entry.title;
	if (label === undefined || label === null || String(label) === '') return undefined;
	return { ...entry, [key]: String(label) };
}

function labelledList(items: unknown[], key: 'label' | 'reasonLabel'): IDataObject[] {
	return items.map((item) => labelled(item, key)).filter((x): x is IDataObject => !!x);
}

/** Flat statuses grouped into stages by their stage type, in order of first appearance. */
function stagesOfFlat(raw: IDataObject): LeadStage[] {
	const stages = new Map<string, LeadStage>();
	const add = (items: unknown[], archivedList: boolean) => {
		for (const status of labelledList(items, 'label')) {
			const stageType = String(status.stageType ?? status.stage_type ?? UNKNOWN_STAGE);
			const archived = archivedList || status.archived === true;
			if (!stages.has(stageType))
				stages.set(stageType, { stageType, activeStatuses: [], archivedStatuses: [] });
			const stage = stages.get(stageType)!;
			(archived ? stage.archivedStatuses : stage.activeStatuses).push(status);
		}
	};
	add(listAt(raw, KEYS.statuses), false);
	add(listAt(raw, KEYS.archivedStatuses), true);
	return [...stages.values()];
}

function stagesOfDocumented(stages: unknown[]): LeadStage[] {
	return stages
		.filter((s): s is IDataObject => !!s && typeof s === 'object')
		.map((stage) => ({
			...stage,
			stageType: String(stage.stageType ?? UNKNOWN_STAGE),
			activeStatuses: labelledList(listAt(stage, ['activeStatuses']), 'label'),
			archivedStatuses: labelledList(listAt(stage, ['archivedStatuses']), 'label'),
		}));
}

/** Which shape telecrm answered with: documented `leadStages[]`, flat lists, or neither. */
export function pipelineShape(raw: ApiRow): 'documented' | 'flat' | 'unknown' {
	if (Array.isArray(raw.leadStages) && raw.leadStages.length > 0) return 'documented';
	const flat = [...KEYS.statuses, ...KEYS.archivedStatuses].some((key) => Array.isArray(raw[key]));
	return flat ? 'flat' : 'unknown';
}

export function normalisePipeline(raw: ApiRow): Pipeline {
	const documented = Array.isArray(raw.leadStages) && raw.leadStages.length > 0;
	const rest: IDataObject = { ...raw };
	for (const key of ['leadStages', ...Object.values(KEYS).flat()]) delete rest[key];
	return {
		leadStages: documented ? stagesOfDocumented(raw.leadStages as unknown[]) : stagesOfFlat(raw),
		activeLeadLostReasons: labelledList(listAt(raw, KEYS.lostReasons), 'reasonLabel'),
		archivedLeadLostReasons: labelledList(listAt(raw, KEYS.archivedLostReasons), 'reasonLabel'),
		...rest,
	};
}
