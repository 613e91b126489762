/**
 * Every output, error (message, description, stack) and n8n log line a test file produces
 * is recorded here; an afterAll hook (secretScan) fails the file if a registered secret,
 * such as a token, shows up in any of them.
 */
const secrets = new Set<string>();
const seen: string[] = [];
let recording = true;

/** The benchmark measures the node, not this recorder (which keeps every output as text). */
export function stopRecording(): void {
	recording = false;
}

export function registerSecret(value: string): void {
	if (value) secrets.add(value);
}

function text(value: unknown): string {
	if (value instanceof Error) {
		const extra = value as Error & { description?: unknown };
		return `${value.message}\n${String(extra.description ?? '')}\n${value.stack ?? ''}\n${safeJson(value)}`;
	}
	return typeof value === 'string' ? value : safeJson(value);
}

function safeJson(value: unknown): string {
	const stack = new WeakSet<object>();
	try {
		return JSON.stringify(value, (_key, v: unknown) => {
			if (v && typeof v === 'object') {
				if (stack.has(v)) return '[circular]';
				stack.add(v);
			}
			return v;
		});
	} catch {
		return String(value);
	}
}

export function recordSeen(label: string, value: unknown): void {
	if (recording) seen.push(`${label}: ${text(value)}`);
}

export function scanned(): { entries: number; secrets: number } {
	return { entries: seen.length, secrets: secrets.size };
}

/** The recorded entries that contain a registered secret. */
export function leaks(): string[] {
	return seen.filter((entry) => [...secrets].some((secret) => entry.includes(secret)));
}

/** For the scanner's own test: drop what was recorded with this marker. */
export function forgetEntriesWith(marker: string): void {
	for (let i = seen.length - 1; i >= 0; i--) if (seen[i].includes(marker)) seen.splice(i, 1);
	secrets.delete(marker);
}

export function entriesLabelled(prefix: string): number {
	return seen.filter((entry) => entry.startsWith(prefix)).length;
}
