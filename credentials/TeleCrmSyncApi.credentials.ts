import type {
	Icon,
	ICredentialDataDecryptedObject,
	ICredentialTestRequest,
	ICredentialType,
	IHttpRequestOptions,
	INodeProperties,
} from 'n8n-workflow';

export const DEFAULT_BASE_URL = 'https://next.telecrm.in/autoupdate/v2';

export class TeleCrmSyncApi implements ICredentialType {
	name = 'teleCrmSyncApi';

	displayName = 'TeleCRM Sync API';

	icon: Icon = { light: 'file:../icons/telecrm.svg', dark: 'file:../icons/telecrm.dark.svg' };

	documentationUrl = 'https://docs.telecrm.in/authentication';

	properties: INodeProperties[] = [
		{
			displayName: 'Enterprise ID',
			name: 'enterpriseId',
			type: 'string',
			default: '',
			required: true,
			description: 'Your workspace ID, shown in TeleCRM under Settings > Website and API',
		},
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

	/**
	 * A function rather than a generic `={{$credentials.syncToken}}` header: n8n evaluates a
	 * generic one as an expression for every request, building a data proxy and `$now` each
	 * time (see docs/performance.md).
	 */
	async authenticate(
		credentials: ICredentialDataDecryptedObject,
		requestOptions: IHttpRequestOptions,
	): Promise<IHttpRequestOptions> {
		requestOptions.headers = {
			...requestOptions.headers,
			Authorization: `Bearer ${String(credentials.syncToken)}`,
		};
		return requestOptions;
	}

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
		},
		rules: [
			{
				type: 'responseSuccessBody',
				properties: {
					key: 'error.code',
					value: 'NOT_AUTHORIZED',
					message:
						'TeleCRM rejected the token for this Enterprise ID. Use a token of type Sync (Async tokens do not work here), created under Settings > Website and API > API token, and check the Enterprise ID there too.',
				},
			},
			{
				type: 'responseSuccessBody',
				properties: {
					key: 'error.code',
					value: 'ENTERPRISE_NOT_FOUND',
					message:
						'TeleCRM does not know this Enterprise ID. Copy it from Settings > Website and API.',
				},
			},
			{
				type: 'responseSuccessBody',
				properties: {
					key: 'id',
					value: undefined,
					message:
						"The Base URL did not answer with this workspace's details. Leave the Base URL as it is for TeleCRM, and check the Enterprise ID.",
				},
			},
		],
	};
}
