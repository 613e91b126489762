'use strict';
Object.defineProperty(exports, '__esModule', { value: true });
exports.N8N_RELEASES = void 0;
exports.findRelease = findRelease;
exports.selectedRelease = selectedRelease;
exports.matrixReleases = matrixReleases;
exports.activateCommand = activateCommand;
exports.N8N_RELEASES = [
	{ line: '2.x', version: '2.41.1' },
	{ line: '1.x', version: '1.123.81', overrides: { xlsx: 'npm:@e965/xlsx@0.20.2' } },
];
function findRelease(name) {
	const release = exports.N8N_RELEASES.find((r) => r.line === name || r.version === name);
	if (!release) {
		const known = exports.N8N_RELEASES.map((r) => `${r.line} (${r.version})`).join(', ');
		throw new Error(`Unknown n8n release "${name}": use one of ${known}`);
	}
	return release;
}
function selectedRelease() {
	const name = process.env.TELECRM_N8N;
	return name ? findRelease(name) : exports.N8N_RELEASES[0];
}
function matrixReleases() {
	const names = (process.env.TELECRM_N8N_MATRIX ?? '').split(',').map((s) => s.trim());
	return names.some(Boolean) ? names.filter(Boolean).map(findRelease) : [...exports.N8N_RELEASES];
}
function activateCommand(release, workflowId) {
	return release.line === '1.x'
		? ['update:workflow', `--id=${workflowId}`, '--active=true']
		: ['publish:workflow', `--id=${workflowId}`];
}
//# sourceMappingURL=n8nReleases.cjs.map
