'use strict';
Object.defineProperty(exports, '__esModule', { value: true });
exports.pickMapped = pickMapped;
function pickMapped({ mapper, item }, columns) {
	const removed = new Set((mapper.schema ?? []).filter((c) => c.removed).map((c) => c.id));
	const source = mapper.mappingMode === 'autoMapInputData' ? item : (mapper.value ?? {});
	const picked = {};
	for (const [key, value] of Object.entries(source)) {
		if (columns.includes(key) && !removed.has(key)) picked[key] = value;
	}
	return picked;
}
//# sourceMappingURL=mapper.js.map
