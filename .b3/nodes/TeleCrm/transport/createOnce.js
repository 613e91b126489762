'use strict';
Object.defineProperty(exports, '__esModule', { value: true });
exports.RECOVERED_NOTE = void 0;
exports.createOnce = createOnce;
const apiErrors_1 = require('./apiErrors');
exports.RECOVERED_NOTE =
	'The answer to the create request was lost; what it created was found afterwards, so nothing was created twice. Remarks and action outcomes of that request are unknown.';
async function createOnce(api, request, findExisting) {
	const send = async () => await api.request({ ...request, idempotent: false });
	try {
		return await send();
	} catch (error) {
		if (!(0, apiErrors_1.isAnswerLost)(error))
			throw (0, apiErrors_1.asNodeError)(api.ctx.getNode(), error, request.itemIndex);
		const existing = await findExisting();
		if (existing) return { ...existing, recovered: exports.RECOVERED_NOTE };
		return await send();
	}
}
//# sourceMappingURL=createOnce.js.map
