// n8n-core keeps its settings under N8N_USER_FOLDER; the demo uses a throw-away one.
import { fs, os, path, proc } from '../support/platform';

proc.env.N8N_USER_FOLDER ??= fs.mkdtempSync(path.join(os.tmpdir(), 'telecrm-demo-'));
proc.env.N8N_ENFORCE_SETTINGS_FILE_PERMISSIONS = 'false';
proc.env.N8N_DIAGNOSTICS_ENABLED = 'false';
proc.env.N8N_ENCRYPTION_KEY ??= 'telecrm-demo-throwaway-folder';
proc.env.N8N_LOG_LEVEL ??= 'silent';
