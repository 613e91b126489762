/** Tests are compiled by `tsc -p tsconfig.test.json` into .build/ and run as plain JS. */
module.exports = {
	rootDir: '.build',
	roots: ['<rootDir>/test'],
	testMatch: ['**/*.test.js', '**/*.test.cjs'],
	// The real-n8n suite has its own command: npm run test:e2e.
	testPathIgnorePatterns: ['/e2e/'],
	testEnvironment: 'node',
	setupFiles: ['<rootDir>/../jest.setup.cjs'],
	// Fails any test file whose outputs, errors or log lines show a registered secret, or whose
	// output items do not fit the package's output schemas.
	setupFilesAfterEnv: [
		'<rootDir>/test/support/secretScan.js',
		'<rootDir>/test/support/outputSchemaCheck.cjs',
	],
	testTimeout: 60000,
	maxWorkers: 2,
};
