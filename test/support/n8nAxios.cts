/**
 * The axios module n8n's request helper sends with (n8n-core's @n8n/backend-network): a test
 * changes its defaults as n8n does when its request helpers load (a 300 s timeout).
 */
import * as path from 'node:path';

export function n8nAxios(): { defaults: { timeout?: number } } {
	const network = require.resolve('@n8n/backend-network', {
		paths: [path.dirname(require.resolve('n8n-core'))],
	});
	// eslint-disable-next-line @typescript-eslint/no-require-imports
	return require(require.resolve('axios', { paths: [network] })) as {
		defaults: { timeout?: number };
	};
}
