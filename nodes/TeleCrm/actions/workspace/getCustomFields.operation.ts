import { listDefinitions } from './listDefinitions';

export const { description, execute } = listDefinitions(
	'getCustomFields',
	'customFields',
	'custom-fields',
);
