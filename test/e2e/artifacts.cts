/** Where e2e screenshots and reports go: one folder per n8n release under test-artifacts/. */
import * as fs from 'node:fs';
import * as path from 'node:path';

import { selectedRelease } from '../../dev/n8nReleases.cjs';

export const ARTIFACTS = path.join(
	process.cwd(),
	'test-artifacts',
	`n8n-${selectedRelease().version}`,
);
fs.mkdirSync(ARTIFACTS, { recursive: true });
