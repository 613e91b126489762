/**
 * The workspace's definitions (lead fields, pipeline, custom actions, team): read at most once
 * per node execution, and kept in the n8n process between executions (below).
 */
import type { IDataObject } from 'n8n-workflow';

import { bareActionCode, fullActionCode } from '../values/customActions';
import type { DefinitionKind } from '../values/itemErrors';
import type { Pipeline } from '../values/pipeline';
import { normalisePipeline } from '../values/pipeline';
import type { Labels } from '../values/valueConversion';
import type { TeleCrmApi } from '../../transport';
import { MAX_PAGE_SIZE, requestAllPages } from '../../transport';

export interface FieldDefinition {
	apiName: string;
	type: string;
	isLeadid?: boolean;
	lockAfterCreate?: boolean;
	options?: Array<string | { id?: string; label: string }>;
	description?: string;
}

export interface StatusLabel {
	label: string;
	stageType: string;
	archived: boolean;
}

export interface CustomActionDefinition {
	code: string;
	displayName: string;
	fieldSchema?: Record<string, { type: string; options?: string[] }>;
}

/**
 * How an execution reads the workspace's definitions: `kept` uses what the process keeps
 * (until it expires, or an item names something it does not hold); `fresh` always reads and
 * renews what is kept (the editor's lists, the Workspace operations); `off` reads once per
 * execution and keeps nothing (Options › Keep Workspace Definitions off).
 */
export type DefinitionsMode = 'kept' | 'fresh' | 'off';

/**
 * What a Workspace read afresh because an item named something the kept definitions lacked,
 * noted for the execution's hints (ExecutionFacts, helpers/output). A part exists once
 * something was read.
 */
export interface FreshReads {
	/** Definitions read afresh because the kept ones lacked a name: the names, by kind. */
	renewed?: Map<DefinitionKind, Set<string>>;
	/** Custom action codes the kept list lacked, read one by one. */
	actionsFetched?: Set<string>;
}

/** The kind of a key: `actions:1001` belongs to `actions`. */
const kindOf = (key: string) => key.split(':')[0] as DefinitionKind;

/**
 * Workspace metadata, read at most once per node execution (or loader call) and shared by
 * every item: metadata requests never grow with the number of items. Across executions the
 * process keeps it per credential (KeptDefinitions, below).
 */
export class Workspace {
	private cache = new Map<string, Promise<unknown>>();
	/** Keys this execution took from what the process keeps (refresh forgets them). */
	private fromKept = new Map<string, Promise<unknown>>();
	private refreshes = new Map<DefinitionKind, Promise<boolean>>();
	/** Kinds refreshed in this execution: read afresh, never taken from what is kept again. */
	private refreshed = new Set<DefinitionKind>();
	private keptStore?: Promise<KeptDefinitions | undefined>;

	constructor(
		private readonly api: TeleCrmApi,
		private readonly mode: DefinitionsMode = 'off',
		/** Where it notes what it read afresh for a name the kept definitions lacked (hints). */
		private readonly facts?: FreshReads,
	) {}

	private async kept(): Promise<KeptDefinitions | undefined> {
		if (this.mode === 'off') return undefined;
		this.keptStore ??= this.api.credentialKey().then(keptDefinitions);
		return await this.keptStore;
	}

	private once<T>(key: string, load: () => Promise<T>): Promise<T> {
		if (!this.cache.has(key)) this.cache.set(key, this.keptOrLoaded(key, load));
		return this.cache.get(key) as Promise<T>;
	}

	private async keptOrLoaded<T>(key: string, load: () => Promise<T>): Promise<T> {
		const kept = await this.kept();
		if (!kept) return await load();
		const found =
			this.mode === 'kept' && !this.refreshed.has(kindOf(key)) ? kept.get(key) : undefined;
		if (found) {
			this.fromKept.set(key, found);
			// Another execution's read failed: read ourselves, never hand its error out.
			try {
				return (await found) as T;
			} catch {
				this.fromKept.delete(key);
			}
		}
		const loading = load();
		kept.put(key, loading);
		return await loading;
	}

