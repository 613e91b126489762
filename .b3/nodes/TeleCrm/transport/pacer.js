'use strict';
Object.defineProperty(exports, '__esModule', { value: true });
exports.Pacer = void 0;
const n8n_workflow_1 = require('n8n-workflow');
class Pacer {
	perHour;
	next = 0;
	intervalMs;
	constructor(perHour) {
		this.perHour = perHour;
		this.intervalMs = 3_600_000 / perHour;
	}
	async turn() {
		const now = Date.now();
		const at = Math.max(now, this.next);
		this.next = at + this.intervalMs;
		if (at > now) await (0, n8n_workflow_1.sleep)(at - now);
	}
}
exports.Pacer = Pacer;
//# sourceMappingURL=pacer.js.map
