/** Jest setupFilesAfterEnv: after each test file, no recorded output may contain a secret. */
import { leaks } from '../../engine/secrets';

afterAll(() => {
	const found = leaks();
	if (found.length) {
		throw new Error(
			`A secret appeared in ${found.length} output(s), error(s) or log line(s):\n${found.map((f) => f.slice(0, 300)).join('\n')}`,
		);
	}
});
