import type { INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { events } from './events';
import { keepDefinitionsProperty } from '../actions/parameters/executionSettings';

const eventNames = Object.keys(events) as Array<keyof typeof events>;

/** "New Lead", "New Action"… under the node's name on the canvas. */
const subtitleMap = eventNames.map((name) => `"${name}": "${events[name].option.name}"`).join(', ');
export const triggerSubtitle = `={{ {${subtitleMap}}[$parameter["event"]] }}`;

export const eventProperty: INodeProperties = {
	displayName: 'Trigger On',
	name: 'event',
	type: 'options',
	noDataExpression: true,
	options: eventNames.map((name) => ({ ...events[name].option, value: name })),
	default: 'newLead',
};

export const overlapOption: INodeProperties = {
	displayName: 'Late Arrival Window (Minutes)',
	name: 'overlapMinutes',
	type: 'number',
	typeOptions: { minValue: 0, maxValue: 1440 },
	default: 10,
	description:
		'Each poll looks this far back before the previous poll, so a record that becomes searchable late is still caught; records already emitted are never emitted again',
};

export const triggerOptionsProperty: INodeProperties = {
	displayName: 'Options',
	name: 'options',
	type: 'collection',
	placeholder: 'Add Option',
	default: {},
	options: [overlapOption, keepDefinitionsProperty],
};

export const triggerProperties: INodeProperties[] = [
	eventProperty,
	...eventNames.flatMap((name) =>
		updateDisplayOptions({ show: { event: [name] } }, events[name].properties),
	),
	triggerOptionsProperty,
];
