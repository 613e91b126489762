import { listDefinitions } from './definitions';

export const { description, execute } = listDefinitions(
	'getCustomActions',
	'customActions',
	'custom-actions',
);
