'use strict';
Object.defineProperty(exports, '__esModule', { value: true });
exports.metadataRoutes = void 0;
const common_cjs_1 = require('./common.cjs');
const leadIndex_cjs_1 = require('./leadIndex.cjs');
function fieldView(field, detail) {
	const summary = {
		type: field.type,
		apiName: field.apiName,
		lockAfterCreate: field.lockAfterCreate,
		isLeadid: field.isLeadid,
		...(field.options ? { options: field.options.map((o) => o.label) } : {}),
	};
	if (!detail) return summary;
	return {
		id: field.id,
		...summary,
		description: field.description,
		...(field.options ? { options: field.options.map((o) => ({ ...o })) } : {}),
		...(field.type === 'DATE' ? { dateFormat: 'dd/MM/yyyy HH:mm:ss' } : {}),
	};
}
function actionView(action, detail) {
	const summary = {
		code: action.code,
		displayName: action.displayName,
		score: action.score,
		source: action.source,
	};
	if (!detail) return summary;
	return {
		id: action.id,
		...summary,
		icon: action.icon,
		description: action.description,
		fieldSchema: action.fieldSchema,
		displaySchema: {},
		allowPredatedActivity: action.allowPredatedActivity,
		quickAdd: {},
		definitionType: action.definitionType,
		createdOn: action.createdOn,
		createdBy: 'admin@sandbox-telecrm.test',
		modifiedOn: action.modifiedOn,
		modifiedBy: 'admin@sandbox-telecrm.test',
	};
}
const metadata = (req) => {
	const { id, name, creationTimeStamp, teamSize, industry, website, integrations } =
		req.state.enterprise;
	const leadIdentifierFieldId = (0, leadIndex_cjs_1.identifierField)(req.state).id;
	return {
		status: 200,
		body: {
			name,
			id,
			creationTimeStamp,
			teamSize,
			industry,
			website,
			leadIdentifierFieldId,
			integrations,
		},
	};
};
function pipelineView(req) {
	const { leadStages, activeLeadLostReasons, archivedLeadLostReasons, ...rest } =
		req.state.pipeline;
	if (req.pipelineShape === 'documented') return req.state.pipeline;
	const statuses = (archived) =>
		leadStages.flatMap((stage) =>
			(archived ? stage.archivedStatuses : stage.activeStatuses).map((s) => ({
				...s,
				stageType: stage.stageType,
			})),
		);
	return {
		statuses: statuses(false),
		archivedStatuses: statuses(true),
		lostReasons: activeLeadLostReasons,
		archivedLostReasons: archivedLeadLostReasons,
		...rest,
	};
}
exports.metadataRoutes = [
	['GET', /^\/metadata$/, metadata],
	[
		'GET',
		/^\/custom-fields$/,
		(req) => ({
			status: 200,
			body: {
				customFields: req.state.fields.map((f) =>
					fieldView(f, (0, common_cjs_1.isBool)(req.query.detail)),
				),
			},
		}),
	],
	[
		'GET',
		/^\/custom-fields\/([^/]+)$/,
		(req) => {
			const field = req.state.fields.find((f) => f.apiName === req.params[0]);
			if (!field)
				throw new common_cjs_1.ApiError(
					404,
					'NOT_FOUND',
					`Could not find custom field with apiName ${req.params[0]}`,
				);
			return { status: 200, body: fieldView(field, true) };
		},
	],
	[
		'GET',
		/^\/custom-actions$/,
		(req) => ({
			status: 200,
			body: {
				customActions: req.state.customActions.map((a) =>
					actionView(a, (0, common_cjs_1.isBool)(req.query.detail)),
				),
			},
		}),
	],
	[
		'GET',
		/^\/custom-actions\/([^/]+)$/,
		(req) => {
			const action = req.state.customActions.find((a) => a.code === req.params[0]);
			if (!action)
				throw new common_cjs_1.ApiError(
					404,
					'NOT_FOUND',
					`Custom action with code ${req.params[0]} was not found.`,
				);
			return { status: 200, body: actionView(action, true) };
		},
	],
	['GET', /^\/lead-stage-pipeline$/, (req) => ({ status: 200, body: pipelineView(req) })],
];
//# sourceMappingURL=metadata.cjs.map
