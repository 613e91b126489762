// Fails unless `npm pack` would publish only dist/, package.json, README.md and LICENSE, with
// every output schema of nodes/ beside the node's code.
const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

/** `nodes/TeleCrm/__schema__/v1.0.0/lead/create.json`…: every schema file in the checkout. */
function schemaFiles(dir = 'nodes') {
	return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const file = path.join(dir, entry.name);
		if (entry.isDirectory()) return schemaFiles(file);
		return file.includes(`${path.sep}__schema__${path.sep}`) ? [file] : [];
	});
}

const [pack] = JSON.parse(
	execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { encoding: 'utf8' }),
);
const files = pack.files.map((f) => f.path);
const stray = files.filter((f) => !/^(dist\/|package\.json$|README\.md$|LICENSE$)/.test(f));
const sandbox = files.filter((f) => /sandbox|\/test\//.test(f));
console.log(`${files.length} files, ${pack.size} bytes packed`);
const required = [
	'dist/nodes/TeleCrm/TeleCrm.node.js',
	'dist/nodes/TeleCrm/TeleCrmTrigger.node.js',
	'dist/nodes/TeleCrm/TeleCrmTrigger.node.json',
	'dist/icons/telecrmTrigger.svg',
	'dist/icons/telecrmTrigger.dark.svg',
	...schemaFiles().map((file) => `dist/${file.split(path.sep).join('/')}`),
];
const missing = required.filter((f) => !files.includes(f));
if (stray.length || sandbox.length || missing.length) {
	console.error('unexpected package contents:', [...stray, ...sandbox], 'missing:', missing);
	process.exit(1);
}
