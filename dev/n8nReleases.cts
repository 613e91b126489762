/**
 * The n8n releases this package is tested on: the newest 2.x that installs from the npm
 * registry and the newest of the maintained 1.x line. Each gets its own cached runtime.
 */

export interface N8nRelease {
	/** The release line, as the README's compatibility table names it. */
	line: '1.x' | '2.x';
	version: string;
	/**
	 * npm overrides for installing it here: n8n-nodes-base 1.x takes `xlsx` from a CDN
	 * outside the npm registry; the same version is republished on the registry.
	 */
	overrides?: Record<string, string>;
}

export const N8N_RELEASES: readonly N8nRelease[] = [
	// 2.41.3 does not resolve from the registry (@n8n/agents@0.26.2 is missing); 2.41.1 does.
	{ line: '2.x', version: '2.41.1' },
	{ line: '1.x', version: '1.123.81', overrides: { xlsx: 'npm:@e965/xlsx@0.20.2' } },
];

/** A release by its line ("1.x") or exact version; unknown names are an error, not a default. */
function findRelease(name: string): N8nRelease {
	const release = N8N_RELEASES.find((r) => r.line === name || r.version === name);
	if (!release) {
		const known = N8N_RELEASES.map((r) => `${r.line} (${r.version})`).join(', ');
		throw new Error(`Unknown n8n release "${name}": use one of ${known}`);
	}
	return release;
}

/** The release a single run uses: TELECRM_N8N (a line or a version), else the newest 2.x. */
export function selectedRelease(): N8nRelease {
	const name = process.env.TELECRM_N8N;
	return name ? findRelease(name) : N8N_RELEASES[0];
}

/** The releases the e2e matrix runs: TELECRM_N8N_MATRIX ("2.x,1.x"), else all of them. */
export function matrixReleases(): N8nRelease[] {
	const names = (process.env.TELECRM_N8N_MATRIX ?? '').split(',').map((s) => s.trim());
	return names.some(Boolean) ? names.filter(Boolean).map(findRelease) : [...N8N_RELEASES];
}

/** The CLI command that activates a workflow before `n8n start`. */
export function activateCommand(release: N8nRelease, workflowId: string): string[] {
	return release.line === '1.x'
		? ['update:workflow', `--id=${workflowId}`, '--active=true']
		: ['publish:workflow', `--id=${workflowId}`];
}
