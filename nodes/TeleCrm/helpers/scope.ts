import { LeadDirectory } from './leads/leadDirectory';
import type { DateOutput } from './output/outputShaper';
import { OutputShaper } from './output/outputShaper';
import type { DefinitionsMode } from './workspace/workspace';
import { Workspace } from './workspace/workspace';
import type { ApiContext, RequestSettings } from '../transport';
import { ASYNC_API, Pacer, TeleCrmApi } from '../transport';

/** What one node execution (or loader call) shares: its HTTP client and workspace metadata. */
export interface ExecutionScope {
	api: TeleCrmApi;
	workspace: Workspace;
	/** Leads by identifier value, looked up for all items at once. */
	leads: LeadDirectory;
	/** Shapes outputs: the one lead shape, readable dates, action type names. */
	output: OutputShaper;
	/**
	 * The Async API client (its own credential), made on first use and paced to `perHour`
	 * requests for the whole execution.
	 */
	asyncApi(perHour: number): TeleCrmApi;
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
	const workspace = new Workspace(api, definitions);
	let asyncApi: TeleCrmApi | undefined;
	return {
		api,
		workspace,
		leads: new LeadDirectory(api, workspace),
		output: new OutputShaper(workspace, dates),
		asyncApi(perHour) {
			const { timeoutMs } = api.settings;
			asyncApi ??= new TeleCrmApi(ctx, { timeoutMs, pacer: new Pacer(perHour) }, ASYNC_API);
			return asyncApi;
		},
	};
}
