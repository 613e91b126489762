import type {
	INodeExecutionData,
	INodeType,
	INodeTypeDescription,
	IPollFunctions,
} from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { loadOptions } from './methods';
import { triggerProperties, triggerSubtitle } from './trigger/description';
import { pollEvents } from './trigger/poll';

export class TeleCrmTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'TeleCRM Trigger',
		name: 'teleCrmTrigger',
		icon: {
			light: 'file:../../icons/telecrmTrigger.svg',
			dark: 'file:../../icons/telecrmTrigger.dark.svg',
		},
		group: ['trigger'],
		version: 1,
		subtitle: triggerSubtitle,
		description: 'Starts the workflow when TeleCRM leads are created or actions are logged on them',
		defaults: { name: 'TeleCRM Trigger' },
		polling: true,
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'teleCrmSyncApi', required: true }],
		properties: triggerProperties,
	};

	methods = { loadOptions };

	async poll(this: IPollFunctions): Promise<INodeExecutionData[][] | null> {
		return await pollEvents.call(this);
	}
}
