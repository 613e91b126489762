import type { IDataObject } from 'n8n-workflow';

import { bareActionCode, fullActionCode } from '../values/customActions';
import type { Pipeline } from '../values/pipeline';
import { normalisePipeline } from '../values/pipeline';
import type { Labels } from '../values/valueConversion';
import type { TeleCrmApi } from '../../transport';
import { MAX_PAGE_SIZE, requestAllPages } from '../../transport';

export interface FieldDefinition {
	apiName: string;
	type: string;
	isLeadid?: boolean;
	lockAfterCreate?: boolean;
	options?: Array<string | { id?: string; label: string }>;
	description?: string;
}

export interface StatusLabel {
	label: string;
	stageType: string;
	archived: boolean;
}

export interface CustomActionDefinition {
	code: string;
	displayName: string;
	fieldSchema?: Record<string, { type: string; options?: string[] }>;
}

/**
 * Workspace metadata, fetched at most once per node execution (or loader call) and
 * shared by every item: metadata requests never grow with the number of items.
 */
export class Workspace {
	private cache = new Map<string, Promise<unknown>>();

	constructor(private readonly api: TeleCrmApi) {}

	private once<T>(key: string, load: () => Promise<T>): Promise<T> {
		if (!this.cache.has(key)) this.cache.set(key, load());
		return this.cache.get(key) as Promise<T>;
	}

	async customFields(): Promise<FieldDefinition[]> {
		return await this.once('fields', async () => {
			const body = await this.api.request({
				method: 'GET',
				path: ['custom-fields'],
				qs: { detail: true },
			});
			return (Array.isArray(body.customFields) ? body.customFields : []) as FieldDefinition[];
		});
	}

	/** API name of the workspace's lead identifier (phone unless configured otherwise). */
	async identifierField(): Promise<FieldDefinition> {
		const fields = await this.customFields();
		return fields.find((f) => f.isLeadid) ?? { apiName: 'phone', type: 'PHONE', isLeadid: true };
	}

	/** The pipeline in its documented shape, whichever shape telecrm answered with. */
	async pipeline(itemIndex?: number): Promise<Pipeline> {
		return await this.once('pipeline', async () =>
			normalisePipeline(
				await this.api.request({ method: 'GET', path: ['lead-stage-pipeline'], itemIndex }),
			),
		);
	}

	async statuses(): Promise<StatusLabel[]> {
		const { leadStages } = await this.pipeline();
		return leadStages.flatMap(({ stageType, activeStatuses, archivedStatuses }) => [
			...activeStatuses.map((s) => ({ label: String(s.label), stageType, archived: false })),
			...archivedStatuses.map((s) => ({ label: String(s.label), stageType, archived: true })),
		]);
	}

	async lostReasons(): Promise<Array<{ label: string; archived: boolean }>> {
		const pipeline = await this.pipeline();
		const labels = (list: IDataObject[], archived: boolean) =>
			list.map((r) => ({ label: String(r.reasonLabel), archived }));
		return [
			...labels(pipeline.activeLeadLostReasons, false),
			...labels(pipeline.archivedLeadLostReasons, true),
		];
	}

	/** Active and archived labels of statuses or lost reasons (only active ones can be written). */
	async labels(kind: 'status' | 'lostReason'): Promise<Labels> {
		const all = kind === 'status' ? await this.statuses() : await this.lostReasons();
		return {
			active: all.filter((l) => !l.archived).map((l) => l.label),
			archived: all.filter((l) => l.archived).map((l) => l.label),
		};
	}

	async customActions(): Promise<CustomActionDefinition[]> {
		return await this.once('actions', async () => {
			const body = await this.api.request({
				method: 'GET',
				path: ['custom-actions'],
				qs: { detail: true },
			});
			return (
				Array.isArray(body.customActions) ? body.customActions : []
			) as CustomActionDefinition[];
		});
	}

	async customAction(code: string): Promise<CustomActionDefinition> {
		const bare = bareActionCode(code);
		return await this.once(`action:${bare}`, async () => {
			const listed = (await this.customActions()).find((a) => bareActionCode(a.code) === bare);
			if (listed?.fieldSchema) return listed;
			return (await this.api.request({
				method: 'GET',
				path: ['custom-actions', fullActionCode(bare)],
			})) as unknown as CustomActionDefinition;
		});
	}

	async teamMembers(): Promise<IDataObject[]> {
		return await this.once(
			'team',
			async () =>
				await requestAllPages(this.api, {
					method: 'GET',
					path: ['team-members'],
					maxPageSize: MAX_PAGE_SIZE.teamMembers,
					limit: Infinity,
				}),
		);
	}
}
