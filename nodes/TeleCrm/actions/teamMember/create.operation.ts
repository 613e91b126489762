import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import type { NewTeamMember } from '../../helpers/workspace/teamMembers';
import { createTeamMember } from '../../helpers/workspace/teamMembers';
import { requiredWireValue } from '../../helpers/values/valueConversion';
import { checkOnlyProperty } from '../parameters/executionSettings';
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
	checkOnlyProperty,
];

export const description = updateDisplayOptions(
	{ show: { resource: ['teamMember'], operation: ['create'] } },
	properties,
);

/** A required text, email or phone parameter, converted and checked. */
function required(this: IExecuteFunctions, name: string, itemIndex: number, type: string) {
	const property = properties.find((p) => p.name === name)!;
	const value = this.getNodeParameter(name, itemIndex);
	return requiredWireValue({ apiName: property.displayName, type }, value).trim();
}

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
	{ api }: ExecutionScope,
): Promise<IDataObject> {
	const member: NewTeamMember = {
		name: required.call(this, 'name', itemIndex, 'TEXT'),
		email: required.call(this, 'email', itemIndex, 'EMAIL'),
		phoneNumber: required.call(this, 'phoneNumber', itemIndex, 'PHONE'),
		role: this.getNodeParameter('role', itemIndex) as string,
	};
	const password = this.getNodeParameter('password', itemIndex, '') as string;
	if (password) member.password = password;
	return await createTeamMember(api, member, itemIndex);
}

export const parallelItems = true;
