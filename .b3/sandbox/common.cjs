'use strict';
Object.defineProperty(exports, '__esModule', { value: true });
exports.badRequest = exports.ApiError = void 0;
exports.paging = paging;
exports.page = page;
exports.window = window;
exports.objectBody = objectBody;
exports.anyOf = anyOf;
exports.isBool = isBool;
const validation_cjs_1 = require('./validation.cjs');
class ApiError extends Error {
	status;
	code;
	details;
	constructor(status, code, message, details) {
		super(message);
		this.status = status;
		this.code = code;
		this.details = details;
	}
	envelope() {
		return {
			error: {
				code: this.code,
				message: this.message,
				...(this.details ? { details: this.details } : {}),
			},
		};
	}
}
exports.ApiError = ApiError;
const badRequest = (message, details) => new ApiError(400, 'BAD_REQUEST', message, details);
exports.badRequest = badRequest;
function paging(query, max) {
	const limit = query.limit === undefined ? 10 : Number(query.limit);
	const skip = query.skip === undefined ? 0 : Number(query.skip);
	if (!Number.isInteger(limit) || limit < 1 || limit > max)
		throw (0, exports.badRequest)(`Limit should be between 1 and ${max}`);
	if (!Number.isInteger(skip) || skip < 0)
		throw (0, exports.badRequest)('Skip should be a non-negative integer');
	return { skip, limit };
}
function page(rows, { skip, limit }) {
	return { data: rows.slice(skip, skip + limit), total_count: rows.length, skip, limit };
}
function window(value, name) {
	if (!value || typeof value !== 'object' || Array.isArray(value))
		throw (0, exports.badRequest)(`Invalid filter: ${name} must be {from, to}`);
	const { from, to, ...rest } = value;
	if (Object.keys(rest).length || (from === undefined && to === undefined)) {
		throw (0, exports.badRequest)(`Invalid filter: ${name} must be {from, to}`);
	}
	const start = from === undefined ? -Infinity : (0, validation_cjs_1.parseDate)(from);
	const end = to === undefined ? Infinity : (0, validation_cjs_1.parseDate)(to);
	if (start === undefined || end === undefined) {
		throw (0, exports.badRequest)(
			`Invalid filter: ${name} bounds must be epoch milliseconds or dd/mm/yyyy hh:mm:ss`,
		);
	}
	return (t) => t >= start && t <= end;
}
function objectBody(body, what = 'Request body') {
	if (body === undefined) return {};
	if (!body || typeof body !== 'object' || Array.isArray(body))
		throw (0, exports.badRequest)(`${what} must be a JSON object`);
	return body;
}
function anyOf(value) {
	return Array.isArray(value) ? value : [value];
}
function isBool(value) {
	return value === 'true' || value === '1';
}
//# sourceMappingURL=common.cjs.map
