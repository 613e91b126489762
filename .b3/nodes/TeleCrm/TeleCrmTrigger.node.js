'use strict';
Object.defineProperty(exports, '__esModule', { value: true });
exports.TeleCrmTrigger = void 0;
const n8n_workflow_1 = require('n8n-workflow');
const methods_1 = require('./methods');
const description_1 = require('./trigger/description');
const poll_1 = require('./trigger/poll');
class TeleCrmTrigger {
	description = {
		displayName: 'TeleCRM Trigger',
		name: 'teleCrmTrigger',
		icon: {
			light: 'file:../../icons/telecrmTrigger.svg',
			dark: 'file:../../icons/telecrmTrigger.dark.svg',
		},
		group: ['trigger'],
		version: 1,
		subtitle: description_1.triggerSubtitle,
		description: 'Starts the workflow when TeleCRM leads are created or actions are logged on them',
		defaults: { name: 'TeleCRM Trigger' },
		polling: true,
		inputs: [],
		outputs: [n8n_workflow_1.NodeConnectionTypes.Main],
		credentials: [{ name: 'teleCrmSyncApi', required: true }],
		properties: description_1.triggerProperties,
	};
	methods = { loadOptions: methods_1.loadOptions };
	async poll() {
		return await poll_1.pollEvents.call(this);
	}
}
exports.TeleCrmTrigger = TeleCrmTrigger;
//# sourceMappingURL=TeleCrmTrigger.node.js.map
