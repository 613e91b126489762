'use strict';
Object.defineProperty(exports, '__esModule', { value: true });
exports.METADATA = exports.fakeNode = void 0;
exports.fakeApi = fakeApi;
const workspace_1 = require('../../nodes/TeleCrm/helpers/workspace/workspace');
exports.fakeNode = {
	id: 'fake',
	name: 'TeleCRM',
	type: 'n8n-nodes-telecrm.teleCrm',
	typeVersion: 1,
	position: [0, 0],
	parameters: {},
};
exports.METADATA = {
	'custom-fields': {
		customFields: [
			{ apiName: 'phone', type: 'PHONE', isLeadid: true },
			{ apiName: 'name', type: 'TEXT' },
			{ apiName: 'status', type: 'STATUS' },
			{ apiName: 'rating', type: 'RATING' },
			{ apiName: 'follow_up', type: 'DATE' },
		],
	},
	'lead-stage-pipeline': {
		leadStages: [
			{
				stageType: 'OPEN',
				activeStatuses: [{ label: 'Fresh' }],
				archivedStatuses: [{ label: 'Old' }],
			},
		],
		activeLeadLostReasons: [],
		archivedLeadLostReasons: [],
	},
	'custom-actions': {
		customActions: [
			{
				code: 'ACTION_1001',
				displayName: 'Site Visit',
				fieldSchema: { note: { type: 'TEXT' }, visit_on: { type: 'DATE' } },
			},
		],
	},
};
function fakeApi(answer = () => ({})) {
	const requests = [];
	const api = {
		ctx: { getNode: () => exports.fakeNode },
		async request(request) {
			const seen = {
				method: request.method,
				path: request.path.join('/'),
				qs: request.qs,
				body: request.body,
				idempotent: request.idempotent,
			};
			requests.push(seen);
			const metadata = exports.METADATA[seen.path];
			if (seen.method === 'GET' && metadata) return structuredClone(metadata);
			return await answer(seen);
		},
	};
	return { api, requests, workspace: new workspace_1.Workspace(api) };
}
//# sourceMappingURL=fakeApi.js.map
