'use strict';
Object.defineProperty(exports, '__esModule', { value: true });
exports.parallelItems = exports.description = void 0;
exports.execute = execute;
exports.leadKey = leadKey;
exports.settle = settle;
const n8n_workflow_1 = require('n8n-workflow');
const leadWrites_1 = require('../../helpers/leads/leadWrites');
const queuedUpserts_1 = require('../../helpers/leads/queuedUpserts');
const nodeErrors_1 = require('../../helpers/nodeErrors');
const actionEntries_1 = require('../../helpers/values/actionEntries');
const invalidValue_1 = require('../../helpers/values/invalidValue');
const transport_1 = require('../../transport');
const create_operation_1 = require('./create.operation');
const parameters_1 = require('../parameters');
const common_descriptions_1 = require('../common.descriptions');
const ASYNC_REQUESTS_PER_HOUR = 18_000;
const properties = [
	{
		displayName:
			'Queued through the Async API (a "TeleCRM Async API" credential); the fields and dropdowns come from the Sync credential, and every value is checked before it is queued',
		name: 'queuedNotice',
		type: 'notice',
		default: '',
	},
	(0, common_descriptions_1.fieldMapper)(
		'fields',
		'Lead Fields',
		'getLeadFieldColumns',
		['operation'],
		'upsert',
	),
	(0, common_descriptions_1.actionEntriesProperty)(
		'actions',
		'Actions to Add',
		'Custom actions and payments appended to the lead, new or existing',
	),
	{
		displayName: 'Confirm',
		name: 'confirm',
		type: 'boolean',
		default: false,
		description:
			'Whether to look the leads up through the Sync API once they are queued, and say for each whether TeleCRM holds what was sent (one search per 100 leads and round)',
	},
	{
		displayName: 'Confirm Within (Seconds)',
		name: 'confirmWithin',
		type: 'number',
		typeOptions: { minValue: 1, maxValue: 3600 },
		default: 60,
		description: 'How long to keep looking; leads not seen by then are reported as not seen yet',
		displayOptions: { show: { confirm: [true] } },
	},
	{
		displayName: 'Queue Options',
		name: 'queueOptions',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		options: [
			{
				displayName: 'Requests per Hour',
				name: 'requestsPerHour',
				type: 'number',
				typeOptions: { minValue: 1 },
				default: 18000,
				description:
					"The Async token's limit (18,000 documented): requests are spaced to stay within it, so a long import is paced, not refused",
			},
		],
	},
];
exports.description = (0, n8n_workflow_1.updateDisplayOptions)(
	{ show: { resource: ['lead'], operation: ['upsertQueued'] } },
	properties,
);
const queued = new WeakMap();
function requestsPerHour(itemIndex) {
	const options = this.getNodeParameter('queueOptions', itemIndex, {});
	const perHour = options.requestsPerHour ?? ASYNC_REQUESTS_PER_HOUR;
	return (0, invalidValue_1.wholeNumber)(perHour, 'Requests per Hour', 1);
}
async function execute(itemIndex, scope) {
	const { input, key, actions } = await create_operation_1.readNewLead.call(
		this,
		itemIndex,
		scope.workspace,
	);
	const body = { fields: input.fields };
	if (actions.length) body.actions = (0, actionEntries_1.asyncActions)(actions);
	const api = scope.asyncApi(requestsPerHour.call(this, itemIndex));
	try {
		await (0, queuedUpserts_1.queueUpsert)(api, body, itemIndex);
	} catch (error) {
		if (!(0, transport_1.isAnswerLost)(error))
			throw (0, nodeErrors_1.toNodeError)(this.getNode(), error, itemIndex);
		const advice = `TeleCRM may have queued it. Check the lead (${input.identifier} ${key}) before running this item again.`;
		throw (0, nodeErrors_1.lostAnswerError)(this.getNode(), error, itemIndex, advice);
	}
	const output = { result: 'queued', identifier: input.identifier, ...input.fields };
	if (body.actions) output.actions = body.actions;
	queued.set(output, {
		key,
		fields: (0, leadWrites_1.withoutIdentifier)(input.fields, input.identifier),
	});
	return output;
}
async function leadKey(itemIndex, scope) {
	const value = await parameters_1.readMappedIdentifier.call(this, itemIndex, scope);
	return value === undefined ? undefined : { value, lookUp: false };
}
exports.parallelItems = true;
async function settle(outputs, scope) {
	const confirming = [...outputs].filter(([itemIndex, output]) => {
		return queued.has(output) && this.getNodeParameter('confirm', itemIndex, false);
	});
	if (!confirming.length) return;
	const expected = new Map();
	for (const [, output] of confirming) {
		const { key, fields } = queued.get(output);
		expected.set(key, { ...expected.get(key), ...fields });
	}
	const seconds = Math.max(
		...confirming.map(([i]) =>
			(0, invalidValue_1.wholeNumber)(
				this.getNodeParameter('confirmWithin', i, 60),
				'Confirm Within',
				1,
			),
		),
	);
	const timing = { withinMs: seconds * 1000, firstWaitMs: 1000, inFlight: 4 };
	let found;
	try {
		found = await (0, queuedUpserts_1.confirmQueued)(scope.leads, expected, timing);
	} catch (error) {
		const failed = { confirmation: 'not seen yet' };
		failed.confirmError = error.message;
		for (const [, output] of confirming) Object.assign(output, failed);
		return;
	}
	for (const [, output] of confirming) {
		const confirmation = found.get(queued.get(output).key);
		const { lead_id, ...rest } = confirmation;
		const before = { ...output };
		for (const k of Object.keys(output)) delete output[k];
		Object.assign(output, lead_id ? { lead_id } : {}, before, rest);
	}
}
//# sourceMappingURL=upsertQueued.operation.js.map
