// Lint of the Node programs around the node (sandbox, bench, dev launchers, process-driving tests).
// They are .cts files, which n8n's strict community lint (eslint.config.mjs, **/*.ts) leaves alone.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
	{ ignores: ['dist/', '.build/', '.toolchain/', 'node_modules/'] },
	{
		files: ['**/*.cts'],
		extends: [js.configs.recommended, tseslint.configs.recommended],
		rules: { 'no-console': 'error' },
	},
);
