import type { Icon, ICredentialTestRequest, ICredentialType, INodeProperties } from 'n8n-workflow';

import {
	bearer,
	credentialErrorRules,
	enterpriseIdProperty,
	REDIRECT_ADVICE,
} from './telecrmCredential';

export const DEFAULT_ASYNC_BASE_URL = 'https://next-api.telecrm.in';

export class TeleCrmAsyncApi implements ICredentialType {
	name = 'teleCrmAsyncApi';

	displayName = 'TeleCRM Async API';

	icon: Icon = { light: 'file:../icons/telecrm.svg', dark: 'file:../icons/telecrm.dark.svg' };

	documentationUrl = 'https://docs.telecrm.in/async-api/overview';

	properties: INodeProperties[] = [
		enterpriseIdProperty,
		{
			displayName: 'Async Token',
			name: 'asyncToken',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
			description:
				'A token of type Async, created under Settings > Website and API > API token. Sync tokens are not accepted by the Async API.',
		},
		{
			displayName: 'Base URL',
			name: 'baseUrl',
			type: 'string',
			default: DEFAULT_ASYNC_BASE_URL,
			description:
				"Leave as is for TeleCRM (the Async API's own host). Change it only to use a proxy or the local sandbox of this package.",
		},
	];

	authenticate = bearer('asyncToken');

	/**
	 * The Async API has one endpoint, and it queues whatever it is sent. The probe is a request
	 * with no field at all: telecrm drops a request without the lead identifier (documented), so
	 * it can create or change nothing, while the token and the Enterprise ID are still checked.
	 */
	test: ICredentialTestRequest = {
		request: {
			baseURL:
				'={{($credentials.baseUrl || "' + DEFAULT_ASYNC_BASE_URL + '").replace(/\\/+$/, "")}}',
			url: '=/enterprise/{{encodeURIComponent($credentials.enterpriseId)}}/autoupdatelead',
			method: 'POST',
			body: { fields: {} },
			ignoreHttpStatusErrors: true,
			// n8n re-sends the Authorization header on a cross-origin redirect: follow none.
			disableFollowRedirect: true,
		},
		rules: [
			...credentialErrorRules('Async'),
			{
				type: 'responseSuccessBody',
				properties: {
					key: 'status',
					value: undefined,
					message: `The Base URL did not answer as the TeleCRM Async API does ({"status": "QUEUED"}). Leave the Base URL as it is for TeleCRM, and check the Enterprise ID. ${REDIRECT_ADVICE}`,
				},
			},
		],
	};
}
