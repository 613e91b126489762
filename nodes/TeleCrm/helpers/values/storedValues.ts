import type { FieldValues } from './apiShapes';

/**
 * Whether telecrm stores what was sent: numbers by value ("5000" and 5000), lists as sets,
 * text without regard to case or surrounding spaces (telecrm matches it so too).
 */
export function sameStoredValue(sent: unknown, stored: unknown): boolean {
	if (Array.isArray(sent)) {
		if (!Array.isArray(stored) || stored.length !== sent.length) return false;
		const have = new Set(stored.map((v) => String(v).trim().toLowerCase()));
		return sent.every((v) => have.has(String(v).trim().toLowerCase()));
	}
	if (stored === undefined || stored === null) return false;
	if (typeof sent === 'number' || typeof stored === 'number')
		return Number(sent) === Number(stored);
	return String(sent).trim().toLowerCase() === String(stored).trim().toLowerCase();
}

/** The sent fields whose stored value is not (yet) what was sent. */
export function differingFields(sent: FieldValues, stored: FieldValues): string[] {
	return Object.keys(sent).filter((key) => !sameStoredValue(sent[key], stored[key]));
}
