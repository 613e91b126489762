/**
 * How a lead or a write comes out: Output and its Fields (which of a lead's keys an item
 * carries) and On Ignored Values (what a value telecrm ignored does to the item). Together on
 * purpose: every write's output is shaped from both at once.
 */
import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import type { LeadView } from '../../helpers/output/outputShaper';
import { readItemValue } from './itemValue';

/** Output of every lead operation, as n8n's Microsoft Outlook v2 words it (no Simplify beside it). */
const leadOutputProperty: INodeProperties = {
	displayName: 'Output',
	name: 'output',
	type: 'options',
	default: 'simple',
	options: [
		{
			name: 'Simplified',
			value: 'simple',
			description:
				"The lead ID, name, phone, email, status and assignee (reads add created_on), each one null when the lead has none; for a write, null when it was not sent and TeleCRM's answer does not carry it",
		},
		{
			name: 'Raw',
			value: 'raw',
			description: 'The whole lead, its fields under "fields" as TeleCRM sends them',
		},
		{
			name: 'Select Included Fields',
			value: 'fields',
			description: 'The lead ID and the fields chosen below',
		},
	],
	description: "Which of the lead's fields each item carries",
};

const leadOutputFieldsProperty: INodeProperties = {
	displayName: 'Field Names or IDs',
	name: 'outputFields',
	type: 'multiOptions',
	typeOptions: { loadOptionsMethod: 'getLeadOutputFields' },
	default: [],
	description:
		'The lead fields to add to the output after lead_id (null when a lead has no value). Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
	displayOptions: { show: { output: ['fields'] } },
};

/** Output and its Fields: spread into every lead operation's parameters. */
export const leadOutputProperties: INodeProperties[] = [
	leadOutputProperty,
	leadOutputFieldsProperty,
];

export const onIgnoredProperty: INodeProperties = {
	displayName: 'On Ignored Values',
	name: 'onIgnored',
	type: 'options',
	options: [
		{
			name: 'Keep Remarks in Output',
			value: 'keep',
			description: 'Output what TeleCRM ignored under "remarks" and carry on',
		},
		{
			name: 'Fail the Item',
			value: 'fail',
			description: 'Treat any ignored field or action as an error of this item',
		},
	],
	default: 'keep',
	description:
		'TeleCRM saves a lead or action even when some values are refused; it lists them as remarks. Choose what the workflow does then.',
};

/** Output and its Fields (`leadOutputProperties`): which of a lead's keys the item carries. */
export function readLeadView(this: IExecuteFunctions, itemIndex: number): LeadView {
	const output = readItemValue<string>(this, leadOutputProperty.name, itemIndex, 'simple');
	if (output === 'raw') return { output };
	if (output !== 'fields') return { output: 'simple' };
	const chosen = readItemValue<string[] | string>(
		this,
		leadOutputFieldsProperty.name,
		itemIndex,
		[],
	);
	const fields = (Array.isArray(chosen) ? chosen : String(chosen).split(','))
		.map((f) => String(f).trim())
		.filter((f) => f && f !== 'lead_id');
	return { output, fields };
}

/** `onIgnoredProperty`: whether values telecrm ignored fail the item. */
export function failsOnIgnored(this: IExecuteFunctions, itemIndex: number): boolean {
	return readItemValue<string>(this, onIgnoredProperty.name, itemIndex, 'keep') === 'fail';
}

/** A lead write's outcome as the item asks for it: On Ignored Values, then Output. */
export function readLeadOutcome(
	this: IExecuteFunctions,
	itemIndex: number,
): { failOnIgnored: boolean; view: LeadView } {
	return {
		failOnIgnored: failsOnIgnored.call(this, itemIndex),
		view: readLeadView.call(this, itemIndex),
	};
}
