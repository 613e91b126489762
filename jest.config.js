/** Tests are compiled by `tsc -p tsconfig.test.json` into .build/ and run as plain JS. */
module.exports = {
	rootDir: '.build',
	roots: ['<rootDir>/test'],
	testMatch: ['**/*.test.js'],
	testEnvironment: 'node',
	setupFiles: ['<rootDir>/../jest.setup.cjs'],
	testTimeout: 60000,
	maxWorkers: 2,
};
