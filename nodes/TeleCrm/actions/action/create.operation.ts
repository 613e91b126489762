import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { customActionFields, paymentAction, readActionEntries } from '../../helpers/actionInput';
import { bareActionCode, PAYMENT } from '../../helpers/customActions';
import { asNodeError } from '../../helpers/errors';
import { resolveLeadId } from '../../helpers/leads';
import { readMapper } from '../../helpers/mappedFields';
import { writeOutcome } from '../../helpers/outcome';
import { actionTypeProperty } from './properties';
import { isAnswerLost } from '../../transport';
import { leadLocatorKey } from '../lookups';
import type { ExecutionScope } from '../node.type';
import type { Workspace } from '../../helpers/workspace';
import {
	actionEntriesProperty,
	fieldMapper,
	leadLocator,
	onIgnoredProperty,
	paymentProperties,
} from '../common.descriptions';

const properties: INodeProperties[] = [
	leadLocator,
	actionTypeProperty,
	{
		...fieldMapper('actionFields', 'Action Fields', 'getActionFieldColumns', ['actionType']),
		required: false,
		displayOptions: { hide: { actionType: [PAYMENT] } },
	},
	...paymentProperties('payment').map((p) => ({
		...p,
		displayOptions: { show: { actionType: [PAYMENT] } },
	})),
	actionEntriesProperty(
		'additionalActions',
		'Additional Actions',
		'More custom actions and payments for the same lead, sent in the same request',
	),
	onIgnoredProperty,
];

export const description = updateDisplayOptions(
	{ show: { resource: ['action'], operation: ['create'] } },
	properties,
);

/** The action chosen at the top: a payment, or a custom action with its mapped fields. */
async function mainAction(
	this: IExecuteFunctions,
	itemIndex: number,
	workspace: Workspace,
): Promise<IDataObject> {
	const type = bareActionCode(String(this.getNodeParameter('actionType', itemIndex)));
	if (type === PAYMENT) {
		const values: IDataObject = {};
		for (const key of ['status', 'currency', 'amount', 'paymentId']) {
			values[key] = this.getNodeParameter(
				`payment${key.charAt(0).toUpperCase()}${key.slice(1)}`,
				itemIndex,
				'',
			);
		}
		return paymentAction(values, 'payment');
	}
	const schema = (await workspace.customAction(type)).fieldSchema ?? {};
	const raw = readMapper.call(this, 'actionFields', itemIndex, Object.keys(schema));
	return { type, fields: await customActionFields(workspace, type, raw) };
}

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
	scope: ExecutionScope,
): Promise<IDataObject> {
	const { api, workspace } = scope;
	const leadId = await resolveLeadId.call(this, itemIndex, scope);
	const actions = [
		await mainAction.call(this, itemIndex, workspace),
		...(await readActionEntries.call(this, 'additionalActions', itemIndex, workspace)),
	];
	let response: IDataObject;
	try {
		response = await api.request({
			method: 'POST',
			path: ['lead', leadId, 'action'],
			body: { actions },
			itemIndex,
			idempotent: false,
		});
	} catch (error) {
		// Actions have no identifier to look up, so a lost answer is never sent again.
		const failure = asNodeError(this.getNode(), error, itemIndex);
		if (isAnswerLost(error)) {
			failure.description =
				`No answer came, but TeleCRM may have recorded the actions. Check the lead's timeline (Action > Search) before running this item again. ${failure.description ?? ''}`.trim();
		}
		throw failure;
	}
	return await writeOutcome.call(this, itemIndex, scope.output, response, actions);
}

/** One request (or a fixed few) per item, independent of other items. */
export const parallelItems = true;

/** A lead given by identifier is looked up with every other item's, 100 a search. */
export const leadKey = leadLocatorKey;
