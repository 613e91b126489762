import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { asNodeError, InvalidValueError } from '../../helpers/errors';
import { ACCEPTED, toWireValue } from '../../helpers/valueConversion';
import { createOnce } from '../../helpers/safeCreate';

import { hasHttpCode } from '../../transport';
import type { ExecutionScope } from '../node.type';

const properties: INodeProperties[] = [
	{ displayName: 'Name', name: 'name', type: 'string', required: true, default: '' },
	{
		displayName: 'Email',
		name: 'email',
		type: 'string',
		placeholder: 'name@email.com',
		required: true,
		default: '',
		description: 'Also the login ID',
	},
	{
		displayName: 'Phone Number',
		name: 'phoneNumber',
		type: 'string',
		required: true,
		default: '',
		placeholder: '919876543210',
		description: 'Country code + number; spaces, dashes and a leading + are removed',
	},
	{
		displayName: 'Role',
		name: 'role',
		type: 'options',
		options: [
			{ name: 'Admin', value: 'ADMIN' },
			{ name: 'Caller', value: 'CALLER' },
			{ name: 'Manager', value: 'MANAGER' },
			{ name: 'Marketing User', value: 'MARKETING_USER' },
		],
		default: 'CALLER',
	},
	{
		displayName: 'Password',
		name: 'password',
		type: 'string',
		typeOptions: { password: true },
		default: '',
		description: 'Leave empty to send an invitation email instead (status Invited until accepted)',
	},
];

export const description = updateDisplayOptions(
	{ show: { resource: ['teamMember'], operation: ['create'] } },
	properties,
);

function requiredWireValue(value: unknown, field: string, type: string): string {
	const converted = toWireValue({ apiName: field, type }, value);
	if (converted === undefined)
		throw new InvalidValueError(
			field,
			value,
			ACCEPTED[type === 'PHONE' ? 'phone' : type === 'EMAIL' ? 'email' : 'text'],
		);
	return String(converted).trim();
}

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
	{ api }: ExecutionScope,
): Promise<IDataObject> {
	const body: IDataObject = {
		name: requiredWireValue(this.getNodeParameter('name', itemIndex), 'Name', 'TEXT'),
		email: requiredWireValue(this.getNodeParameter('email', itemIndex), 'Email', 'EMAIL'),
		phone_number: requiredWireValue(
			this.getNodeParameter('phoneNumber', itemIndex),
			'Phone Number',
			'PHONE',
		),
		role: this.getNodeParameter('role', itemIndex),
	};
	const password = this.getNodeParameter('password', itemIndex, '') as string;
	if (password) body.password = password;
	const send = async () =>
		await api.request({
			method: 'POST',
			path: ['team-members'],
			body,
			itemIndex,
			idempotent: false,
		});
	const find = async () => {
		try {
			return await api.request({
				method: 'GET',
				path: ['team-members', body.email as string],
				itemIndex,
			});
		} catch (error) {
			if (hasHttpCode(error, '404')) return undefined;
			throw asNodeError(this.getNode(), error, itemIndex);
		}
	};
	return await createOnce.call(this, itemIndex, send, find);
}

/** One request (or a fixed few) per item, independent of other items. */
export const parallelItems = true;
