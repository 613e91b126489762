/**
 * Check Only on a CSV-sized import: `node .build/bench/checkOnlyImport.cjs [rows] [bad]` (after
 * any `npm test`, which compiles .build/). Lead › Create or Update, Check Only, Continue On
 * Fail, over `rows` rows (default 10,000): a fifth of them leads the workspace holds, `bad`
 * (default 100) with a value telecrm would refuse. Prints one JSON line: the writes the
 * sandbox received (0), the error items (the bad rows), and the requests, by kind.
 */
import '../dev/engineEnv.cjs';

import type { IDataObject } from 'n8n-workflow';

import { runNode } from '../engine/harness';
import { stopRecording } from '../engine/secrets';
import { startSandbox } from '../sandbox/server.cjs';

/** The three ways a row is bad, in turn: a value each check refuses. */
const BAD_VALUES: IDataObject[] = [
	{ rating: 'lots' },
	{ follow_up_date: 'someday' },
	{ email: 'not an email' },
];

/** `rows` CSV-like rows: every `rows / bad`-th one bad, a fifth of the others already stored. */
function importRows(rows: number, bad: number, stored: string[]): IDataObject[] {
	const every = Math.floor(rows / bad);
	return Array.from({ length: rows }, (_, i) => {
		const phone = i % 5 === 0 && stored[i / 5] ? stored[i / 5] : `97${String(i).padStart(8, '0')}`;
		const row: IDataObject = { phone, name: `Import Row ${i}`, email: `row${i}@example.com` };
		const badNo = i % every === every - 1 ? Math.floor(i / every) : -1;
		return badNo >= 0 && badNo < bad ? { ...row, ...BAD_VALUES[badNo % 3] } : row;
	});
}

async function main(): Promise<void> {
	const [rows = 10_000, bad = 100] = process.argv.slice(2).map(Number);
	stopRecording();
	const sandbox = await startSandbox({ seed: Math.ceil(rows / 5) });
	try {
		const stored = sandbox.state.leads.map((lead) => String(lead.fields.phone));
		const items = importRows(rows, bad, stored);
		const before = sandbox.requests.length;
		const started = Date.now();
		const result = await runNode({
			parameters: {
				resource: 'lead',
				operation: 'upsert',
				fields: { mappingMode: 'autoMapInputData', value: null, matchingColumns: [], schema: [] },
				checkOnly: true,
			},
			items,
			continueOnFail: true,
			credentials: {
				enterpriseId: sandbox.enterpriseId,
				syncToken: sandbox.syncToken,
				baseUrl: sandbox.baseUrl,
				asyncToken: sandbox.asyncToken,
				asyncBaseUrl: sandbox.asyncBaseUrl,
			},
		});
		const wallMs = Date.now() - started;
		const requests = sandbox.requests.slice(before);
		const outputs = result.items.map((item) => item.json);
		const figures = {
			rows,
			badRows: bad,
			wallMs,
			writes: requests.filter((r) => r.method !== 'GET' && !r.path.endsWith('/search')).length,
			errorItems: outputs.filter((json) => json.error).length,
			wouldCreate: outputs.filter((json) => json.requests && json.lead_id === undefined).length,
			wouldUpdate: outputs.filter((json) => typeof json.lead_id === 'string').length,
			requests: requests.length,
			searches: requests.filter((r) => r.path.endsWith('/lead/search')).length,
			metadataRequests: requests.filter((r) => r.method === 'GET').length,
		};
		process.stdout.write(`${JSON.stringify(figures)}\n`);
	} finally {
		await sandbox.stop();
	}
}

void main().catch((error: unknown) => {
	process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
	process.exitCode = 1;
});
