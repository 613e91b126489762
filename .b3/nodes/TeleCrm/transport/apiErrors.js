'use strict';
Object.defineProperty(exports, '__esModule', { value: true });
exports.ASYNC_HINTS = void 0;
exports.isNodeApiError = isNodeApiError;
exports.hasHttpCode = hasHttpCode;
exports.isNodeError = isNodeError;
exports.asNodeError = asNodeError;
exports.parseBody = parseBody;
exports.plainText = plainText;
exports.toApiError = toApiError;
exports.malformedAnswer = malformedAnswer;
exports.socketCode = socketCode;
exports.noAnswerText = noAnswerText;
exports.networkError = networkError;
exports.isAnswerLost = isAnswerLost;
exports.markAnswerLost = markAnswerLost;
const n8n_workflow_1 = require('n8n-workflow');
function isNodeApiError(error) {
	return error instanceof Error && error.name === 'NodeApiError';
}
function hasHttpCode(error, httpCode) {
	return isNodeApiError(error) && error.httpCode === httpCode;
}
function isNodeError(error) {
	return isNodeApiError(error) || (error instanceof Error && error.name === 'NodeOperationError');
}
function asNodeError(node, error, itemIndex) {
	if (isNodeError(error)) return error;
	return new n8n_workflow_1.NodeOperationError(node, error, { itemIndex });
}
const HINTS = {
	NOT_AUTHORIZED:
		'Check the TeleCRM credential: it needs a token of type Sync (Async tokens are refused) that has not been deleted. Create one under Settings > Website and API > API token.',
	ENTERPRISE_NOT_FOUND:
		'Check the Enterprise ID in the TeleCRM credential (Settings > Website and API).',
	LEAD_NOT_FOUND: 'Check the lead ID; IDs come from Create Lead or Search Leads.',
	LEAD_ALREADY_EXISTS:
		'A lead with this identifier exists already. Use the operation "Create or Update" to update it instead.',
	INVALID_LEAD:
		'The lead identifier cannot be changed through the API; leave it out of the update.',
	BUY_LICENSE: 'No free licence seat: free one in TeleCRM or buy more seats.',
};
exports.ASYNC_HINTS = {
	NOT_AUTHORIZED:
		'Check the TeleCRM Async API credential: it needs a token of type Async (Sync tokens are refused) that has not been deleted. Create one under Settings > Website and API > API token.',
	ENTERPRISE_NOT_FOUND:
		'Check the Enterprise ID in the TeleCRM Async API credential (Settings > Website and API).',
};
function parseBody(body) {
	if (typeof body !== 'string') return body;
	try {
		return JSON.parse(body);
	} catch {
		return body;
	}
}
function plainText(body) {
	const text = body
		.replace(/<(script|style)[^>]*>[\s\S]*?<\/\1>/gi, ' ')
		.replace(/<[^>]+>/g, ' ')
		.replace(/\s+/g, ' ')
		.trim();
	return text.length > 200 ? text.slice(0, 200) + '…' : text;
}
function toApiError(node, res, itemIndex, ownHints = {}) {
	const hints = { ...HINTS, ...ownHints };
	const body = parseBody(res.body);
	const envelope = body?.error;
	const status = String(res.statusCode);
	let code = `HTTP_${status}`;
	let message;
	let details = [];
	if (envelope && typeof envelope === 'object') {
		code = String(envelope.code ?? code);
		message = String(envelope.message ?? 'No message');
		details = Array.isArray(envelope.details) ? envelope.details : [];
	} else if (typeof body === 'string' && body.trim()) {
		message = `HTTP ${status} with a non-JSON answer: ${plainText(body)}`;
	} else {
		message = `HTTP ${status} with an empty or unexpected answer`;
	}
	const descriptionParts = details.map(
		(d) => `${String(d.field ?? '')}: ${String(d.message ?? '')}`,
	);
	if (hints[code]) descriptionParts.push(hints[code]);
	if (code === 'NOT_AUTHORIZED' && /enterprise/i.test(message))
		descriptionParts.push(hints.ENTERPRISE_NOT_FOUND);
	return new n8n_workflow_1.NodeApiError(
		node,
		{ code, message, details, httpCode: status },
		{
			message: `TeleCRM ${code}: ${message}`,
			description: descriptionParts.join('\n') || undefined,
			httpCode: status,
			itemIndex,
		},
	);
}
function malformedAnswer(node, res, itemIndex) {
	return new n8n_workflow_1.NodeApiError(
		node,
		{ code: 'MALFORMED_RESPONSE' },
		{
			message: `TeleCRM answered HTTP ${res.statusCode} without a readable JSON object`,
			description: typeof res.body === 'string' ? plainText(res.body) : undefined,
			httpCode: String(res.statusCode),
			itemIndex,
		},
	);
}
const UNREACHABLE = new Set([
	'ECONNREFUSED',
	'ENOTFOUND',
	'EAI_AGAIN',
	'EHOSTUNREACH',
	'ENETUNREACH',
]);
function socketCode(error) {
	const cause = error;
	return cause.code ?? cause.cause?.code ?? 'NETWORK_ERROR';
}
function noAnswerText(code, baseUrl) {
	if (UNREACHABLE.has(code)) {
		return {
			message: `TeleCRM could not be reached at ${baseUrl}`,
			description: `Nothing answered at that address (${code}). Check the Base URL in the TeleCRM credential (leave it empty for TeleCRM itself), and that this n8n can reach it.`,
		};
	}
	return {
		message: 'TeleCRM did not answer',
		description: `No answer (${code}): the network failed, or TeleCRM took longer than the timeout (Options). Check the Base URL in the credential and your network.`,
	};
}
function networkError(node, error, baseUrl, itemIndex) {
	const code = socketCode(error);
	return new n8n_workflow_1.NodeApiError(
		node,
		{ code: 'NO_ANSWER', cause: code },
		{
			...noAnswerText(code, baseUrl),
			itemIndex,
		},
	);
}
function isAnswerLost(error) {
	return isNodeApiError(error) && error.context?.answerLost === true;
}
function markAnswerLost(error, lost) {
	if (lost) error.context.answerLost = true;
	return error;
}
//# sourceMappingURL=apiErrors.js.map