	/**
	 * Forgets the kept definitions of `kind`, once per execution however many items ask, so
	 * that the caller's retry reads them afresh (and every later ask in this execution): an
	 * item named something the kept definitions do not hold, perhaps added in telecrm a minute
	 * ago. False when this execution read them itself: a second read would say the same.
	 * `named` is that name, for the execution's hints.
	 */
	async refresh(kind: DefinitionKind, named: string): Promise<boolean> {
		if (!this.refreshes.has(kind)) this.refreshes.set(kind, this.forgetKept(kind));
		const renewed = await this.refreshes.get(kind)!;
		if (renewed && this.facts) {
			const names = (this.facts.renewed ??= new Map());
			names.set(kind, (names.get(kind) ?? new Set<string>()).add(named));
		}
		return renewed;
	}

	private async forgetKept(kind: DefinitionKind): Promise<boolean> {
		const kept = await this.kept();
		const ofKind = (keys: Iterable<string>) => [...keys].filter((key) => kindOf(key) === kind);
		const keys = ofKind(this.fromKept.keys());
		if (!keys.length) return false;
		this.refreshed.add(kind);
		for (const key of keys) {
			kept?.forget(key, this.fromKept.get(key));
			this.fromKept.delete(key);
		}
		// Also what this execution built from them (`actions:1003` from the kept `actions`).
		for (const key of ofKind(this.cache.keys())) this.cache.delete(key);
		return true;
	}

	async customFields(): Promise<FieldDefinition[]> {
		return await this.once('fields', async () => {
			const body = await this.api.request({
				method: 'GET',
				path: ['custom-fields'],
				qs: { detail: true },
			});
			return (Array.isArray(body.customFields) ? body.customFields : []) as FieldDefinition[];
		});
	}

	/** API name of the workspace's lead identifier (phone unless configured otherwise). */
	async identifierField(): Promise<FieldDefinition> {
		const fields = await this.customFields();
		return fields.find((f) => f.isLeadid) ?? { apiName: 'phone', type: 'PHONE', isLeadid: true };
	}

	/** The pipeline in its documented shape, whichever shape telecrm answered with. */
	async pipeline(itemIndex?: number): Promise<Pipeline> {
		return await this.once('pipeline', async () =>
			normalisePipeline(
				await this.api.request({ method: 'GET', path: ['lead-stage-pipeline'], itemIndex }),
			),
		);
	}

	async statuses(): Promise<StatusLabel[]> {
		const { leadStages } = await this.pipeline();
		return leadStages.flatMap(({ stageType, activeStatuses, archivedStatuses }) => [
			...activeStatuses.map((s) => ({ label: String(s.label), stageType, archived: false })),
			...archivedStatuses.map((s) => ({ label: String(s.label), stageType, archived: true })),
		]);
	}

	async lostReasons(): Promise<Array<{ label: string; archived: boolean }>> {
		const pipeline = await this.pipeline();
		const labels = (list: IDataObject[], archived: boolean) =>
			list.map((r) => ({ label: String(r.reasonLabel), archived }));
		return [
			...labels(pipeline.activeLeadLostReasons, false),
			...labels(pipeline.archivedLeadLostReasons, true),
		];
	}

	/** Active and archived labels of statuses or lost reasons (only active ones can be written). */
	async labels(kind: 'status' | 'lostReason'): Promise<Labels> {
		const all = kind === 'status' ? await this.statuses() : await this.lostReasons();
		return {
			active: all.filter((l) => !l.archived).map((l) => l.label),
			archived: all.filter((l) => l.archived).map((l) => l.label),
		};
	}

	async customActions(): Promise<CustomActionDefinition[]> {
		return await this.once('actions', async () => {
			const body = await this.api.request({
				method: 'GET',
				path: ['custom-actions'],
				qs: { detail: true },
			});
			return (
				Array.isArray(body.customActions) ? body.customActions : []
			) as CustomActionDefinition[];
		});
	}

	async customAction(code: string): Promise<CustomActionDefinition> {
		const bare = bareActionCode(code);
		return await this.once(`actions:${bare}`, async () => {
			const listed = (await this.customActions()).find((a) => bareActionCode(a.code) === bare);
			if (listed?.fieldSchema) return listed;
			const read = (await this.api.request({
				method: 'GET',
				path: ['custom-actions', fullActionCode(bare)],
			})) as unknown as CustomActionDefinition;
			// Added in telecrm since the list this process keeps was read.
			if (!listed && this.fromKept.has('actions') && this.facts)
				(this.facts.actionsFetched ??= new Set()).add(fullActionCode(bare));
			return read;
		});
	}

