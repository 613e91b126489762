import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { lostAnswerError, toNodeError } from '../../helpers/nodeErrors';
import { paymentAction } from '../../helpers/values/actionEntries';
import type { ApiBody } from '../../helpers/values/apiShapes';
import { bareActionCode, PAYMENT } from '../../helpers/values/customActions';
import { writeOutcome } from '../../helpers/output/outputShaper';
import type { Workspace } from '../../helpers/workspace/workspace';
import { isAnswerLost } from '../../transport';
import { actionTypeProperty, PAYMENT_PREFIX } from './properties';
import type { LeadLocator } from '../../helpers/leads/leadLocator';
import type { ExecutionScope } from '../node.type';
import { actionEntriesProperty, readActionEntries } from '../parameters/actionEntries';
import { checkOnlyProperty } from '../parameters/executionSettings';
import { actionFieldsProperty, readActionFields } from '../parameters/fieldMappers';
import { leadLocator, leadLocatorPass, readLeadId } from '../parameters/leadLocator';
import { failsOnIgnored, onIgnoredProperty } from '../parameters/outcome';
import { paymentProperties, readPayment } from '../parameters/payment';

const properties: INodeProperties[] = [
	leadLocator,
	actionTypeProperty,
	{
		...actionFieldsProperty('Action Fields', actionTypeProperty.name),
		displayOptions: { hide: { actionType: [PAYMENT] } },
	},
	...paymentProperties(PAYMENT_PREFIX).map((p) => ({
		...p,
		displayOptions: { show: { actionType: [PAYMENT] } },
	})),
	actionEntriesProperty(
		'additionalActions',
		'More custom actions and payments for the same lead, sent in the same request',
	),
	onIgnoredProperty,
	checkOnlyProperty,
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
): Promise<ApiBody> {
	const type = bareActionCode(String(this.getNodeParameter(actionTypeProperty.name, itemIndex)));
	if (type === PAYMENT) {
		return paymentAction(readPayment.call(this, itemIndex, PAYMENT_PREFIX), 'payment');
	}
	return { type, fields: await readActionFields.call(this, itemIndex, workspace, type) };
}

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
	scope: ExecutionScope,
	locator: LeadLocator | undefined,
): Promise<IDataObject> {
	const { api, workspace } = scope;
	const leadId = await readLeadId.call(this, itemIndex, scope, locator);
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
		if (!isAnswerLost(error)) throw toNodeError(this.getNode(), error, itemIndex);
		const advice =
			"TeleCRM may have recorded the actions. Check the lead's timeline (Action > Search) before running this item again.";
		throw lostAnswerError(this.getNode(), error, itemIndex, advice);
	}
	return await writeOutcome(scope.output, scope.facts, response, {
		actions,
		failOnIgnored: failsOnIgnored.call(this, itemIndex),
	});
}

export const parallelItems = true;

export const firstPass = leadLocatorPass;
