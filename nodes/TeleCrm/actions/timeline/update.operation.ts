import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { bareActionCode, PAYMENT } from '../../helpers/values/customActions';
import { ItemError } from '../../helpers/values/itemErrors';
import { actionIdProperty, actionTypeProperty, PAYMENT_PREFIX } from './properties';
import type { LeadLocator } from '../../helpers/leads/leadLocator';
import type { ExecutionScope } from '../node.type';
import { checkOnlyProperty } from '../parameters/executionSettings';
import { actionFieldsProperty, readActionFields } from '../parameters/fieldMappers';
import { leadLocator, leadLocatorPass, readLeadId } from '../parameters/leadLocator';
import { paymentStatusProperty, readPaymentStatus } from '../parameters/payment';

const properties: INodeProperties[] = [
	leadLocator,
	actionIdProperty,
	{ ...actionTypeProperty, description: 'The type the action already has (it cannot change)' },
	{
		...actionFieldsProperty('Fields to Change', actionTypeProperty.name),
		displayOptions: { hide: { actionType: [PAYMENT] } },
	},
	{
		...paymentStatusProperty(PAYMENT_PREFIX),
		default: 'COMPLETED',
		description:
			'The only part of a payment that can change; to fix an amount, cancel the payment and create a new one',
		displayOptions: { show: { actionType: [PAYMENT] } },
	},
	checkOnlyProperty,
];

export const description = updateDisplayOptions(
	{ show: { resource: ['action'], operation: ['update'] } },
	properties,
);

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
	scope: ExecutionScope,
	locator: LeadLocator | undefined,
): Promise<IDataObject> {
	const { api, workspace, output } = scope;
	const leadId = await readLeadId.call(this, itemIndex, scope, locator);
	const actionId = String(this.getNodeParameter(actionIdProperty.name, itemIndex)).trim();
	const type = bareActionCode(String(this.getNodeParameter(actionTypeProperty.name, itemIndex)));
	let body: IDataObject;
	if (type === PAYMENT) {
		body = { type, status: readPaymentStatus.call(this, itemIndex, PAYMENT_PREFIX) };
	} else {
		const fields = await readActionFields.call(this, itemIndex, workspace, type);
		if (!Object.keys(fields).length) {
			throw new ItemError(
				'no action field to change',
				'Map at least one field of the custom action.',
			);
		}
		body = { type, fields };
	}
	const action = await api.request({
		method: 'POST',
		path: ['lead', leadId, 'action', actionId],
		body,
		itemIndex,
	});
	return { lead_id: leadId, action_id: actionId, ...(await output.action(action)) };
}

export const parallelItems = true;

export const firstPass = leadLocatorPass;
