'use strict';
Object.defineProperty(exports, '__esModule', { value: true });
exports.RETRY_POLICY =
	exports.Pacer =
	exports.TeleCrmApi =
	exports.ASYNC_API =
	exports.requestAllPages =
	exports.MAX_PAGE_SIZE =
	exports.createOnce =
	exports.isNodeApiError =
	exports.isAnswerLost =
	exports.hasHttpCode =
	exports.asNodeError =
		void 0;
var apiErrors_1 = require('./apiErrors');
Object.defineProperty(exports, 'asNodeError', {
	enumerable: true,
	get: function () {
		return apiErrors_1.asNodeError;
	},
});
Object.defineProperty(exports, 'hasHttpCode', {
	enumerable: true,
	get: function () {
		return apiErrors_1.hasHttpCode;
	},
});
Object.defineProperty(exports, 'isAnswerLost', {
	enumerable: true,
	get: function () {
		return apiErrors_1.isAnswerLost;
	},
});
Object.defineProperty(exports, 'isNodeApiError', {
	enumerable: true,
	get: function () {
		return apiErrors_1.isNodeApiError;
	},
});
var createOnce_1 = require('./createOnce');
Object.defineProperty(exports, 'createOnce', {
	enumerable: true,
	get: function () {
		return createOnce_1.createOnce;
	},
});
var pagination_1 = require('./pagination');
Object.defineProperty(exports, 'MAX_PAGE_SIZE', {
	enumerable: true,
	get: function () {
		return pagination_1.MAX_PAGE_SIZE;
	},
});
Object.defineProperty(exports, 'requestAllPages', {
	enumerable: true,
	get: function () {
		return pagination_1.requestAllPages;
	},
});
var request_1 = require('./request');
Object.defineProperty(exports, 'ASYNC_API', {
	enumerable: true,
	get: function () {
		return request_1.ASYNC_API;
	},
});
Object.defineProperty(exports, 'TeleCrmApi', {
	enumerable: true,
	get: function () {
		return request_1.TeleCrmApi;
	},
});
var pacer_1 = require('./pacer');
Object.defineProperty(exports, 'Pacer', {
	enumerable: true,
	get: function () {
		return pacer_1.Pacer;
	},
});
var retryPolicy_1 = require('./retryPolicy');
Object.defineProperty(exports, 'RETRY_POLICY', {
	enumerable: true,
	get: function () {
		return retryPolicy_1.RETRY_POLICY;
	},
});
//# sourceMappingURL=index.js.map
