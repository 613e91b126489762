import type { Icon, ICredentialTestRequest, ICredentialType, INodeProperties } from 'n8n-workflow';

import {
	bearer,
	credentialErrorRules,
	enterpriseIdProperty,
	REDIRECT_ADVICE,
} from './telecrmCredential';

export const DEFAULT_BASE_URL = 'https://next.telecrm.in/autoupdate/v2';

export class TeleCrmSyncApi implements ICredentialType {
	name = 'teleCrmSyncApi';

	displayName = 'TeleCRM Sync API';

	icon: Icon = { light: 'file:../icons/telecrm.svg', dark: 'file:../icons/telecrm.dark.svg' };

	documentationUrl = 'https://docs.telecrm.in/authentication';

	properties: INodeProperties[] = [
		enterpriseIdProperty,
		{
			displayName: 'Sync Token',
			name: 'syncToken',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
			description:
				'A token of type Sync, created under Settings > Website and API > API token. Async tokens are not accepted by the Sync API.',
		},
		{
			displayName: 'Base URL',
			name: 'baseUrl',
			type: 'string',
			default: DEFAULT_BASE_URL,
			description:
				'Leave as is for TeleCRM. Change it only to use a proxy or the local sandbox of this package.',
		},
	];

	authenticate = bearer('syncToken');

	/**
	 * Every answer is read as a body (ignoreHttpStatusErrors) and told apart by telecrm's error
	 * code: n8n before 2.34 replaces the messages of status-code rules with a generic
	 * "Authorization failed" (README, Compatibility). A success carries the workspace's `id`.
	 */
	test: ICredentialTestRequest = {
		request: {
			baseURL: '={{($credentials.baseUrl || "' + DEFAULT_BASE_URL + '").replace(/\\/+$/, "")}}',
			url: '=/enterprise/{{encodeURIComponent($credentials.enterpriseId)}}/metadata',
			method: 'GET',
			ignoreHttpStatusErrors: true,
			// n8n re-sends the Authorization header on a cross-origin redirect: follow none.
			disableFollowRedirect: true,
		},
		rules: [
			...credentialErrorRules('Sync'),
			{
				type: 'responseSuccessBody',
				properties: {
					key: 'id',
					value: undefined,
					message: `The Base URL did not answer with this workspace's details. Leave the Base URL as it is for TeleCRM, and check the Enterprise ID. ${REDIRECT_ADVICE}`,
				},
			},
		],
	};
}