	/** Emails a lead's user field may hold: members not deleted and not still invited. */
	async teamEmails(): Promise<Labels> {
		const members = await this.teamMembers();
		const gone = (m: IDataObject) =>
			['deleted', 'invited'].includes(String(m.status).toLowerCase());
		const emails = (list: IDataObject[]) => list.map((m) => String(m.email));
		return {
			active: emails(members.filter((m) => !gone(m))),
			archived: emails(members.filter(gone)),
		};
	}

	async teamMembers(): Promise<IDataObject[]> {
		return await this.once(
			'team',
			async () =>
				await requestAllPages(this.api, {
					method: 'GET',
					path: ['team-members'],
					maxPageSize: MAX_PAGE_SIZE.teamMembers,
					limit: Infinity,
				}),
		);
	}
}

// Workspace definitions kept in the n8n process between executions (module state lives as
// long as the process), shared by every execution of both nodes that uses the same
// credential. telecrm's documentation (docs/telecrm-api.md §9) advises exactly this: read the
// metadata once, cache it, refresh slowly.

/**
 * How long kept definitions are used without reading them again. A name they do not know
 * makes the item's check read them afresh (Workspace.refresh forgets them, the check's retry
 * reads), so an addition in telecrm is never refused;
 * what the expiry bounds is a removal: a status or lost reason archived, a member deleted, a
 * field deleted. Until then such a value passes the node's checks and telecrm drops it (with
 * a remark on the Sync API; silently on the Async one). Five minutes keeps that window short,
 * while a form taking a submission a minute reads the definitions once per 5 submissions
 * at most, and a busy one almost never.
 */
export const KEPT_FOR_MS = 5 * 60_000;

/** Workspaces (credentials) kept at once, and entries per workspace: least recently used go. */
export const MAX_WORKSPACES = 32;
const MAX_ENTRIES = 64;

interface Entry {
	value: Promise<unknown>;
	at: number;
}

/** Least recently used first: reading an entry moves it to the end. */
class Lru<V> {
	private readonly map = new Map<string, V>();

	constructor(private readonly max: number) {}

	get(key: string): V | undefined {
		const value = this.map.get(key);
		if (value !== undefined) {
			this.map.delete(key);
			this.map.set(key, value);
		}
		return value;
	}

	set(key: string, value: V): void {
		this.map.delete(key);
		this.map.set(key, value);
		while (this.map.size > this.max) this.map.delete(this.map.keys().next().value as string);
	}

	delete(key: string): void {
		this.map.delete(key);
	}

	keys(): string[] {
		return [...this.map.keys()];
	}

	clear(): void {
		this.map.clear();
	}
}

/** One workspace's kept definitions, by kind (`fields`, `pipeline`, `actions:1001`…). */
export class KeptDefinitions {
	private readonly entries = new Lru<Entry>(MAX_ENTRIES);

	/** The kept answer, unless it is older than the expiry. */
	get(key: string, now = Date.now()): Promise<unknown> | undefined {
		const entry = this.entries.get(key);
		if (!entry) return undefined;
		if (now - entry.at < KEPT_FOR_MS) return entry.value;
		this.entries.delete(key);
		return undefined;
	}

	/** Keeps a read under way; a failed read is never kept. */
	put(key: string, value: Promise<unknown>, now = Date.now()): void {
		this.entries.set(key, { value, at: now });
		value.catch(() => this.forget(key, value));
	}

	/** Forgets the entry, if it still holds `value` (a newer read by another execution stays). */
	forget(key: string, value?: Promise<unknown>): void {
		const entry = this.entries.get(key);
		if (entry && (value === undefined || entry.value === value)) this.entries.delete(key);
	}
}

const workspaces = new Lru<KeptDefinitions>(MAX_WORKSPACES);

/** The kept definitions of one credential, by its key (Base URL host, Enterprise ID, token fingerprint). */
export function keptDefinitions(credentialKey: string): KeptDefinitions {
	let kept = workspaces.get(credentialKey);
	if (!kept) {
		kept = new KeptDefinitions();
		workspaces.set(credentialKey, kept);
	}
	return kept;
}

/** The credential keys kept, least recently used first (tests: no token in them). */
export function keptCredentialKeys(): string[] {
	return workspaces.keys();
}

/** Forgets every kept workspace (tests that need a cold process). */
export function forgetKeptDefinitions(): void {
	workspaces.clear();
}
