'use strict';
var __createBinding =
	(this && this.__createBinding) ||
	(Object.create
		? function (o, m, k, k2) {
				if (k2 === undefined) k2 = k;
				var desc = Object.getOwnPropertyDescriptor(m, k);
				if (!desc || ('get' in desc ? !m.__esModule : desc.writable || desc.configurable)) {
					desc = {
						enumerable: true,
						get: function () {
							return m[k];
						},
					};
				}
				Object.defineProperty(o, k2, desc);
			}
		: function (o, m, k, k2) {
				if (k2 === undefined) k2 = k;
				o[k2] = m[k];
			});
var __setModuleDefault =
	(this && this.__setModuleDefault) ||
	(Object.create
		? function (o, v) {
				Object.defineProperty(o, 'default', { enumerable: true, value: v });
			}
		: function (o, v) {
				o['default'] = v;
			});
var __importStar =
	(this && this.__importStar) ||
	(function () {
		var ownKeys = function (o) {
			ownKeys =
				Object.getOwnPropertyNames ||
				function (o) {
					var ar = [];
					for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
					return ar;
				};
			return ownKeys(o);
		};
		return function (mod) {
			if (mod && mod.__esModule) return mod;
			var result = {};
			if (mod != null)
				for (var k = ownKeys(mod), i = 0; i < k.length; i++)
					if (k[i] !== 'default') __createBinding(result, mod, k[i]);
			__setModuleDefault(result, mod);
			return result;
		};
	})();
Object.defineProperty(exports, '__esModule', { value: true });
exports.TeleCrm = void 0;
const n8n_workflow_1 = require('n8n-workflow');
const action = __importStar(require('./actions/action'));
const lead = __importStar(require('./actions/lead'));
const common_descriptions_1 = require('./actions/common.descriptions');
const router_1 = require('./actions/router');
const teamMember = __importStar(require('./actions/teamMember'));
const workspace = __importStar(require('./actions/workspace'));
const methods_1 = require('./methods');
class TeleCrm {
	description = {
		displayName: 'TeleCRM',
		name: 'teleCrm',
		icon: { light: 'file:../../icons/telecrm.svg', dark: 'file:../../icons/telecrm.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: '={{$parameter["operation"] + ": " + $parameter["resource"]}}',
		description:
			'Create, find and update TeleCRM leads, log actions and payments on their timeline, manage team members and read workspace metadata (Sync API)',
		defaults: { name: 'TeleCRM' },
		usableAsTool: true,
		inputs: [n8n_workflow_1.NodeConnectionTypes.Main],
		outputs: [n8n_workflow_1.NodeConnectionTypes.Main],
		credentials: [
			{ name: 'teleCrmSyncApi', required: true },
			{
				name: 'teleCrmAsyncApi',
				required: true,
				displayOptions: { show: { resource: ['lead'], operation: ['upsertQueued'] } },
			},
		],
		properties: [
			{
				displayName: 'Resource',
				name: 'resource',
				type: 'options',
				noDataExpression: true,
				options: [
					{
						name: 'Lead',
						value: 'lead',
						description: 'People and companies in the pipeline, with their custom fields',
					},
					{
						name: 'Team Member',
						value: 'teamMember',
						description: 'Users of the workspace: agents, managers, their availability',
					},
					{
						name: 'Timeline',
						value: 'action',
						description: 'Actions on a lead: custom actions, payments, calls, messages',
					},
					{
						name: 'Workspace',
						value: 'workspace',
						description: 'Workspace metadata: custom fields, custom actions, pipeline',
					},
				],
				default: 'lead',
			},
			...lead.description,
			...action.description,
			...teamMember.description,
			...workspace.description,
			common_descriptions_1.requestOptionsProperty,
		],
	};
	methods = {
		loadOptions: methods_1.loadOptions,
		listSearch: methods_1.listSearch,
		resourceMapping: methods_1.resourceMapping,
	};
	async execute() {
		return await router_1.router.call(this);
	}
}
exports.TeleCrm = TeleCrm;
//# sourceMappingURL=TeleCrm.node.js.map
