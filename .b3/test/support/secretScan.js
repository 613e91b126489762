'use strict';
Object.defineProperty(exports, '__esModule', { value: true });
const secrets_1 = require('../../engine/secrets');
afterAll(() => {
	const found = (0, secrets_1.leaks)();
	if (found.length) {
		throw new Error(
			`A secret appeared in ${found.length} output(s), error(s) or log line(s):\n${found.map((f) => f.slice(0, 300)).join('\n')}`,
		);
	}
});
//# sourceMappingURL=secretScan.js.map
