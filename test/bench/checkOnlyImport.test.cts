/** bench/checkOnlyImport.cts end to end, small: no write, every bad row an error, one search per 100. */
import * as childProcess from 'node:child_process';
import * as path from 'node:path';

it('Check Only over an import: 0 writes, the bad rows as errors, a search per 100 rows', () => {
	const script = path.join(process.cwd(), '.build', 'bench', 'checkOnlyImport.cjs');
	const run = childProcess.spawnSync(process.execPath, [script, '1000', '10'], {
		encoding: 'utf8',
	});
	expect(run.status).toBe(0);
	const figures = JSON.parse(run.stdout.trim());
	expect(figures).toMatchObject({ rows: 1000, writes: 0, errorItems: 10, searches: 10 });
	expect(figures.wouldCreate + figures.wouldUpdate).toBe(990);
	expect(figures.requests).toBe(figures.searches + figures.metadataRequests);
	expect(figures.metadataRequests).toBeLessThanOrEqual(5);
});
