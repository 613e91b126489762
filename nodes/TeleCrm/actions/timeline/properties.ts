import type { INodeProperties } from 'n8n-workflow';

export const actionTypeProperty: INodeProperties = {
	displayName: 'Action Type Name or ID',
	name: 'actionType',
	type: 'options',
	typeOptions: { loadOptionsMethod: 'getWritableActionTypes' },
	required: true,
	default: '',
	description:
		'A custom action of your workspace, or Payment. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
};

export const actionIdProperty: INodeProperties = {
	displayName: 'Action ID',
	name: 'actionId',
	type: 'string',
	required: true,
	default: '',
	placeholder: '603d2b2f9b1e8a001c8e4f5d',
	description: 'The action_id returned when the action was created, or found with Search Actions',
};

/** The timeline's own payment parameters are `paymentStatus`, `paymentCurrency`… (Create, Update). */
export const PAYMENT_PREFIX = 'payment';
