/** The Team Member locator, by email. */
import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { requiredWireValue } from '../../helpers/values/valueConversion';

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

/** The team member's email, checked before it goes into a URL. */
export function readMemberEmail(this: IExecuteFunctions, itemIndex: number): string {
	const locator = this.getNodeParameter(memberLocator.name, itemIndex) as { value: unknown };
	return requiredWireValue({ apiName: memberLocator.displayName, type: 'EMAIL' }, locator.value);
}
