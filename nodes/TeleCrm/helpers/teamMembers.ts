import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { InvalidValueError } from './errors';
import { ACCEPTED, toWireValue } from './fieldValues';

export const memberLocator: INodeProperties = {
	displayName: 'Team Member',
	name: 'member',
	type: 'resourceLocator',
	default: { mode: 'list', value: '' },
	required: true,
	description: 'The team member, by email',
	modes: [
		{
			displayName: 'From List',
			name: 'list',
			type: 'list',
			typeOptions: { searchListMethod: 'searchTeamMembers', searchable: true },
		},
		{
			displayName: 'By Email',
			name: 'email',
			type: 'string',
			placeholder: 'jane.doe@example.com',
		},
	],
};

/** The member's email, checked before it goes into a URL. */
export function memberEmail(this: IExecuteFunctions, itemIndex: number): string {
	const locator = this.getNodeParameter('member', itemIndex) as { value: unknown };
	const email = toWireValue({ apiName: 'Team Member', type: 'EMAIL' }, locator.value);
	if (email === undefined)
		throw new InvalidValueError('Team Member', locator.value, ACCEPTED.email);
	return email as string;
}
