'use strict';
Object.defineProperty(exports, '__esModule', { value: true });
exports.LeadDirectory = exports.VALUES_PER_SEARCH = void 0;
const leadSearch_1 = require('./leadSearch');
const valueConversion_1 = require('../values/valueConversion');
const transport_1 = require('../../transport');
exports.VALUES_PER_SEARCH = transport_1.MAX_PAGE_SIZE.leads;
function withCountryCode(stored, key, requested) {
	if (key.length > 10) return undefined;
	for (const [value, row] of stored) {
		if (requested.has(value)) continue;
		if (value.endsWith(key) && value.length - key.length <= 3) return row;
	}
	return undefined;
}
const norm = (value) => value.trim().toLowerCase();
class LeadDirectory {
	api;
	workspace;
	rows = new Map();
	turns = new Map();
	constructor(api, workspace) {
		this.api = api;
		this.workspace = workspace;
	}
	async storedForm(value) {
		const wire = (0, valueConversion_1.tryWireValue)(await this.workspace.identifierField(), value);
		return wire === undefined ? undefined : String(wire);
	}
	async prefetch(keys, inFlight) {
		const last = new Map();
		const wanted = new Set();
		keys.forEach((key, itemIndex) => {
			if (key === undefined) return;
			const value = norm(key.value);
			let finish = () => undefined;
			const finished = new Promise((resolve) => (finish = resolve));
			this.turns.set(itemIndex, { previous: last.get(value), finish });
			last.set(value, finished);
			if (key.lookUp && !this.rows.has(value)) wanted.add(value);
		});
		const unknown = [...wanted];
		const batches = [];
		for (let i = 0; i < unknown.length; i += exports.VALUES_PER_SEARCH)
			batches.push(unknown.slice(i, i + exports.VALUES_PER_SEARCH));
		let next = 0;
		const worker = async () => {
			while (next < batches.length) await this.lookUp(batches[next++]).catch(() => undefined);
		};
		await Promise.all(Array.from({ length: Math.min(inFlight, batches.length) }, worker));
	}
	async turn(itemIndex) {
		await this.turns.get(itemIndex)?.previous;
	}
	finished(itemIndex) {
		this.turns.get(itemIndex)?.finish();
	}
	async find(value, itemIndex) {
		const key = norm(value);
		if (!this.rows.has(key)) await this.lookUp([key], itemIndex).catch(() => undefined);
		return await this.rows.get(key);
	}
	async refresh(value, itemIndex) {
		const key = norm(value);
		await this.lookUp([key], itemIndex);
		return await this.rows.get(key);
	}
	async findMany(values, inFlight) {
		const keys = [...new Set(values.map(norm))];
		const batches = [];
		for (let i = 0; i < keys.length; i += exports.VALUES_PER_SEARCH)
			batches.push(keys.slice(i, i + exports.VALUES_PER_SEARCH));
		const found = new Map();
		let next = 0;
		const worker = async () => {
			while (next < batches.length)
				for (const [key, row] of await this.search(batches[next++])) found.set(key, row);
		};
		await Promise.all(Array.from({ length: Math.min(inFlight, batches.length) }, worker));
		const byValue = new Map();
		for (const value of values) {
			const row = found.get(norm(value));
			if (row) byValue.set(value, row);
		}
		return byValue;
	}
	async known(value) {
		return await this.rows.get(norm(value))?.catch(() => undefined);
	}
	remember(value, leadId) {
		this.rows.set(norm(value), Promise.resolve({ lead_id: leadId }));
	}
	async lookUp(keys, itemIndex) {
		const found = this.search(keys, itemIndex);
		for (const key of keys) {
			const row = found.then((byKey) => byKey.get(key));
			row.catch(() => undefined);
			this.rows.set(key, row);
		}
		await found;
	}
	async search(keys, itemIndex) {
		const identifier = await this.workspace.identifierField();
		const body = { fields: { [identifier.apiName]: keys } };
		const rows = await (0, leadSearch_1.searchLeads)(this.api, body, Infinity, itemIndex);
		const stored = new Map();
		for (const row of rows) {
			const value = row.fields?.[identifier.apiName];
			const key = norm(
				String((0, valueConversion_1.tryWireValue)(identifier, value) ?? value ?? ''),
			);
			if (!stored.has(key)) stored.set(key, row);
		}
		const phone = (0, valueConversion_1.fieldKind)(identifier.type) === 'phone';
		const requested = new Set(keys);
		const byKey = new Map();
		for (const key of keys) {
			const row = stored.get(key) ?? (phone ? withCountryCode(stored, key, requested) : undefined);
			if (row) byKey.set(key, row);
		}
		return byKey;
	}
}
exports.LeadDirectory = LeadDirectory;
//# sourceMappingURL=leadDirectory.js.map
