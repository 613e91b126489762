/**
 * One benchmark variant, in its own process so its memory is its own. Prints one JSON line:
 * {wallMs, peakRssMb, peakDeltaMb, rows, errors}.
 */
import '../dev/engineEnv.cjs';

import axios from 'axios';
import type { IDataObject, INodeParameters } from 'n8n-workflow';

import { runNode } from '../test/support/harness';
import * as clock from 'node:timers';

interface Args {
	variant: string;
	baseUrl: string;
	enterpriseId: string;
	syncToken: string;
	items: number;
	inFlight: number;
	prefix: string;
}

const args = JSON.parse(process.argv[2]) as Args;
const api = `${args.baseUrl}/enterprise/${args.enterpriseId}`;
const headers = { Authorization: `Bearer ${args.syncToken}` };
const credentials = {
	enterpriseId: args.enterpriseId,
	syncToken: args.syncToken,
	baseUrl: args.baseUrl,
};

const people = (n: number): IDataObject[] =>
	Array.from({ length: n }, (_, i) => ({
		phone: `${args.prefix}${String(i).padStart(6, '0')}`,
		name: `Bench Lead ${i}`,
		email: `bench${i}@example.com`,
	}));

/** A plain loop with up to `inFlight` requests at once, as a script would do it. */
async function axiosCreate(): Promise<number> {
	const rows = people(args.items);
	let next = 0;
	const worker = async () => {
		while (next < rows.length) {
			const row = rows[next++];
			await axios.post(`${api}/lead`, { fields: row }, { headers });
		}
	};
	await Promise.all(Array.from({ length: args.inFlight }, worker));
	return rows.length;
}

async function axiosSearch(): Promise<number> {
	const rows: IDataObject[] = [];
	for (let skip = 0; ; skip += 100) {
		const page = (
			await axios.post(`${api}/lead/search`, {}, { headers, params: { skip, limit: 100 } })
		).data as { data: IDataObject[]; total_count: number };
		rows.push(...page.data);
		if (page.data.length < 100 || rows.length >= page.total_count) break;
	}
	return rows.length;
}

async function nodeRun(parameters: INodeParameters, items: IDataObject[]): Promise<number> {
	const result = await runNode({ parameters, items, credentials, continueOnFail: true });
	if (result.error) throw new Error(result.error.message);
	const errors = result.items.filter((i) => i.json.error);
	if (errors.length)
		throw new Error(`${errors.length} items failed: ${String(errors[0].json.error)}`);
	return result.items.length;
}

const mapper = (value: IDataObject) =>
	({
		mappingMode: 'defineBelow',
		value,
		matchingColumns: [],
		schema: [],
	}) as unknown as INodeParameters[string];

const variants: Record<string, () => Promise<number>> = {
	'axios-create': axiosCreate,
	'node-create': async () =>
		await nodeRun(
			{
				resource: 'lead',
				operation: 'create',
				fields: mapper({
					phone: '={{ $json.phone }}',
					name: '={{ $json.name }}',
					email: '={{ $json.email }}',
				}),
				requestOptions: { itemsInFlight: args.inFlight },
			},
			people(args.items),
		),
	'axios-search': axiosSearch,
	'node-search': async () =>
		await nodeRun({ resource: 'lead', operation: 'search', returnAll: true, filters: {} }, [{}]),
	'node-convert': async () =>
		await nodeRun(
			{
				resource: 'lead',
				operation: 'create',
				fields: { mappingMode: 'autoMapInputData', value: null, matchingColumns: [], schema: [] },
			},
			people(args.items).map((p, i) => ({
				...p,
				follow_up_date: new Date(Date.UTC(2026, 11, 1 + (i % 28))).toISOString(),
				interests: 'Villa, Plot',
				status: 'qualified',
				contact_source: 'Website',
				rating: String(1 + (i % 5)),
				deal_size: 1000 + i,
			})),
		),
};

async function main() {
	const run = variants[args.variant];
	if (!run) throw new Error(`unknown variant ${args.variant}`);
	const baseline = process.memoryUsage().rss;
	let peak = baseline;
	const sampler = clock.setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 10);
	const started = process.hrtime.bigint();
	const rows = await run();
	const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
	clock.clearInterval(sampler);
	peak = Math.max(peak, process.memoryUsage().rss);
	const mb = (bytes: number) => Math.round((bytes / 1048576) * 10) / 10;
	process.stdout.write(
		JSON.stringify({
			wallMs: Math.round(wallMs),
			peakRssMb: mb(peak),
			peakDeltaMb: mb(peak - baseline),
			rows,
		}) + '\n',
	);
}

main().catch((error: Error) => {
	process.stderr.write(`bench scenario failed: ${error.message}\n`);
	process.exit(1);
});
