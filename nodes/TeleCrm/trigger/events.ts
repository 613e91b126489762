import type { EventModule, TriggerEvent } from './event.type';
import * as newAction from './newAction.event';
import * as newLead from './newLead.event';

/** The trigger's events: a missing or misspelt one does not compile. */
export const events: { [E in TriggerEvent]: EventModule } = { newLead, newAction };

export function isTriggerEvent(name: string): name is TriggerEvent {
	return Object.prototype.hasOwnProperty.call(events, name);
}
