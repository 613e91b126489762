// Environment for n8n-core inside tests (kept out of the linted TypeScript files).
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

if (!process.env.N8N_USER_FOLDER) {
	process.env.N8N_USER_FOLDER = fs.mkdtempSync(path.join(os.tmpdir(), 'telecrm-n8n-'));
}
process.env.N8N_ENFORCE_SETTINGS_FILE_PERMISSIONS = 'false';
process.env.N8N_DIAGNOSTICS_ENABLED = 'false';
// n8n's own logger would print every node error again; the tests assert on the errors themselves.
process.env.N8N_LOG_LEVEL = process.env.N8N_LOG_LEVEL || 'silent';
process.env.N8N_RESTRICT_FILE_ACCESS_TO = '';
for (const name of [
	'HTTP_PROXY',
	'HTTPS_PROXY',
	'http_proxy',
	'https_proxy',
	'ALL_PROXY',
	'all_proxy',
]) {
	delete process.env[name];
}
