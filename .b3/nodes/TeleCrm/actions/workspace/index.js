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
exports.description = exports.operations = void 0;
const getCustomAction = __importStar(require('./getCustomAction.operation'));
const getCustomActions = __importStar(require('./getCustomActions.operation'));
const getCustomField = __importStar(require('./getCustomField.operation'));
const getCustomFields = __importStar(require('./getCustomFields.operation'));
const getInfo = __importStar(require('./getInfo.operation'));
const getPipeline = __importStar(require('./getPipeline.operation'));
exports.operations = {
	getInfo,
	getCustomFields,
	getCustomField,
	getCustomActions,
	getCustomAction,
	getPipeline,
};
exports.description = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['workspace'] } },
		options: [
			{
				name: 'Get Custom Action',
				value: 'getCustomAction',
				description: 'Get one custom action definition with its field schema',
				action: 'Get a custom action definition',
			},
			{
				name: 'Get Custom Field',
				value: 'getCustomField',
				description: 'Get one lead field definition with its options',
				action: 'Get a lead field definition',
			},
			{
				name: 'Get Info',
				value: 'getInfo',
				description: 'Get the workspace name, industry, integrations and lead identifier field',
				action: 'Get workspace info',
			},
			{
				name: 'Get Many Custom Actions',
				value: 'getCustomActions',
				description: 'List the custom action definitions of the workspace',
				action: 'Get many custom action definitions',
			},
			{
				name: 'Get Many Custom Fields',
				value: 'getCustomFields',
				description: 'List the lead field definitions of the workspace, standard fields included',
				action: 'Get many lead field definitions',
			},
			{
				name: 'Get Pipeline',
				value: 'getPipeline',
				description: 'Get the lead stages, statuses and lost reasons',
				action: 'Get the lead stage pipeline',
			},
		],
		default: 'getInfo',
	},
	...getCustomAction.description,
	...getCustomActions.description,
	...getCustomField.description,
	...getCustomFields.description,
	...getInfo.description,
	...getPipeline.description,
];
//# sourceMappingURL=index.js.map
