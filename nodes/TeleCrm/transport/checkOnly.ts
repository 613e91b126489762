import type { IDataObject } from 'n8n-workflow';

/** A write that Check Only held back, as the transport would have sent it. */
export interface HeldWrite {
	/** The credential it would go out with (`TeleCRM Sync API`, `TeleCRM Async API`). */
	api: string;
	method: string;
	/** The URL's path, as sent (`/enterprise/{id}/lead/{leadId}`, each segment URL-encoded). */
	path: string;
	body: IDataObject;
}

/**
 * The ID telecrm would give a lead that an item's held create would make: what later writes
 * on that lead show in its place. URL-safe, so a path shows it as it is.
 */
export function newLeadPlaceholder(itemIndex: number | undefined): string {
	return `NEW_LEAD_ID_OF_ITEM_${itemIndex ?? 0}`;
}

/**
 * Whether a request changes something at telecrm. Every read is a GET or a search marked
 * `searchOnly` by its caller (not told by its path: IDs in it are the user's, and an action ID
 * "search" makes an update's path a search's); anything else is held back under Check Only.
 */
export function isWrite(request: { method: string; searchOnly?: boolean }): boolean {
	return request.method !== 'GET' && request.searchOnly !== true;
}

/**
 * Check Only: the transport hands writes here instead of sending them, and goes on with what
 * the request says telecrm would answer (`ApiRequest.checkOnlyAnswer`); reads still go out.
 */
export class WriteCapture {
	private readonly held = new Map<number, HeldWrite[]>();

	/** Keeps the write, under its item, and returns the answer the caller goes on with. */
	hold(itemIndex: number | undefined, write: HeldWrite, answer: IDataObject = {}): IDataObject {
		const item = itemIndex ?? -1;
		this.held.set(item, [...(this.held.get(item) ?? []), write]);
		return { ...answer };
	}

	/** The writes an item would have sent, in the order it sent them. */
	writesOf(itemIndex: number): HeldWrite[] {
		return this.held.get(itemIndex) ?? [];
	}
}
