/**
 * The most a 2xx answer's body may hold, counted after gzip is inflated. telecrm's largest
 * answer is a page of 100 leads: 30 KiB in the sandbox's workspace, 2.6 MiB with 300 fields of
 * which 30 long texts; 8 MiB is three times that and parses in about 20 ms (docs/reliability.md).
 */
export const MAX_ANSWER_BYTES = 8 * 1024 * 1024;

/** What is read of an error answer (non-2xx): its envelope, or the start of its page. */
export const ERROR_PREFIX_BYTES = 64 * 1024;

import type { Redact } from './secrets';

/** A body that is JSON, parsed; any other body as it came. */
export function parseBody(body: unknown): unknown {
	if (typeof body !== 'string') return body;
	try {
		return JSON.parse(body);
	} catch {
		return body;
	}
}

/** Reading stopped: the answer grew past MAX_ANSWER_BYTES. */
export class AnswerTooLargeError extends Error {
	constructor() {
		super(`The answer was larger than ${MAX_ANSWER_BYTES / 1024 / 1024} MiB`);
		this.name = 'AnswerTooLargeError';
	}
}

/** The connection failed, or the attempt was aborted, while the body was being read. */
export class AnswerCutError extends Error {
	constructor(readonly reason: unknown) {
		super('The answer was cut off');
		this.name = 'AnswerCutError';
	}
}

/** The body as n8n's request helper hands it over with `encoding: 'stream'`. */
interface ByteStream extends AsyncIterable<Uint8Array | string> {
	destroy(error?: Error): unknown;
}

function isByteStream(body: unknown): body is ByteStream {
	const stream = body as Partial<ByteStream> | null;
	return (
		typeof stream?.[Symbol.asyncIterator] === 'function' && typeof stream.destroy === 'function'
	);
}

/** How much of a body is read: all of it up to MAX_ANSWER_BYTES, or only its first bytes. */
type Extent = 'whole' | 'prefix';

/**
 * The answer's body, read within the attempt's signal, its secrets redacted, then parsed as
 * JSON where it is JSON: a 2xx answer whole (up to MAX_ANSWER_BYTES, or AnswerTooLargeError),
 * an error answer's first ERROR_PREFIX_BYTES. Any shape n8n's helper may hand over: a stream
 * (as asked), or a string, bytes or an object already parsed.
 */
export async function readAnswer(
	body: unknown,
	signal: AbortSignal,
	extent: Extent = 'whole',
	redact: Redact = (text) => text,
): Promise<unknown> {
	if (isByteStream(body)) return parseBody(redact(await readStream(body, signal, extent)));
	if (body instanceof Uint8Array)
		return parseBody(redact(new TextDecoder().decode(fitted(body, extent))));
	if (typeof body === 'string') return parseBody(redact(fitted(body, extent)));
	return redactedObject(body, redact);
}

/** An answer n8n's helper parsed already: redacted through its JSON text, where it has one. */
function redactedObject(body: unknown, redact: Redact): unknown {
	if (body === null || typeof body !== 'object') return body;
	const text = JSON.stringify(body);
	const redacted = redact(text);
	return redacted === text ? body : parseBody(redacted);
}

/** A body already read whole: an error's prefix, or refused past the bound. */
function fitted<Body extends string | Uint8Array>(body: Body, extent: Extent): Body {
	if (extent === 'prefix') return body.slice(0, ERROR_PREFIX_BYTES) as Body;
	if (body.length > MAX_ANSWER_BYTES) throw new AnswerTooLargeError();
	return body;
}

/** Reads the stream to its end, or until the signal aborts it or it reaches its bound. */
async function readStream(
	stream: ByteStream,
	signal: AbortSignal,
	extent: Extent,
): Promise<string> {
	const stop = () => stream.destroy(new AnswerCutError(signal.reason));
	signal.addEventListener('abort', stop, { once: true });
	if (signal.aborted) stop();
	const read = await collectText(stream, extent).then(
		(text) => ({ text }),
		(error: unknown) => ({ error }),
	);
	signal.removeEventListener('abort', stop);
	stream.destroy();
	if ('text' in read) return read.text;
	if (read.error instanceof AnswerTooLargeError) throw read.error;
	throw read.error instanceof AnswerCutError ? read.error : new AnswerCutError(read.error);
}

/** The stream's bytes as text, counted as they come, up to the extent's bound. */
async function collectText(stream: ByteStream, extent: Extent): Promise<string> {
	const bound = extent === 'prefix' ? ERROR_PREFIX_BYTES : MAX_ANSWER_BYTES;
	const decoder = new TextDecoder();
	const parts: string[] = [];
	let bytes = 0;
	for await (const chunk of stream) {
		bytes += typeof chunk === 'string' ? chunk.length : chunk.byteLength;
		if (bytes > bound && extent === 'whole') throw new AnswerTooLargeError();
		parts.push(typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true }));
		if (extent === 'prefix' && bytes >= bound) break;
	}
	parts.push(decoder.decode());
	return parts.join('');
}
