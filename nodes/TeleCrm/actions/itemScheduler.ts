/** What one item's run gave: its value, or what it threw. */
export type ItemOutcome<T> = { value: T } | { error: unknown };

export interface Schedule {
	/** Items running at once. */
	inFlight: number;
	/** Whether a failed item stops further items from starting. */
	stopOnError: boolean;
	/**
	 * Once aborted (n8n's Stop, or its timeout) no further item starts: n8n 1.x does not abort
	 * a running node's requests, which would otherwise go on writing leads unseen.
	 */
	cancel?: AbortSignal;
}

async function outcomeOf<T>(run: () => Promise<T>): Promise<ItemOutcome<T>> {
	try {
		return { value: await run() };
	} catch (error) {
		return { error };
	}
}

/**
 * Runs `run` for every item (one per key), up to `inFlight` at once, items start in input
 * order; an item waits for the earlier item with the same key to finish (two writes to one
 * lead never race). Outcomes keep their item's place; an item never started has none.
 */
export async function runItems<T>(
	keys: Array<string | undefined>,
	{ inFlight, stopOnError, cancel }: Schedule,
	run: (itemIndex: number) => Promise<T>,
): Promise<Array<ItemOutcome<T> | undefined>> {
	const outcomes = keys.map((): ItemOutcome<T> | undefined => undefined);
	const lastOfKey = new Map<string, Promise<unknown>>();
	const start = (itemIndex: number) => {
		const key = keys[itemIndex];
		const previous = key === undefined ? undefined : lastOfKey.get(key);
		const outcome = (async () => {
			await previous;
			// Stopped while it waited for the earlier item on its lead: it never starts.
			if (cancel?.aborted) return undefined;
			return await outcomeOf(async () => await run(itemIndex));
		})();
		if (key !== undefined) lastOfKey.set(key, outcome);
		return outcome;
	};
	let next = 0;
	let stopped = false;
	const worker = async () => {
		while (!stopped && !cancel?.aborted && next < keys.length) {
			const itemIndex = next++;
			const outcome = await start(itemIndex);
			outcomes[itemIndex] = outcome;
			if (outcome && 'error' in outcome && stopOnError) stopped = true;
		}
	};
	await Promise.all(Array.from({ length: Math.min(inFlight, keys.length) }, worker));
	return outcomes;
}
