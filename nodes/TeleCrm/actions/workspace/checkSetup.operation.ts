import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { deepCopy } from 'n8n-workflow';

import type { ExecutionScope } from '../node.type';

export const description: INodeProperties[] = [];

/** package.json's version, for the summary (n8n Cloud's rules leave no way to read the file). */
export const PACKAGE_VERSION = '0.1.0';

/**
 * Every input item gets the whole report (a copy), one output item per check. The report is
 * the execution scope's, run on its first item: the checks look at the workspace, not at an
 * item, so they run once. (Not `settle`: it completes one output object per item, and a failed
 * check run fails each item here, as any item's error does.)
 */
export async function execute(
	this: IExecuteFunctions,
	_itemIndex: number,
	scope: ExecutionScope,
): Promise<IDataObject[]> {
	return deepCopy(await scope.setupReport(PACKAGE_VERSION));
}
