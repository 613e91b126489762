// n8n-core keeps its settings under N8N_USER_FOLDER; the demo uses a throw-away one.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

process.env.N8N_USER_FOLDER ??= fs.mkdtempSync(path.join(os.tmpdir(), 'telecrm-demo-'));
process.env.N8N_ENFORCE_SETTINGS_FILE_PERMISSIONS = 'false';
process.env.N8N_DIAGNOSTICS_ENABLED = 'false';
process.env.N8N_ENCRYPTION_KEY ??= 'telecrm-demo-throwaway-folder';
process.env.N8N_LOG_LEVEL ??= 'silent';
