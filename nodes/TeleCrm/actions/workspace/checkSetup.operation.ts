import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { deepCopy } from 'n8n-workflow';

import type { SetupCheck } from '../../helpers/values/setupChecks';
import { runSetupChecks } from '../../helpers/workspace/setupChecks';
import type { ExecutionScope } from '../node.type';

export const description: INodeProperties[] = [];

/** package.json's version, for the summary (n8n Cloud's rules leave no way to read the file). */
export const PACKAGE_VERSION = '0.1.0';

/** One probe is sent: the Async client's pace (its documented 18,000 an hour) never applies. */
const ASYNC_REQUESTS_PER_HOUR = 18_000;

/** The checks of one execution: they look at the workspace, not at an item, so they run once. */
const reports = new WeakMap<ExecutionScope, Promise<SetupCheck[]>>();

function report(scope: ExecutionScope): Promise<SetupCheck[]> {
	let checks = reports.get(scope);
	if (!checks) {
		const asyncApi = scope.asyncApi(ASYNC_REQUESTS_PER_HOUR);
		checks = runSetupChecks(
			scope.api,
			asyncApi.hasCredential() ? asyncApi : undefined,
			PACKAGE_VERSION,
		);
		reports.set(scope, checks);
	}
	return checks;
}

/** Every input item gets the whole report (a copy), one output item per check. */
export async function execute(
	this: IExecuteFunctions,
	_itemIndex: number,
	scope: ExecutionScope,
): Promise<IDataObject[]> {
	return deepCopy(await report(scope));
}
