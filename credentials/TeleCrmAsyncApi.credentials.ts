import type {
	Icon,
	ICredentialDataDecryptedObject,
	ICredentialTestRequest,
	ICredentialType,
	IHttpRequestOptions,
	INodeProperties,
} from 'n8n-workflow';

export const DEFAULT_ASYNC_BASE_URL = 'https://next-api.telecrm.in';

export class TeleCrmAsyncApi implements ICredentialType {
	name = 'teleCrmAsyncApi';

	displayName = 'TeleCRM Async API';

	icon: Icon = { light: 'file:../icons/telecrm.svg', dark: 'file:../icons/telecrm.dark.svg' };

	documentationUrl = 'https://docs.telecrm.in/async-api/overview';

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

	/** A function, as the Sync credential's: no expression is evaluated per request. */
	async authenticate(
		credentials: ICredentialDataDecryptedObject,
		requestOptions: IHttpRequestOptions,
	): Promise<IHttpRequestOptions> {
		requestOptions.headers = {
			...requestOptions.headers,
			Authorization: `Bearer ${String(credentials.asyncToken)}`,
		};
		return requestOptions;
	}

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
		},
		rules: [
			{
				type: 'responseSuccessBody',
				properties: {
					key: 'error.code',
					value: 'NOT_AUTHORIZED',
					message:
						'TeleCRM rejected the token for this Enterprise ID. Use a token of type Async (Sync tokens do not work here), created under Settings > Website and API > API token, and check the Enterprise ID there too.',
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
					key: 'status',
					value: undefined,
					message:
						'The Base URL did not answer as the TeleCRM Async API does ({"status": "QUEUED"}). Leave the Base URL as it is for TeleCRM, and check the Enterprise ID.',
				},
			},
		],
	};
}
