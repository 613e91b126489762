'use strict';
var __createBinding =
	(this && this.__createBinding) ||
	(Object.create
		? function (o, m, k, k2) {
				if (k2 === undefined) k2 = k;
				var desc = Object.getOwnPropertyDescriptor(m, k);
				if (!desc || ('get' in desc ? !m.__esModule : desc.writable || desc.configurable)) {
					desc = {
						enumerable: true,
						get: function () {
							return m[k];
						},
					};
				}
				Object.defineProperty(o, k2, desc);
			}
		: function (o, m, k, k2) {
				if (k2 === undefined) k2 = k;
				o[k2] = m[k];
			});
var __setModuleDefault =
	(this && this.__setModuleDefault) ||
	(Object.create
		? function (o, v) {
				Object.defineProperty(o, 'default', { enumerable: true, value: v });
			}
		: function (o, v) {
				o['default'] = v;
			});
var __importStar =
	(this && this.__importStar) ||
	(function () {
		var ownKeys = function (o) {
			ownKeys =
				Object.getOwnPropertyNames ||
				function (o) {
					var ar = [];
					for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
					return ar;
				};
			return ownKeys(o);
		};
		return function (mod) {
			if (mod && mod.__esModule) return mod;
			var result = {};
			if (mod != null)
				for (var k = ownKeys(mod), i = 0; i < k.length; i++)
					if (k[i] !== 'default') __createBinding(result, mod, k[i]);
			__setModuleDefault(result, mod);
			return result;
		};
	})();
Object.defineProperty(exports, '__esModule', { value: true });
exports.Faults = void 0;
exports.answerWithFault = answerWithFault;
const timers = __importStar(require('node:timers/promises'));
class Faults {
	queue = [];
	log = { injected: 0, byKind: {} };
	add(...faults) {
		for (const f of faults) this.queue.push({ ...f, left: f.times ?? 1, skipLeft: f.skip ?? 0 });
	}
	clear() {
		this.queue = [];
	}
	take(route, after) {
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
exports.Faults = Faults;
async function answerWithFault(res, fault) {
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
			const headers = { 'Content-Type': 'application/json' };
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
//# sourceMappingURL=faults.cjs.map
