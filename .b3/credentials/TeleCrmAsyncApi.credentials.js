'use strict';
Object.defineProperty(exports, '__esModule', { value: true });
exports.TeleCrmAsyncApi = exports.DEFAULT_ASYNC_BASE_URL = void 0;
exports.DEFAULT_ASYNC_BASE_URL = 'https://next-api.telecrm.in';
class TeleCrmAsyncApi {
	name = 'teleCrmAsyncApi';
	displayName = 'TeleCRM Async API';
	icon = { light: 'file:../icons/telecrm.svg', dark: 'file:../icons/telecrm.dark.svg' };
	documentationUrl = 'https://docs.telecrm.in/async-api/overview';
	properties = [
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
			default: exports.DEFAULT_ASYNC_BASE_URL,
			description:
				"Leave as is for TeleCRM (the Async API's own host). Change it only to use a proxy or the local sandbox of this package.",
		},
	];
	async authenticate(credentials, requestOptions) {
		requestOptions.headers = {
			...requestOptions.headers,
			Authorization: `Bearer ${String(credentials.asyncToken)}`,
		};
		return requestOptions;
	}
	test = {
		request: {
			baseURL:
				'={{($credentials.baseUrl || "' +
				exports.DEFAULT_ASYNC_BASE_URL +
				'").replace(/\\/+$/, "")}}',
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
exports.TeleCrmAsyncApi = TeleCrmAsyncApi;
//# sourceMappingURL=TeleCrmAsyncApi.credentials.js.map
