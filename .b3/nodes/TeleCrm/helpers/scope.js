'use strict';
Object.defineProperty(exports, '__esModule', { value: true });
exports.executionScope = executionScope;
const leadDirectory_1 = require('./leads/leadDirectory');
const outputShaper_1 = require('./workspace/outputShaper');
const workspace_1 = require('./workspace/workspace');
const transport_1 = require('../transport');
function executionScope(ctx, settings, dates = 'iso') {
	const api = new transport_1.TeleCrmApi(ctx, settings);
	const workspace = new workspace_1.Workspace(api);
	let asyncApi;
	return {
		api,
		workspace,
		leads: new leadDirectory_1.LeadDirectory(api, workspace),
		output: new outputShaper_1.OutputShaper(workspace, dates),
		asyncApi(perHour) {
			const paced = { timeoutMs: api.settings.timeoutMs, pacer: new transport_1.Pacer(perHour) };
			asyncApi ??= new transport_1.TeleCrmApi(ctx, paced, transport_1.ASYNC_API);
			return asyncApi;
		},
	};
}
//# sourceMappingURL=scope.js.map
