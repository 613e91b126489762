import { listDefinitions } from './definitions';

export const { description, execute } = listDefinitions(
	'getCustomFields',
	'customFields',
	'custom-fields',
);
