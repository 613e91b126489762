'use strict';
Object.defineProperty(exports, '__esModule', { value: true });
exports.TeleCrmSyncApi = exports.DEFAULT_BASE_URL = void 0;
exports.DEFAULT_BASE_URL = 'https://next.telecrm.in/autoupdate/v2';
class TeleCrmSyncApi {
	name = 'teleCrmSyncApi';
	displayName = 'TeleCRM Sync API';
	icon = { light: 'file:../icons/telecrm.svg', dark: 'file:../icons/telecrm.dark.svg' };
	documentationUrl = 'https://docs.telecrm.in/authentication';
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
			default: exports.DEFAULT_BASE_URL,
			description:
				'Leave as is for TeleCRM. Change it only to use a proxy or the local sandbox of this package.',
		},
	];
	async authenticate(credentials, requestOptions) {
		requestOptions.headers = {
			...requestOptions.headers,
			Authorization: `Bearer ${String(credentials.syncToken)}`,
		};
		return requestOptions;
	}
	test = {
		request: {
			baseURL:
				'={{($credentials.baseUrl || "' + exports.DEFAULT_BASE_URL + '").replace(/\\/+$/, "")}}',
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
exports.TeleCrmSyncApi = TeleCrmSyncApi;
//# sourceMappingURL=TeleCrmSyncApi.credentials.js.map
