'use strict';
Object.defineProperty(exports, '__esModule', { value: true });
exports.Workspace = void 0;
const customActions_1 = require('../values/customActions');
const pipeline_1 = require('../values/pipeline');
const transport_1 = require('../../transport');
class Workspace {
	api;
	cache = new Map();
	constructor(api) {
		this.api = api;
	}
	once(key, load) {
		if (!this.cache.has(key)) this.cache.set(key, load());
		return this.cache.get(key);
	}
	async customFields() {
		return await this.once('fields', async () => {
			const body = await this.api.request({
				method: 'GET',
				path: ['custom-fields'],
				qs: { detail: true },
			});
			return Array.isArray(body.customFields) ? body.customFields : [];
		});
	}
	async identifierField() {
		const fields = await this.customFields();
		return fields.find((f) => f.isLeadid) ?? { apiName: 'phone', type: 'PHONE', isLeadid: true };
	}
	async pipeline(itemIndex) {
		return await this.once('pipeline', async () =>
			(0, pipeline_1.normalisePipeline)(
				await this.api.request({ method: 'GET', path: ['lead-stage-pipeline'], itemIndex }),
			),
		);
	}
	async statuses() {
		const { leadStages } = await this.pipeline();
		return leadStages.flatMap(({ stageType, activeStatuses, archivedStatuses }) => [
			...activeStatuses.map((s) => ({ label: String(s.label), stageType, archived: false })),
			...archivedStatuses.map((s) => ({ label: String(s.label), stageType, archived: true })),
		]);
	}
	async lostReasons() {
		const pipeline = await this.pipeline();
		const labels = (list, archived) =>
			list.map((r) => ({ label: String(r.reasonLabel), archived }));
		return [
			...labels(pipeline.activeLeadLostReasons, false),
			...labels(pipeline.archivedLeadLostReasons, true),
		];
	}
	async labels(kind) {
		const all = kind === 'status' ? await this.statuses() : await this.lostReasons();
		return {
			active: all.filter((l) => !l.archived).map((l) => l.label),
			archived: all.filter((l) => l.archived).map((l) => l.label),
		};
	}
	async customActions() {
		return await this.once('actions', async () => {
			const body = await this.api.request({
				method: 'GET',
				path: ['custom-actions'],
				qs: { detail: true },
			});
			return Array.isArray(body.customActions) ? body.customActions : [];
		});
	}
	async customAction(code) {
		const bare = (0, customActions_1.bareActionCode)(code);
		return await this.once(`action:${bare}`, async () => {
			const listed = (await this.customActions()).find(
				(a) => (0, customActions_1.bareActionCode)(a.code) === bare,
			);
			if (listed?.fieldSchema) return listed;
			return await this.api.request({
				method: 'GET',
				path: ['custom-actions', (0, customActions_1.fullActionCode)(bare)],
			});
		});
	}
	async teamMembers() {
		return await this.once(
			'team',
			async () =>
				await (0, transport_1.requestAllPages)(this.api, {
					method: 'GET',
					path: ['team-members'],
					maxPageSize: transport_1.MAX_PAGE_SIZE.teamMembers,
					limit: Infinity,
				}),
		);
	}
}
exports.Workspace = Workspace;
//# sourceMappingURL=workspace.js.map
