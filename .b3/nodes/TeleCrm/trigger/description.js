'use strict';
Object.defineProperty(exports, '__esModule', { value: true });
exports.triggerProperties = exports.triggerSubtitle = void 0;
const n8n_workflow_1 = require('n8n-workflow');
const events_1 = require('./events');
const eventNames = Object.keys(events_1.events);
const subtitleMap = eventNames
	.map((name) => `"${name}": "${events_1.events[name].option.name}"`)
	.join(', ');
exports.triggerSubtitle = `={{ {${subtitleMap}}[$parameter["event"]] }}`;
exports.triggerProperties = [
	{
		displayName: 'Trigger On',
		name: 'event',
		type: 'options',
		noDataExpression: true,
		options: eventNames.map((name) => ({ ...events_1.events[name].option, value: name })),
		default: 'newLead',
	},
	...eventNames.flatMap((name) =>
		(0, n8n_workflow_1.updateDisplayOptions)(
			{ show: { event: [name] } },
			events_1.events[name].properties,
		),
	),
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		options: [
			{
				displayName: 'Late Arrival Window (Minutes)',
				name: 'overlapMinutes',
				type: 'number',
				typeOptions: { minValue: 0, maxValue: 1440 },
				default: 10,
				description:
					'Each poll looks this far back before the previous poll, so a record that becomes searchable late is still caught; records already emitted are never emitted again',
			},
		],
	},
];
//# sourceMappingURL=description.js.map
