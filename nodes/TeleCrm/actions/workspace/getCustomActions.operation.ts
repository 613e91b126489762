import { listDefinitions } from './listDefinitions';

export const { description, execute } = listDefinitions(
	'getCustomActions',
	'customActions',
	'custom-actions',
);
