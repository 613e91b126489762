import type { INodeProperties } from 'n8n-workflow';

import { oneDefinition } from './definitions';

const picker: INodeProperties = {
	displayName: 'Field Name or ID',
	name: 'apiName',
	type: 'options',
	typeOptions: { loadOptionsMethod: 'getLeadFields' },
	required: true,
	default: '',
	description:
		'API name of the lead field (case-sensitive). Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
};

export const { description, execute } = oneDefinition(
	'getCustomField',
	picker,
	'custom-fields',
	(picked) => picked.trim(),
);
