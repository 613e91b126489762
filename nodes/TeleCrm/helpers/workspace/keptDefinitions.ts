/**
 * Workspace definitions kept in the n8n process between executions (module state lives as
 * long as the process), shared by every execution of both nodes that uses the same
 * credential. telecrm's documentation (docs/telecrm-api.md §9) advises exactly this: read the
 * metadata once, cache it, refresh slowly.
 */

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
