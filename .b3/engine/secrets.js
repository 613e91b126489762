'use strict';
Object.defineProperty(exports, '__esModule', { value: true });
exports.stopRecording = stopRecording;
exports.registerSecret = registerSecret;
exports.recordSeen = recordSeen;
exports.scanned = scanned;
exports.leaks = leaks;
exports.forgetEntriesWith = forgetEntriesWith;
exports.entriesLabelled = entriesLabelled;
const secrets = new Set();
const seen = [];
let recording = true;
function stopRecording() {
	recording = false;
}
function registerSecret(value) {
	if (value) secrets.add(value);
}
function text(value) {
	if (value instanceof Error) {
		const extra = value;
		return `${value.message}\n${String(extra.description ?? '')}\n${value.stack ?? ''}\n${safeJson(value)}`;
	}
	return typeof value === 'string' ? value : safeJson(value);
}
function safeJson(value) {
	const stack = new WeakSet();
	try {
		return JSON.stringify(value, (_key, v) => {
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
function recordSeen(label, value) {
	if (recording) seen.push(`${label}: ${text(value)}`);
}
function scanned() {
	return { entries: seen.length, secrets: secrets.size };
}
function leaks() {
	return seen.filter((entry) => [...secrets].some((secret) => entry.includes(secret)));
}
function forgetEntriesWith(marker) {
	for (let i = seen.length - 1; i >= 0; i--) if (seen[i].includes(marker)) seen.splice(i, 1);
	secrets.delete(marker);
}
function entriesLabelled(prefix) {
	return seen.filter((entry) => entry.startsWith(prefix)).length;
}
//# sourceMappingURL=secrets.js.map
