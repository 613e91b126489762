import type { IDataObject, ILoadOptionsFunctions, INodePropertyOptions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import type { ExecutionScope } from '../helpers/scope';
import { executionScope } from '../helpers/scope';

/** What a failed list or mapper says: what could not be loaded, and telecrm's reason. */
export function loadFailure(what: string, error: unknown): string {
	return `Could not load ${what} from TeleCRM: ${(error as Error).message}`;
}

/**
 * A loader's scope, and its failure as one readable message (n8n would show "[object
 * Object]") pointing at the credential, which is what usually needs fixing.
 */
export async function loading<T>(
	ctx: ILoadOptionsFunctions,
	what: string,
	load: (scope: ExecutionScope) => Promise<T>,
): Promise<T> {
	try {
		// The editor always reads fresh, and renews what executions keep.
		return await load(executionScope(ctx, undefined, 'iso', 'fresh'));
	} catch (error) {
		throw new NodeOperationError(ctx.getNode(), loadFailure(what, error), {
			description:
				'Check the TeleCRM credential (Enterprise ID, Sync token, Base URL), then reopen this list.',
		});
	}
}

/** A team member as every list and dropdown shows it: name and email, valued by email. */
export function memberOption(member: IDataObject): INodePropertyOptions {
	return {
		name: `${String(member.name ?? member.email)} (${String(member.email)})`,
		value: String(member.email),
		description: member.status ? String(member.status) : undefined,
	};
}
