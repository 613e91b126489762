/**
 * npm run sandbox -- [--port 8787] [--seed 50] [--data file.json] [--latency 0]
 *   [--pipeline documented|flat] [--search-row sandbox|reported|documented] [--async-delay 250]
 *   [--json]
 * Prints the base URL, enterprise ID and tokens, then serves until SIGINT/SIGTERM.
 */
import type { PipelineShape } from './common.cjs';
import { SEARCH_ROW_SHAPES } from './common.cjs';
import { startSandbox } from './server.cjs';

function parseArgs(argv: string[]) {
	const args: Record<string, string | boolean> = {};
	for (let i = 0; i < argv.length; i++) {
		const key = argv[i];
		if (!key.startsWith('--')) throw new Error(`Unexpected argument ${key}`);
		const name = key.slice(2);
		if (name === 'json' || name === 'help') args[name] = true;
		else if (argv[i + 1] === undefined) throw new Error(`${key} needs a value`);
		else args[name] = argv[++i];
	}
	return args;
}

function number(value: string | boolean | undefined, name: string): number | undefined {
	if (value === undefined) return undefined;
	const n = Number(value);
	if (!Number.isInteger(n) || n < 0) throw new Error(`--${name} must be a non-negative integer`);
	return n;
}

function pipelineShape(value: string | boolean | undefined): PipelineShape | undefined {
	if (value === undefined || value === 'documented' || value === 'flat') return value;
	throw new Error('--pipeline must be "documented" or "flat"');
}

function searchRow(value: string | boolean | undefined) {
	if (value === undefined) return undefined;
	if (typeof value === 'string' && value in SEARCH_ROW_SHAPES)
		return SEARCH_ROW_SHAPES[value as keyof typeof SEARCH_ROW_SHAPES];
	throw new Error('--search-row must be "sandbox", "reported" or "documented"');
}

async function main() {
	const args = parseArgs(process.argv.slice(2));
	if (args.help) {
		process.stdout.write(
			'npm run sandbox -- [--port N] [--seed LEADS] [--data FILE] [--latency MS] [--pipeline documented|flat] [--search-row sandbox|reported|documented] [--async-delay MS] [--json]\n',
		);
		return;
	}
	const sandbox = await startSandbox({
		port: number(args.port, 'port') ?? 8787,
		seed: number(args.seed, 'seed'),
		dataFile: typeof args.data === 'string' ? args.data : undefined,
		latencyMs: number(args.latency, 'latency'),
		pipelineShape: pipelineShape(args.pipeline),
		searchRow: searchRow(args['search-row']),
		async: { delayMs: number(args['async-delay'], 'async-delay') },
	});
	const info = {
		baseUrl: sandbox.baseUrl,
		asyncBaseUrl: sandbox.asyncBaseUrl,
		enterpriseId: sandbox.enterpriseId,
		syncToken: sandbox.syncToken,
		asyncToken: sandbox.asyncToken,
	};
	if (args.json) process.stdout.write(JSON.stringify(info) + '\n');
	else {
		process.stdout.write(
			[
				'telecrm sandbox is running',
				`  Base URL:      ${info.baseUrl}`,
				`  Enterprise ID: ${info.enterpriseId}`,
				`  Sync token:    ${info.syncToken}`,
				`  Async token:   ${info.asyncToken} (refused by the Sync API, as in telecrm)`,
				`  Async Base URL: ${info.asyncBaseUrl}`,
				`  Leads:         ${sandbox.state.leads.length}`,
				'Put these in a "TeleCRM Sync API" credential (and the Async ones in a "TeleCRM Async API"',
				'credential for Create or Update (Queued)). Ctrl+C stops it.',
				'',
			].join('\n'),
		);
	}
	const stop = () => {
		void sandbox.stop().then(() => process.exit(0));
	};
	process.once('SIGINT', stop);
	process.once('SIGTERM', stop);
}

main().catch((error: Error) => {
	process.stderr.write(`sandbox: ${error.message}\n`);
	process.exit(1);
});
