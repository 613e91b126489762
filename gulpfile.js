// Asset step of the build: tsc emits the code; this copies what tsc does not (icons, codex files).
const { src, dest } = require('gulp');

function copyAssets() {
	return src(['icons/**/*.{png,svg}', 'nodes/**/*.{png,svg}', 'nodes/**/*.node.json'], {
		base: '.',
		encoding: false,
	}).pipe(dest('dist'));
}

exports['build:assets'] = copyAssets;
exports.default = copyAssets;
