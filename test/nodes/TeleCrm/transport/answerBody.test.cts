import {
	AnswerCutError,
	AnswerTooLargeError,
	ERROR_PREFIX_BYTES,
	MAX_ANSWER_BYTES,
	readAnswer,
} from '../../../../nodes/TeleCrm/transport/answerBody';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Readable } from 'node:stream';
import * as zlib from 'node:zlib';

const bytes = (text: string) => new TextEncoder().encode(text);

/**
 * A body stream as n8n's request helper hands it over: axios wraps the response in
 * `Readable.from` of an async generator (its maxContentLength check), so this does too.
 * `thenWait`: after its chunks the body stalls, as a slow server's would.
 */
function bodyStream(chunks: () => Iterable<Uint8Array>, thenWait = false): Readable {
	async function* body() {
		yield* chunks();
		if (thenWait) await new Promise<void>(() => {});
	}
	return Readable.from(body(), { objectMode: false });
}

const open = () => new AbortController().signal;

describe('readAnswer', () => {
	it('reads a stream to its end and parses its JSON, a character split across chunks too', async () => {
		const whole = bytes('{"name":"Jösé"}');
		const body = bodyStream(() => [whole.slice(0, 11), whole.slice(11)]);
		await expect(readAnswer(body, open())).resolves.toEqual({ name: 'Jösé' });
	});

	it('keeps a body that is not JSON as text', async () => {
		await expect(
			readAnswer(
				bodyStream(() => [bytes('<h1>Bad Gateway</h1>')]),
				open(),
			),
		).resolves.toBe('<h1>Bad Gateway</h1>');
	});

	it('stops an endless body at the bound and says so', async () => {
		const chunk = new Uint8Array(64 * 1024);
		let sent = 0;
		const body = bodyStream(function* () {
			for (;;) {
				sent += chunk.byteLength;
				yield chunk;
			}
		});
		await expect(readAnswer(body, open())).rejects.toBeInstanceOf(AnswerTooLargeError);
		expect(sent).toBeLessThanOrEqual(MAX_ANSWER_BYTES + chunk.byteLength);
		expect(body.destroyed).toBe(true);
	});

	it('reads only the start of an error answer, however long it is', async () => {
		const chunk = bytes('<p>Internal error</p>'.repeat(1000));
		let sent = 0;
		const body = bodyStream(function* () {
			for (;;) {
				sent += chunk.byteLength;
				yield chunk;
			}
		});
		const text = (await readAnswer(body, open(), 'prefix')) as string;
		expect(text.startsWith('<p>Internal error</p>')).toBe(true);
		expect(text).toHaveLength(ERROR_PREFIX_BYTES);
		expect(sent).toBeLessThan(ERROR_PREFIX_BYTES + 2 * chunk.byteLength);
		expect(body.destroyed).toBe(true);
		expect(await readAnswer('x'.repeat(MAX_ANSWER_BYTES * 2), open(), 'prefix')).toHaveLength(
			ERROR_PREFIX_BYTES,
		);
	});

	it('stops reading when the signal aborts (deadline or Stop)', async () => {
		const controller = new AbortController();
		const body = bodyStream(() => [bytes('{"partial":')], true);
		const reading = readAnswer(body, controller.signal);
		controller.abort(new Error('deadline'));
		await expect(reading).rejects.toBeInstanceOf(AnswerCutError);
		expect(body.destroyed).toBe(true);
	});

	it('says the answer was cut when the connection drops mid-body, or was closed before', async () => {
		async function* dropped() {
			yield bytes('{"partial":');
			throw new Error('socket hang up');
		}
		const body = Readable.from(dropped(), { objectMode: false });
		await expect(readAnswer(body, open())).rejects.toBeInstanceOf(AnswerCutError);
		const closed = bodyStream(() => [bytes('{}')]);
		closed.destroy();
		await expect(readAnswer(closed, open())).rejects.toBeInstanceOf(AnswerCutError);
	});

	it('takes the other shapes n8n may hand over: text, bytes, an object already parsed', async () => {
		await expect(readAnswer('{"a":1}', open())).resolves.toEqual({ a: 1 });
		await expect(readAnswer(bytes('{"a":2}'), open())).resolves.toEqual({ a: 2 });
		await expect(readAnswer({ a: 3 }, open())).resolves.toEqual({ a: 3 });
		await expect(readAnswer(undefined, open())).resolves.toBeUndefined();
		await expect(readAnswer('x'.repeat(MAX_ANSWER_BYTES + 1), open())).rejects.toBeInstanceOf(
			AnswerTooLargeError,
		);
	});

	it('reads a real HTTP answer as n8n 1.x hands it over: the response, or its gunzip stream', async () => {
		const text = JSON.stringify({ name: 'Jösé €' });
		const server = http.createServer((req, res) => {
			const gzip = req.url === '/gzip';
			res.writeHead(200, gzip ? { 'Content-Encoding': 'gzip' } : {});
			const body = gzip ? zlib.gzipSync(text) : Buffer.from(text);
			// One byte per write: characters split across chunks.
			let at = 0;
			const next = () => (at < body.length ? res.write(body.subarray(at, ++at), next) : res.end());
			next();
		});
		await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
		const { port } = server.address() as AddressInfo;
		const get = async (path: string) =>
			await new Promise<http.IncomingMessage>((answered) => http.get({ port, path }, answered));
		try {
			await expect(readAnswer(await get('/plain'), open())).resolves.toEqual(JSON.parse(text));
			const gzipped = (await get('/gzip')).pipe(zlib.createGunzip());
			await expect(readAnswer(gzipped, open())).resolves.toEqual(JSON.parse(text));
		} finally {
			server.close();
		}
	});
});
