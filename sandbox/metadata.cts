/**
 * Enterprise metadata endpoints (docs/telecrm-api.md §9): info, custom fields, custom actions,
 * pipeline.
 */
import type { Handler, Request } from './common.cjs';
import { ApiError, isBool } from './common.cjs';
import { identifierField } from './leadIndex.cjs';
import type { CustomActionDef, FieldDef } from './state.cjs';

function fieldView(field: FieldDef, detail: boolean) {
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

function actionView(action: CustomActionDef, detail: boolean) {
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

const metadata: Handler = (req) => {
	const { id, name, creationTimeStamp, teamSize, industry, website, integrations } =
		req.state.enterprise;
	const leadIdentifierFieldId = identifierField(req.state).id;
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

/**
 * The pipeline as documented, or flat as reported from live workspaces: statuses with their
 * stage type at the top level, archived ones and lost reasons in lists beside them.
 */
function pipelineView(req: Request): unknown {
	const { leadStages, activeLeadLostReasons, archivedLeadLostReasons, ...rest } =
		req.state.pipeline;
	if (req.pipelineShape === 'documented') return req.state.pipeline;
	const statuses = (archived: boolean) =>
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

export const metadataRoutes: Array<[string, RegExp, Handler]> = [
	['GET', /^\/metadata$/, metadata],
	[
		'GET',
		/^\/custom-fields$/,
		(req) => ({
			status: 200,
			body: { customFields: req.state.fields.map((f) => fieldView(f, isBool(req.query.detail))) },
		}),
	],
	[
		'GET',
		/^\/custom-fields\/([^/]+)$/,
		(req) => {
			const field = req.state.fields.find((f) => f.apiName === req.params[0]);
			if (!field)
				throw new ApiError(
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
				customActions: req.state.customActions.map((a) => actionView(a, isBool(req.query.detail))),
			},
		}),
	],
	[
		'GET',
		/^\/custom-actions\/([^/]+)$/,
		(req) => {
			const action = req.state.customActions.find((a) => a.code === req.params[0]);
			if (!action)
				throw new ApiError(
					404,
					'NOT_FOUND',
					`Custom action with code ${req.params[0]} was not found.`,
				);
			return { status: 200, body: actionView(action, true) };
		},
	],
	['GET', /^\/lead-stage-pipeline$/, (req) => ({ status: 200, body: pipelineView(req) })],
];
