// node scripts/update-pictures.mjs: copies the README's pictures from the last e2e run's screenshots
// (test-artifacts/n8n-<version>/, newest 2.x by default; an argument such as `1.123.81` picks another).
// Run `npm run test:e2e` first; the e2e suite takes these screenshots in the real editor.
import * as fs from 'node:fs';
import * as path from 'node:path';

const PICTURES = {
	'4-resources.png': 'resources.png',
	'2-lead-create-fields.png': 'lead-fields-mapper.png',
	'op-06-lead-search.png': 'lead-search-output.png',
	'5-trigger-fetch-test-event.png': 'trigger-fetch-test-event.png',
	'7-lead-id-mapped.png': 'schema-preview-mapping.png',
};

const artifacts = path.resolve('test-artifacts');
const runs = fs.existsSync(artifacts)
	? fs.readdirSync(artifacts).filter((d) => /^n8n-\d/.test(d))
	: [];
const wanted = process.argv[2]
	? `n8n-${process.argv[2]}`
	: newest(runs.filter((d) => d.startsWith('n8n-2.')));
if (!wanted || !runs.includes(wanted)) {
	console.error(
		`update-pictures: no screenshots in test-artifacts/${wanted ?? 'n8n-2.*'}: run npm run test:e2e first`,
	);
	process.exit(1);
}
const target = path.resolve('docs', 'images');
fs.mkdirSync(target, { recursive: true });
for (const [from, to] of Object.entries(PICTURES)) {
	const source = path.join(artifacts, wanted, from);
	if (!fs.existsSync(source)) {
		console.error(
			`update-pictures: ${path.relative('.', source)} is missing: run npm run test:e2e`,
		);
		process.exit(1);
	}
	fs.copyFileSync(source, path.join(target, to));
	console.log(`docs/images/${to} <- test-artifacts/${wanted}/${from}`);
}

function newest(names) {
	const key = (name) => name.slice(4).split('.').map(Number);
	return names.sort((a, b) => {
		const [x, y] = [key(a), key(b)];
		for (let i = 0; i < 3; i++) if (x[i] !== y[i]) return y[i] - x[i];
		return 0;
	})[0];
}
