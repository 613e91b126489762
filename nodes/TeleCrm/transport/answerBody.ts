/**
 * The most a 2xx answer's body may hold, counted after gzip is inflated. telecrm's largest
 * answer is a page of 100 leads: 30 KiB in the sandbox's workspace, 2.6 MiB with 300 fields of
 * which 30 long texts; 8 MiB is three times that and parses in about 20 ms (docs/reliability.md).
 */
export const MAX_ANSWER_BYTES = 8 * 1024 * 1024;

/** What is read of an error answer (non-2xx): its envelope, or the start of its page. */
export const ERROR_PREFIX_BYTES = 64 * 1024;

import type { Redact } from './secrets';

const decoder = new TextDecoder();
const encoder = new TextEncoder();

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

/**
 * The body as n8n's request helper hands it over with `encoding: 'stream'`: a Node Readable,
 * read here in flowing mode (its events), which costs less per answer than its async iterator.
 */
interface ByteStream {
	readonly destroyed?: boolean;
	on(event: 'data', listener: (chunk: Uint8Array | string) => void): unknown;
	on(event: 'end' | 'close', listener: () => void): unknown;
	on(event: 'error', listener: (error: unknown) => void): unknown;
	destroy(error?: Error): unknown;
}

function isByteStream(body: unknown): body is ByteStream {
	const stream = body as Partial<ByteStream> | null;
	return typeof stream?.on === 'function' && typeof stream.destroy === 'function';
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
	if (body instanceof Uint8Array) return parseBody(redact(decoder.decode(fitted(body, extent))));
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

/** Bytes received in chunks, as one text (a character split across chunks decoded whole). */
function textOf(chunks: Uint8Array[], bytes: number): string {
	if (chunks.length === 1) return decoder.decode(chunks[0]);
	const whole = new Uint8Array(bytes);
	let offset = 0;
	for (const chunk of chunks) {
		whole.set(chunk, offset);
		offset += chunk.byteLength;
	}
	return decoder.decode(whole);
}

/**
 * Reads the stream to its end, or until the signal aborts it (AnswerCutError) or it passes its
 * bound: AnswerTooLargeError for a whole answer, the text so far for a prefix.
 */
async function readStream(
	stream: ByteStream,
	signal: AbortSignal,
	extent: Extent,
): Promise<string> {
	const bound = extent === 'prefix' ? ERROR_PREFIX_BYTES : MAX_ANSWER_BYTES;
	const chunks: Uint8Array[] = [];
	let bytes = 0;
	return await new Promise<string>((resolve, reject) => {
		let settled = false;
		const settle = (finish: () => void) => {
			if (settled) return;
			settled = true;
			signal.removeEventListener('abort', cut);
			stream.destroy();
			finish();
		};
		const done = () => settle(() => resolve(textOf(chunks, bytes)));
		const fail = (error: unknown) => settle(() => reject(asReadError(error)));
		const cut = () => fail(new AnswerCutError(signal.reason));
		stream.on('data', (chunk) => {
			const data = typeof chunk === 'string' ? encoder.encode(chunk) : chunk;
			bytes += data.byteLength;
			if (bytes > bound && extent === 'whole') return fail(new AnswerTooLargeError());
			if (extent === 'whole' || bytes < bound) return void chunks.push(data);
			// A prefix: its last chunk cut at the bound, as a body read whole is (fitted).
			chunks.push(data.subarray(0, data.byteLength - (bytes - bound)));
			bytes = bound;
			done();
		});
		stream.on('end', done);
		stream.on('error', fail);
		// Closed before its end: the connection dropped (checked first: an error has a stack to build).
		stream.on(
			'close',
			() => settled || fail(new AnswerCutError(new Error('The connection closed'))),
		);
		signal.addEventListener('abort', cut, { once: true });
		if (signal.aborted || stream.destroyed) cut();
	});
}

/** What a failed read throws: too large as it is, anything else as a cut answer. */
function asReadError(error: unknown): Error {
	if (error instanceof AnswerTooLargeError || error instanceof AnswerCutError) return error;
	return new AnswerCutError(error);
}
