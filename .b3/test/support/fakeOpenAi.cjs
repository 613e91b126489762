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
exports.FakeOpenAi = void 0;
const http = __importStar(require('node:http'));
class FakeOpenAi {
	requests = [];
	server;
	script = () => ({ text: 'ok' });
	get baseUrl() {
		const address = this.server?.address();
		if (!address || typeof address === 'string') throw new Error('not started');
		return `http://127.0.0.1:${address.port}/v1`;
	}
	async start() {
		this.server = http.createServer((req, res) => {
			let text = '';
			req.on('data', (c) => (text += c.toString()));
			req.on('end', () => {
				const request = text ? JSON.parse(text) : {};
				this.requests.push(request);
				const turn = this.script(
					request,
					(request.messages ?? []).filter((m) => m.role === 'tool'),
				);
				const message =
					'tool' in turn
						? {
								role: 'assistant',
								content: null,
								tool_calls: [
									{
										id: `call_${this.requests.length}`,
										type: 'function',
										function: { name: turn.tool, arguments: JSON.stringify(turn.args) },
									},
								],
							}
						: { role: 'assistant', content: turn.text };
				const body = {
					id: `chatcmpl-${this.requests.length}`,
					object: 'chat.completion',
					created: Math.floor(Date.now() / 1000),
					model: 'gpt-4o-mini',
					choices: [{ index: 0, message, finish_reason: 'tool' in turn ? 'tool_calls' : 'stop' }],
					usage: { prompt_tokens: 10, completion_tokens: 5, total_tokens: 15 },
				};
				res.writeHead(200, { 'Content-Type': 'application/json' });
				res.end(JSON.stringify(body));
			});
		});
		await new Promise((resolve) => this.server.listen(0, '127.0.0.1', () => resolve()));
		return this;
	}
	async stop() {
		this.server?.closeAllConnections();
		await new Promise((resolve) => this.server?.close(() => resolve()) ?? resolve());
	}
}
exports.FakeOpenAi = FakeOpenAi;
//# sourceMappingURL=fakeOpenAi.cjs.map
