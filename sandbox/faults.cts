/**
 * Fault injection: a test queues faults; each matching request consumes one. A fault hits
 * before the request is handled (the server did nothing) or, with `after`, once the request
 * was processed (its answer is lost: the case that can duplicate a create).
 */
import type { ServerResponse } from 'node:http';
import * as timers from 'node:timers/promises';

type FaultKind =
	| 'status' // an error status with the telecrm envelope
	| 'html' // an error status with an HTML page (a proxy's)
	| 'empty' // a status with an empty body
	| 'malformed' // 200 with a body that is not JSON
	| 'drop' // the connection is destroyed without an answer
	| 'slow'; // the answer comes after `delayMs`

export interface Fault {
	kind: FaultKind;
	status?: number;
	/** Retry-After header value (seconds), for 429/503. */
	retryAfter?: string;
	/** More headers of a 'status' answer (a rate limit's `X-RateLimit-Limit`…). */
	headers?: Record<string, string>;
	delayMs?: number;
	/** Only requests whose "METHOD /path" (below /enterprise/{id}) matches. */
	match?: RegExp;
	/** Skip this many matching requests first (fault on the Nth only: skip N-1). */
	skip?: number;
	/** How many matching requests it hits (default 1). */
	times?: number;
	/** Apply after the request was processed, so its effect stays but the answer is lost. */
	after?: boolean;
}

export interface FaultLog {
	injected: number;
	byKind: Record<string, number>;
}

export class Faults {
	private queue: Array<Fault & { left: number; skipLeft: number }> = [];

	readonly log: FaultLog = { injected: 0, byKind: {} };

	add(...faults: Fault[]): void {
		for (const f of faults) this.queue.push({ ...f, left: f.times ?? 1, skipLeft: f.skip ?? 0 });
	}

	clear(): void {
		this.queue = [];
	}

	/** The fault for this request, if one is due (consumes it). */
	take(route: string, after: boolean): Fault | undefined {
		for (const fault of this.queue) {
			if (Boolean(fault.after) !== after || (fault.match && !fault.match.test(route))) continue;
			if (fault.skipLeft > 0) {
				fault.skipLeft--;
				continue;
			}
			fault.left--;
			if (fault.left <= 0) this.queue.splice(this.queue.indexOf(fault), 1);
			this.log.injected++;
			const key =
				fault.kind === 'status' || fault.kind === 'html'
					? `${fault.kind} ${fault.status ?? 503}`
					: fault.kind;
			this.log.byKind[key] = (this.log.byKind[key] ?? 0) + 1;
			return fault;
		}
		return undefined;
	}
}

/** Writes the fault's answer. Returns false for 'slow', whose real answer follows the delay. */
export async function answerWithFault(res: ServerResponse, fault: Fault): Promise<boolean> {
	const status = fault.status ?? 503;
	switch (fault.kind) {
		case 'slow':
			await timers.setTimeout(fault.delayMs ?? 5000);
			return false;
		case 'drop':
			res.socket?.destroy();
			return true;
		case 'html':
			res.writeHead(status, { 'Content-Type': 'text/html' });
			res.end(`<html><body><h1>${status} Service error</h1><p>upstream proxy</p></body></html>`);
			return true;
		case 'empty':
			res.writeHead(status, { 'Content-Length': '0' });
			res.end();
			return true;
		case 'malformed':
			res.writeHead(200, { 'Content-Type': 'application/json' });
			res.end('{"data": [ {"lead_id": ');
			return true;
		case 'status': {
			const headers: Record<string, string> = {
				'Content-Type': 'application/json',
				...fault.headers,
			};
			if (fault.retryAfter !== undefined) headers['Retry-After'] = fault.retryAfter;
			res.writeHead(status, headers);
			res.end(
				JSON.stringify({
					error: {
						code: status === 429 ? 'TOO_MANY_REQUESTS' : 'SERVICE_UNAVAILABLE',
						message: `Injected ${status}`,
					},
				}),
			);
			return true;
		}
	}
}
