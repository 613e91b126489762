import type {
	IAuthenticateRuleResponseSuccessBody,
	ICredentialDataDecryptedObject,
	IHttpRequestOptions,
	INodeProperties,
} from 'n8n-workflow';

/** The parts both TeleCRM credentials (Sync and Async) share. */

export const enterpriseIdProperty: INodeProperties = {
	displayName: 'Enterprise ID',
	name: 'enterpriseId',
	type: 'string',
	default: '',
	required: true,
	description: 'Your workspace ID, shown in TeleCRM under Settings > Website and API',
};

/**
 * The credential tests follow no redirect (n8n would send the token on to wherever it points),
 * so a Base URL that redirects fails the test with the rule that expects telecrm's answer.
 */
export const REDIRECT_ADVICE =
	'A Base URL that redirects (from http:// to https://, or to another host) is not followed, so the token is never sent elsewhere: enter the address it redirects to.';

/**
 * Authenticates with the token in `field` as a Bearer header. A function rather than a generic
 * `={{$credentials.…}}` header: n8n evaluates a generic one as an expression for every request,
 * building a data proxy and `$now` each time (see docs/performance.md).
 */
export function bearer(field: string) {
	return async (
		credentials: ICredentialDataDecryptedObject,
		requestOptions: IHttpRequestOptions,
	): Promise<IHttpRequestOptions> => {
		requestOptions.headers = {
			...requestOptions.headers,
			Authorization: `Bearer ${String(credentials[field])}`,
		};
		return requestOptions;
	};
}

/** The credential test's answer to telecrm's two credential errors, for a token of `type`. */
export function credentialErrorRules(
	type: 'Sync' | 'Async',
): IAuthenticateRuleResponseSuccessBody[] {
	const other = type === 'Sync' ? 'Async' : 'Sync';
	return [
		{
			type: 'responseSuccessBody',
			properties: {
				key: 'error.code',
				value: 'NOT_AUTHORIZED',
				message: `TeleCRM rejected the token for this Enterprise ID. Use a token of type ${type} (${other} tokens do not work here), created under Settings > Website and API > API token, and check the Enterprise ID there too.`,
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
	];
}
