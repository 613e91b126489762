// Asset step of the build: tsc emits the code; this copies what the nodes need beside it (icons,
// codex files, the output schemas n8n reads from each node's __schema__ folder).
const { src, dest } = require('gulp');

function copyAssets() {
	return src(
		[
			'icons/**/*.{png,svg}',
			'nodes/**/*.{png,svg}',
			'nodes/**/*.node.json',
			'nodes/**/__schema__/**/*.json',
		],
		{ base: '.', encoding: false },
	).pipe(dest('dist'));
}

exports['build:assets'] = copyAssets;
exports.default = copyAssets;
