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
const getAll = __importStar(require('./getAll.operation'));
const setAvailability = __importStar(require('./setAvailability.operation'));
exports.operations = {
	getAll,
	get,
	create,
	setAvailability,
};
exports.description = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['teamMember'] } },
		options: [
			{
				name: 'Create',
				value: 'create',
				description:
					'Add a team member (uses a licence seat); without a password an invitation is sent',
				action: 'Create a team member',
			},
			{
				name: 'Get',
				value: 'get',
				description: 'Get a team member by email',
				action: 'Get a team member',
			},
			{
				name: 'Get Many',
				value: 'getAll',
				description: 'List team members sorted by name',
				action: 'Get many team members',
			},
			{
				name: 'Set Availability',
				value: 'setAvailability',
				description: 'Mark a member Active, Inactive, On Leave or Working',
				action: 'Set the availability of a team member',
			},
		],
		default: 'getAll',
	},
	...create.description,
	...get.description,
	...getAll.description,
	...setAvailability.description,
];
//# sourceMappingURL=index.js.map
