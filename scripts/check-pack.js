// Fails unless the package holds only dist/, package.json, README.md and LICENSE, with no source
// map (their sources are not shipped), no package.json but the root one, and every output schema
// of nodes/ beside the node's code.
//   node scripts/check-pack.js              what `npm pack` would publish now
//   node scripts/check-pack.js <file.tgz>   that tarball (the release job's)
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

function packed(tarball) {
	if (!tarball) {
		const args = ['pack', '--dry-run', '--json', '--ignore-scripts'];
		const [pack] = JSON.parse(execFileSync('npm', args, { encoding: 'utf8' }));
		return { files: pack.files.map((f) => f.path), size: pack.size };
	}
	const entries = execFileSync('tar', ['-tzf', tarball], { encoding: 'utf8' }).split('\n');
	const files = entries
		.filter((e) => e && !e.endsWith('/'))
		.map((e) => e.replace(/^package\//, ''));
	return { files, size: fs.statSync(tarball).size };
}

const { files, size } = packed(process.argv[2]);
console.log(`${files.length} files, ${size} bytes packed`);
const stray = files.filter((f) => !/^(dist\/|package\.json$|README\.md$|LICENSE$)/.test(f));
const sandbox = files.filter((f) => /sandbox|\/test\//.test(f));
const maps = files.filter((f) => f.endsWith('.map'));
const manifests = files.filter((f) => f !== 'package.json' && /(^|\/)package\.json$/.test(f));
const required = [
	'dist/nodes/TeleCrm/TeleCrm.node.js',
	'dist/nodes/TeleCrm/TeleCrmTrigger.node.js',
	'dist/nodes/TeleCrm/TeleCrmTrigger.node.json',
	'dist/icons/telecrmTrigger.svg',
	'dist/icons/telecrmTrigger.dark.svg',
	...schemaFiles().map((file) => `dist/${file.split(path.sep).join('/')}`),
];
const missing = required.filter((f) => !files.includes(f));
const problems = {
	'not dist/, package.json, README.md or LICENSE': stray,
	'sandbox or test files': sandbox,
	'source maps (their sources are not shipped: tsconfig.json has no sourceMap)': maps,
	'a package.json besides the root one (tsconfig.json must not include package.json)': manifests,
	'required files missing': missing,
};
let failed = false;
for (const [what, list] of Object.entries(problems)) {
	if (!list.length) continue;
	failed = true;
	console.error(
		`unexpected package contents: ${what} (${list.length}): ${list.slice(0, 5).join(', ')}${list.length > 5 ? ', …' : ''}`,
	);
}
process.exit(failed ? 1 : 0);
