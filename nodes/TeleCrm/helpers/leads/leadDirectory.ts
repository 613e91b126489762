import type { IDataObject } from 'n8n-workflow';

import { leadsMatching } from './leadSearch';
import { fieldKind, tryWireValue } from '../values/valueConversion';
import type { Workspace } from '../workspace/workspace';
import type { TeleCrmApi } from '../../transport';
import { MAX_PAGE_SIZE } from '../../transport';

/** Identifier values one search carries: a filter array is "any of", one page holds 100. */
const VALUES_PER_SEARCH = MAX_PAGE_SIZE.leads;

type Found = Promise<IDataObject | undefined>;

/**
 * A phone typed without its country code is stored with the workspace's default one
 * (docs/telecrm-api.md §8.1): "9876543210" finds the lead stored as "919876543210". A row that is
 * exactly another looked-up value is that value's lead, not this one's.
 */
function withCountryCode(
	stored: Map<string, IDataObject>,
	key: string,
	requested: Set<string>,
): IDataObject | undefined {
	if (key.length > 10) return undefined;
	for (const [value, row] of stored) {
		if (requested.has(value)) continue;
		if (value.endsWith(key) && value.length - key.length <= 3) return row;
	}
	return undefined;
}

/**
 * telecrm matches identifier values case-insensitively: values with the same key name the same
 * lead, here and in the router's item order.
 */
export const identifierKey = (value: string) => value.trim().toLowerCase();

/** Runs `each` over `keys` 100 values at a time (one search each), `inFlight` batches at once. */
async function inBatches(
	keys: string[],
	inFlight: number,
	each: (batch: string[]) => Promise<void>,
): Promise<void> {
	const batches: string[][] = [];
	for (let i = 0; i < keys.length; i += VALUES_PER_SEARCH)
		batches.push(keys.slice(i, i + VALUES_PER_SEARCH));
	let next = 0;
	const worker = async () => {
		while (next < batches.length) await each(batches[next++]);
	};
	await Promise.all(Array.from({ length: Math.min(inFlight, batches.length) }, worker));
}

/**
 * Leads by identifier value for one node execution. Every item's value is looked up at once,
 * one `POST /lead/search` per 100 distinct values, and the rows are shared by every item that
 * needs them; a lead one item creates is found by the next with its value, so repeats update
 * instead of colliding.
 */
export class LeadDirectory {
	private readonly rows = new Map<string, Found>();

	constructor(
		private readonly api: TeleCrmApi,
		readonly workspace: Workspace,
	) {}

	/** The value as telecrm stores the identifier ("+91 98…" → "9198…"), or undefined. */
	async storedForm(value: unknown): Promise<string | undefined> {
		const wire = tryWireValue(await this.workspace.identifierField(), value);
		return wire === undefined ? undefined : String(wire);
	}

	/**
	 * Looks `values` up in searches of 100 values, `inFlight` at a time, before the items need
	 * them. A failed search fails only the items that needed it, when they ask.
	 */
	async prefetch(values: string[], inFlight: number): Promise<void> {
		const wanted = new Set(values.map(identifierKey).filter((key) => !this.rows.has(key)));
		await inBatches([...wanted], inFlight, async (batch) => {
			await this.lookUp(batch).catch(() => undefined);
		});
	}

	/** The newest lead stored under `key`, from the execution's lookups or a search of its own. */
	async find(value: string, itemIndex?: number): Promise<IDataObject | undefined> {
		const key = identifierKey(value);
		if (!this.rows.has(key)) await this.lookUp([key], itemIndex).catch(() => undefined);
		return await this.rows.get(key);
	}

	/** A search of its own, whatever is known: after a 409 or a lost answer the lead is new. */
	async refresh(value: string, itemIndex?: number): Promise<IDataObject | undefined> {
		const key = identifierKey(value);
		await this.lookUp([key], itemIndex);
		return await this.rows.get(key);
	}

	/**
	 * Fresh searches for many values, 100 a search, `inFlight` at once, whatever is known: the
	 * row each value finds now (Confirm's lookups after queued upserts).
	 */
	async findMany(values: string[], inFlight: number): Promise<Map<string, IDataObject>> {
		const found = new Map<string, IDataObject>();
		await inBatches([...new Set(values.map(identifierKey))], inFlight, async (batch) => {
			for (const [key, row] of await this.search(batch)) found.set(key, row);
		});
		const byValue = new Map<string, IDataObject>();
		for (const value of values) {
			const row = found.get(identifierKey(value));
			if (row) byValue.set(value, row);
		}
		return byValue;
	}

	/** The lead this execution already knows under `value` (found or created), no search. */
	async known(value: string): Promise<IDataObject | undefined> {
		return await this.rows.get(identifierKey(value))?.catch(() => undefined);
	}

	/** A lead this execution created: later items with the same value update it. */
	remember(value: string, leadId: string): void {
		this.rows.set(identifierKey(value), Promise.resolve({ lead_id: leadId }));
	}

	/** One search for up to 100 (normalised) values; each value's row (or none) is stored. */
	private async lookUp(keys: string[], itemIndex?: number): Promise<void> {
		const found = this.search(keys, itemIndex);
		for (const key of keys) {
			const row = found.then((byKey) => byKey.get(key));
			// Rejects for whoever awaits it; an item that never asks leaves no unhandled rejection.
			row.catch(() => undefined);
			this.rows.set(key, row);
		}
		await found;
	}

	private async search(keys: string[], itemIndex?: number): Promise<Map<string, IDataObject>> {
		const identifier = await this.workspace.identifierField();
		const body = { fields: { [identifier.apiName]: keys } };
		const rows = await leadsMatching(this.api, body, Infinity, itemIndex);
		const stored = new Map<string, IDataObject>();
		for (const row of rows) {
			const value = (row.fields as IDataObject | undefined)?.[identifier.apiName];
			const key = identifierKey(String(tryWireValue(identifier, value) ?? value ?? ''));
			// Newest first: a second lead with the same value (should there be one) is not used.
			if (!stored.has(key)) stored.set(key, row);
		}
		const phone = fieldKind(identifier.type) === 'phone';
		const requested = new Set(keys);
		const byKey = new Map<string, IDataObject>();
		for (const key of keys) {
			const row = stored.get(key) ?? (phone ? withCountryCode(stored, key, requested) : undefined);
			if (row) byKey.set(key, row);
		}
		return byKey;
	}
}
