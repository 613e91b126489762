import { LeadDirectory } from './leads/leadDirectory';
import type { DateOutput } from './output/outputShaper';
import { OutputShaper } from './output/outputShaper';
import type { ExecutionFacts, SlowDown } from './output/executionHints';
import type { SetupCheck } from './values/setupVerdicts';
import { runSetupChecks } from './workspace/setupChecks';
import type { DefinitionsMode } from './workspace/workspace';
import { Workspace } from './workspace/workspace';
import type { ApiContext, RequestSettings } from '../transport';
import { ASYNC_API, ASYNC_REQUESTS_PER_HOUR, Pacer, TeleCrmApi } from '../transport';

/** What one node execution (or loader call) shares: its HTTP client and workspace metadata. */
export interface ExecutionScope {
	api: TeleCrmApi;
	workspace: Workspace;
	/**
	 * Leads by identifier value, looked up for all items at once; made on first use (a plain
	 * create never looks a lead up).
	 */
	readonly leads: LeadDirectory;
	/** Shapes outputs: the one lead shape, readable dates, action type names. */
	output: OutputShaper;
	/**
	 * The Async API client (its own credential), made on first use and paced to `perHour`
	 * requests for the whole execution.
	 */
	asyncApi(perHour: number): TeleCrmApi;
	/**
	 * Workspace › Check Setup's report, run on first use and kept here: the checks look at the
	 * workspace, not at an item, so every item of the execution gets the same one.
	 */
	setupReport(packageVersion: string): Promise<SetupCheck[]>;
	/** What the execution's hints tell, noted where it happened (`{}` while nothing was). */
	facts: ExecutionFacts;
	/** The 429/503 pauses of each client made, as their transports tallied them. */
	slowDowns(): SlowDown[];
}

/** A client's 429/503 pauses, if it had any. */
function slowDownOf(client: TeleCrmApi | undefined): SlowDown[] {
	const paused = client?.settings.paused;
	if (!client || !paused) return [];
	const { credentialName: api } = client.service;
	const perHour = client.settings.pacer?.perHour;
	const limitHeaders = client.rateLimitHeaders();
	return [{ api, times: paused.times, pausedMs: paused.ms, limitHeaders, perHour }];
}

/**
 * A fresh scope for one node execution, loader call or poll; its workspace definitions come
 * from what the process keeps unless `definitions` says otherwise.
 */
export function executionScope(
	ctx: ApiContext,
	settings?: RequestSettings,
	dates: DateOutput = 'iso',
	definitions: DefinitionsMode = 'kept',
): ExecutionScope {
	const api = new TeleCrmApi(ctx, settings);
	const facts: ExecutionFacts = {};
	const workspace = new Workspace(api, definitions, facts);
	let asyncApi: TeleCrmApi | undefined;
	const asyncApiOf = (perHour: number) => {
		const { timeoutMs, checkOnly } = api.settings;
		// Check Only holds its writes back unsent: no pace to keep.
		const pacer = checkOnly ? undefined : new Pacer(perHour);
		asyncApi ??= new TeleCrmApi(ctx, { timeoutMs, pacer, checkOnly }, ASYNC_API);
		return asyncApi;
	};
	let setupReport: Promise<SetupCheck[]> | undefined;
	let leads: LeadDirectory | undefined;
	return {
		api,
		workspace,
		get leads() {
			leads ??= new LeadDirectory(api, workspace);
			return leads;
		},
		output: new OutputShaper(workspace, dates),
		asyncApi: asyncApiOf,
		setupReport(packageVersion) {
			if (!setupReport) {
				// One probe is sent: the Async client's pace never applies.
				const probed = asyncApiOf(ASYNC_REQUESTS_PER_HOUR);
				const asyncApi = probed.hasCredential() ? probed : undefined;
				setupReport = runSetupChecks(api, asyncApi, packageVersion);
			}
			return setupReport;
		},
		facts,
		slowDowns: () => [...slowDownOf(api), ...slowDownOf(asyncApi)],
	};
}
