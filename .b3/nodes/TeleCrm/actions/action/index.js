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
const create = __importStar(require('./create.operation'));
const get = __importStar(require('./get.operation'));
const search = __importStar(require('./search.operation'));
const update = __importStar(require('./update.operation'));
exports.operations = { create, get, update, search };
exports.description = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['action'] } },
		options: [
			{
				name: 'Create',
				value: 'create',
				description:
					'Record custom actions and payments on a lead timeline, several in one request',
				action: 'Create actions on a lead',
			},
			{
				name: 'Get',
				value: 'get',
				description: 'Get a custom action or payment of a lead by its action ID',
				action: 'Get an action',
			},
			{
				name: 'Search',
				value: 'search',
				description:
					'List a lead timeline (calls, messages, custom actions, payments), newest first',
				action: 'Search actions of a lead',
			},
			{
				name: 'Update',
				value: 'update',
				description: 'Change fields of a custom action, or the status of a payment',
				action: 'Update an action',
			},
		],
		default: 'create',
	},
	...create.description,
	...get.description,
	...search.description,
	...update.description,
];
//# sourceMappingURL=index.js.map
