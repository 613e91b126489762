/** npm run test:e2e: a real n8n with the packed package, driven over its CLI, REST API and editor. */
const base = require('./jest.config');

module.exports = {
	...base,
	roots: ['<rootDir>/test/e2e'],
	testPathIgnorePatterns: [],
	testTimeout: 900000,
	maxWorkers: 1,
};
