import type { INodeProperties } from 'n8n-workflow';

import { oneDefinition } from './definitions';
import { fullActionCode } from '../../helpers/values/customActions';

const picker: INodeProperties = {
	displayName: 'Custom Action Name or ID',
	name: 'code',
	type: 'options',
	typeOptions: { loadOptionsMethod: 'getCustomActions' },
	required: true,
	default: '',
	description:
		'The custom action, by its code (1001 or ACTION_1001). Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
};

export const { description, execute } = oneDefinition(
	'getCustomAction',
	picker,
	'custom-actions',
	fullActionCode,
);
