import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import type { OutputShaper } from './output';

/**
 * Output of a write that answered {lead_id, actions[], remarks[]}: each action's outcome next
 * to the type that was sent, and every remark. With "Fail the Item", anything IGNORED fails
 * the item (after the save, which the message says).
 */
export async function writeOutcome(
	this: IExecuteFunctions,
	itemIndex: number,
	shaper: OutputShaper,
	response: IDataObject,
	sentActions: IDataObject[],
	fields: IDataObject = {},
	extra: IDataObject = {},
): Promise<IDataObject> {
	const outcomes = (Array.isArray(response.actions) ? response.actions : []) as IDataObject[];
	const actions = await Promise.all(
		outcomes.map(async (o, n) => await shaper.action({ type: sentActions[n]?.type ?? null, ...o })),
	);
	const remarks = (Array.isArray(response.remarks) ? response.remarks : []) as IDataObject[];
	const ignored = new Set(remarks.map((r) => String(r.field)));
	const written = Object.fromEntries(Object.entries(fields).filter(([key]) => !ignored.has(key)));
	const output = await shaper.lead(String(response.lead_id), written, {
		...extra,
		actions,
		remarks,
	});
	if (response.recovered) output.recovered = response.recovered;
	const ignoredActions = actions.filter((a) => a.status === 'IGNORED').length;
	if (
		this.getNodeParameter('onIgnored', itemIndex, 'keep') === 'fail' &&
		(remarks.length || ignoredActions)
	) {
		const list = remarks.map((r) => `${String(r.field)}: ${String(r.remark)}`).join('; ');
		throw new NodeOperationError(
			this.getNode(),
			`Item ${itemIndex}: TeleCRM ignored ${remarks.length} value(s) and ${ignoredActions} action(s) on lead ${String(response.lead_id)}`,
			{
				itemIndex,
				description: `The lead was saved without them. ${list || 'No remark was given for the ignored actions.'}`,
			},
		);
	}
	return output;
}
