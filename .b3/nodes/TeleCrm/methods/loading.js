'use strict';
Object.defineProperty(exports, '__esModule', { value: true });
exports.loadFailure = loadFailure;
exports.loading = loading;
exports.memberOption = memberOption;
const n8n_workflow_1 = require('n8n-workflow');
const scope_1 = require('../helpers/scope');
function loadFailure(what, error) {
	return `Could not load ${what} from TeleCRM: ${error.message}`;
}
async function loading(ctx, what, load) {
	try {
		return await load((0, scope_1.executionScope)(ctx));
	} catch (error) {
		throw new n8n_workflow_1.NodeOperationError(ctx.getNode(), loadFailure(what, error), {
			description:
				'Check the TeleCRM credential (Enterprise ID, Sync token, Base URL), then reopen this list.',
		});
	}
}
function memberOption(member) {
	return {
		name: `${String(member.name ?? member.email)} (${String(member.email)})`,
		value: String(member.email),
		description: member.status ? String(member.status) : undefined,
	};
}
//# sourceMappingURL=loading.js.map
