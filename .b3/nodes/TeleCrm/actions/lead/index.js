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
const upsert = __importStar(require('./upsert.operation'));
const upsertQueued = __importStar(require('./upsertQueued.operation'));
exports.operations = {
	create,
	upsert,
	upsertQueued,
	get,
	update,
	search,
};
exports.description = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['lead'] } },
		options: [
			{
				name: 'Create',
				value: 'create',
				description:
					'Create a lead with its fields and first actions; fails if the identifier exists',
				action: 'Create a lead',
			},
			{
				name: 'Create or Update',
				value: 'upsert',
				description: 'Create a new record, or update the current one if it already exists (upsert)',
				action: 'Create or update a lead',
			},
			{
				name: 'Create or Update (Queued)',
				value: 'upsertQueued',
				description:
					'Queue a create-or-update on the Async API, for high-volume intake; every value is checked first, nothing is dropped silently',
				action: 'Queue a create or update of a lead',
			},
			{
				name: 'Get',
				value: 'get',
				description: 'Get a lead by ID or identifier, optionally with a page of its timeline',
				action: 'Get a lead',
			},
			{
				name: 'Search',
				value: 'search',
				description: 'Find leads by field values, status, assignee, creation time or actions',
				action: 'Search leads',
			},
			{
				name: 'Update',
				value: 'update',
				description: 'Change fields of a lead (not its identifier)',
				action: 'Update a lead',
			},
		],
		default: 'upsert',
	},
	...create.description,
	...get.description,
	...search.description,
	...update.description,
	...upsert.description,
	...upsertQueued.description,
];
//# sourceMappingURL=index.js.map
