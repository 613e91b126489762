import axios from 'axios';
import type { IDataObject, INodeParameters, NodeParameterValueType } from 'n8n-workflow';

import type { RunResult, TeleCrmCredentials } from '../../engine/harness';
import { runNode } from '../../engine/harness';
import { registerSecret } from '../../engine/secrets';
import type { Sandbox, SandboxOptions } from '../../sandbox/server.cjs';
import { startSandbox } from '../../sandbox/server.cjs';

/** A sandbox per test file, and a node runner whose credential points at it. */
export function useSandbox(options: SandboxOptions = { seed: 60 }) {
	const ctx = {} as {
		sandbox: Sandbox;
		credentials: () => TeleCrmCredentials;
		run: (
			parameters: INodeParameters,
			items?: IDataObject[],
			continueOnFail?: boolean,
		) => Promise<RunResult>;
		/** Requests the sandbox answered since `mark()`. */
		since: (mark: number) => Sandbox['requests'];
		mark: () => number;
	};
	beforeAll(async () => {
		ctx.sandbox = await startSandbox(options);
		registerSecret(ctx.sandbox.syncToken);
		registerSecret(ctx.sandbox.asyncToken);
		ctx.credentials = () => ({
			enterpriseId: ctx.sandbox.enterpriseId,
			syncToken: ctx.sandbox.syncToken,
			baseUrl: ctx.sandbox.baseUrl,
			asyncToken: ctx.sandbox.asyncToken,
			asyncBaseUrl: ctx.sandbox.asyncBaseUrl,
		});
		ctx.run = async (parameters, items, continueOnFail) =>
			await runNode({ parameters, items, continueOnFail, credentials: ctx.credentials() });
		ctx.mark = () => ctx.sandbox.requests.length;
		ctx.since = (mark) => ctx.sandbox.requests.slice(mark);
	});
	afterAll(async () => {
		await ctx.sandbox.stop();
	});
	return ctx;
}

/** A resource mapper value as the editor saves it. */
export const mapped = (value: IDataObject) =>
	({
		mappingMode: 'defineBelow',
		value,
		matchingColumns: [],
		schema: [],
	}) as unknown as NodeParameterValueType;
export const autoMapped = () =>
	({
		mappingMode: 'autoMapInputData',
		value: null,
		matchingColumns: [],
		schema: [],
	}) as unknown as NodeParameterValueType;
export const byId = (value: string) => ({ __rl: true, mode: 'id', value });
export const byIdentifier = (value: string) => ({ __rl: true, mode: 'identifier', value });
export const json = (result: RunResult) => result.items.map((i) => i.json);
/** The hints the run left for n8n's output pane: n8n-core keeps them in the node's task data. */
export const hintsOf = (result: RunResult) =>
	Object.values(result.run.data.resultData.runData)[0]?.[0]?.hints ?? [];

/** Creates a lead through the node (as a workflow would) and returns its ID. */
export async function createLead(
	t: ReturnType<typeof useSandbox>,
	phone: string,
	name: string,
): Promise<string> {
	const result = await t.run({
		resource: 'lead',
		operation: 'create',
		fields: mapped({ phone, name }),
	});
	return json(result)[0].lead_id as string;
}

/** A lead created through the API by someone else (another app, a colleague), not the node. */
export async function createLeadElsewhere(sandbox: Sandbox, fields: IDataObject): Promise<void> {
	await axios.post(
		`${sandbox.baseUrl}/enterprise/${sandbox.enterpriseId}/lead`,
		{ fields },
		{ headers: { Authorization: `Bearer ${sandbox.syncToken}` } },
	);
}
