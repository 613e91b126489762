import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import type { NewTeamMember } from '../../helpers/workspace/teamMembers';
import { createTeamMember } from '../../helpers/workspace/teamMembers';
import { requiredWireValue } from '../../helpers/values/valueConversion';
import { checkOnlyProperty } from '../parameters/executionSettings';
import type { ExecutionScope } from '../node.type';

const nameProperty: INodeProperties = {
	displayName: 'Name',
	name: 'name',
	type: 'string',
	required: true,
	default: '',
};

const emailProperty: INodeProperties = {
	displayName: 'Email',
	name: 'email',
	type: 'string',
	placeholder: 'name@email.com',
	required: true,
	default: '',
	description: 'Also the login ID',
};

const phoneNumberProperty: INodeProperties = {
	displayName: 'Phone Number',
	name: 'phoneNumber',
	type: 'string',
	required: true,
	default: '',
	placeholder: '919876543210',
	description: 'Country code + number; spaces, dashes and a leading + are removed',
};

const roleProperty: INodeProperties = {
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
};

const passwordProperty: INodeProperties = {
	displayName: 'Password',
	name: 'password',
	type: 'string',
	typeOptions: { password: true },
	default: '',
	description: 'Leave empty to send an invitation email instead (status Invited until accepted)',
};

const properties: INodeProperties[] = [
	nameProperty,
	emailProperty,
	phoneNumberProperty,
	roleProperty,
	passwordProperty,
	checkOnlyProperty,
];

export const description = updateDisplayOptions(
	{ show: { resource: ['teamMember'], operation: ['create'] } },
	properties,
);

/** A required text, email or phone parameter, converted and checked. */
function required(
	this: IExecuteFunctions,
	property: INodeProperties,
	itemIndex: number,
	type: string,
) {
	const value = this.getNodeParameter(property.name, itemIndex);
	return requiredWireValue({ apiName: property.displayName, type }, value).trim();
}

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
	{ api }: ExecutionScope,
): Promise<IDataObject> {
	const member: NewTeamMember = {
		name: required.call(this, nameProperty, itemIndex, 'TEXT'),
		email: required.call(this, emailProperty, itemIndex, 'EMAIL'),
		phoneNumber: required.call(this, phoneNumberProperty, itemIndex, 'PHONE'),
		role: this.getNodeParameter(roleProperty.name, itemIndex) as string,
	};
	const password = this.getNodeParameter(passwordProperty.name, itemIndex, '') as string;
	if (password) member.password = password;
	return await createTeamMember(api, member, itemIndex);
}

export const parallelItems = true;
