import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

/**
 * Output of a write that answered {lead_id, actions[], remarks[]}: each action's outcome next
 * to the type that was sent, and every remark. With "Fail the Item", anything IGNORED fails
 * the item (after the save, which the message says).
 */
export function writeOutcome(
	this: IExecuteFunctions,
	itemIndex: number,
	response: IDataObject,
	sentActions: IDataObject[],
	extra: IDataObject = {},
): IDataObject {
	const outcomes = (Array.isArray(response.actions) ? response.actions : []) as IDataObject[];
	const actions: IDataObject[] = outcomes.map((o, n) => ({
		type: sentActions[n]?.type ?? null,
		...o,
	}));
	const remarks = (Array.isArray(response.remarks) ? response.remarks : []) as IDataObject[];
	const output: IDataObject = { lead_id: response.lead_id, ...extra, actions, remarks };
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
