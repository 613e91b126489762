import type { DefinitionKind } from './itemErrors';

/**
 * What one node execution did that its items do not show at a glance, recorded where it
 * happens and told once, after the last item, as hints in n8n's output pane (the router).
 * Counts over the whole execution, never one entry per item.
 */

/** Items a write stored without some of their values (On Ignored Values › Keep Remarks). */
export interface IgnoredValues {
	items: number;
	/** The fields remarked, lead fields by name (`rating`, `actions[1].fields.email`). */
	fields: Set<string>;
	/** Actions answered IGNORED. */
	actions: number;
}

/** Items of Create or Update (Queued) whose leads were queued but not seen stored. */
export interface QueuedLeads {
	/** Items queued without Confirm. */
	unconfirmed: number;
	/** Items Confirm looked for and did not see stored in time. */
	notSeen: number;
	/** Items Confirm looked for. */
	confirming: number;
	/** The longest Confirm Within of those items, in ms. */
	withinMs: number;
}

/** A 429/503 pause of one API's requests, as the transport tallied it. */
export interface SlowDown {
	/** The credential's name (`TeleCRM Sync API`). */
	api: string;
	/** Answers that paused every item in flight. */
	times: number;
	/** Wall-clock time the requests were held back, pauses overlapping counted once. */
	pausedMs: number;
	/** Rate-limit headers seen on this API's answers (lower-cased names). */
	limitHeaders: Record<string, string>;
	/** The pace this execution kept, in requests an hour, if it kept one (the Async API). */
	perHour?: number;
}

export class ExecutionFacts {
	readonly ignored: IgnoredValues = { items: 0, fields: new Set(), actions: 0 };

	/** Definitions read afresh because the kept ones lacked a name: the names, by kind. */
	readonly renewed = new Map<DefinitionKind, Set<string>>();

	/** Custom action codes the kept list lacked, read one by one. */
	readonly actionsFetched = new Set<string>();

	/** Leads each Return All of Lead › Search output. */
	readonly returnedAll: number[] = [];

	readonly queued: QueuedLeads = { unconfirmed: 0, notSeen: 0, confirming: 0, withinMs: 0 };

	/** A write kept the item, though telecrm ignored these remarked fields and actions. */
	valuesIgnored(remarkedFields: string[], ignoredActions: number): void {
		if (!remarkedFields.length && !ignoredActions) return;
		this.ignored.items++;
		this.ignored.actions += ignoredActions;
		for (const field of remarkedFields) this.ignored.fields.add(field);
	}

	/** The kept definitions of `kind` were read afresh because an item named `name`. */
	definitionsRenewed(kind: DefinitionKind, name: string): void {
		const names = this.renewed.get(kind) ?? new Set<string>();
		this.renewed.set(kind, names.add(name));
	}

	/** A custom action the kept list lacked was read on its own. */
	actionFetched(code: string): void {
		this.actionsFetched.add(code);
	}

	searchReturnedAll(leads: number): void {
		this.returnedAll.push(leads);
	}

	/** Create or Update (Queued) items, once Confirm (if any) ended. */
	leadsQueued({ unconfirmed, notSeen, confirming, withinMs }: QueuedLeads): void {
		this.queued.unconfirmed += unconfirmed;
		this.queued.notSeen += notSeen;
		this.queued.confirming += confirming;
		this.queued.withinMs = Math.max(this.queued.withinMs, withinMs);
	}
}
