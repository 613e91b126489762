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
exports.ScriptedServer = void 0;
const http = __importStar(require('node:http'));
class ScriptedServer {
	script;
	requests = [];
	server;
	constructor(script) {
		this.script = script;
	}
	get baseUrl() {
		const address = this.server?.address();
		if (!address || typeof address === 'string') throw new Error('server not started');
		return `http://127.0.0.1:${address.port}`;
	}
	setScript(script) {
		this.script = script;
	}
	async start() {
		this.server = http.createServer((req, res) => this.handle(req, res));
		await new Promise((resolve) => this.server.listen(0, '127.0.0.1', resolve));
		return this;
	}
	async stop() {
		if (!this.server) return;
		this.server.closeAllConnections();
		await new Promise((resolve) => this.server.close(() => resolve()));
	}
	handle(req, res) {
		const chunks = [];
		req.on('data', (chunk) => chunks.push(chunk));
		req.on('end', () => {
			const text = Buffer.concat(chunks).toString('utf8');
			const url = new URL(req.url ?? '/', 'http://localhost');
			const recorded = {
				method: req.method ?? 'GET',
				url: req.url ?? '/',
				path: url.pathname,
				query: Object.fromEntries(url.searchParams),
				headers: req.headers,
				body: text ? safeJson(text) : undefined,
			};
			this.requests.push(recorded);
			const reply = this.script(recorded, this.requests.length - 1);
			const payload = reply.raw ?? (reply.body === undefined ? '' : JSON.stringify(reply.body));
			res.writeHead(reply.status, {
				'Content-Type': reply.raw !== undefined ? 'text/html' : 'application/json',
				...reply.headers,
			});
			res.end(payload);
		});
	}
}
exports.ScriptedServer = ScriptedServer;
function safeJson(text) {
	try {
		return JSON.parse(text);
	} catch {
		return text;
	}
}
//# sourceMappingURL=scriptedServer.cjs.map
