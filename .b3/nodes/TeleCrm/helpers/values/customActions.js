'use strict';
Object.defineProperty(exports, '__esModule', { value: true });
exports.CURRENCIES =
	exports.PAYMENT_STATUSES =
	exports.PAYMENT =
	exports.BUILT_IN_ACTION_TYPES =
		void 0;
exports.bareActionCode = bareActionCode;
exports.fullActionCode = fullActionCode;
function bareActionCode(code) {
	return String(code)
		.trim()
		.replace(/^ACTION_/i, '');
}
function fullActionCode(code) {
	return `ACTION_${bareActionCode(code)}`;
}
exports.BUILT_IN_ACTION_TYPES = [
	'PAYMENT',
	'INCOMING_CALL',
	'OUTGOING_CALL',
	'MISSED_CALL',
	'CALL_ACTION',
	'INCOMING_WHATSAPP_MSG',
	'LEAD_ASSIGNMENT',
	'MAQSAM_INCOMING_CALL',
	'MAQSAM_OUTGOING_CALL',
	'IVR_INCOMING_CALL',
	'IVR_OUTGOING_CALL',
	'MCUBE_INCOMING_CALL',
	'MCUBE_OUTGOING_CALL',
	'KNOWLARITY_INCOMING_CALL',
	'KNOWLARITY_OUTGOING_CALL',
	'CALLER_DESK_INCOMING_CALL',
];
exports.PAYMENT = 'PAYMENT';
exports.PAYMENT_STATUSES = [
	'PENDING',
	'COMPLETED',
	'FAILED',
	'REFUNDED',
	'CANCELLED',
	'PROCESSING',
];
exports.CURRENCIES = ['INR', 'USD', 'PKR', 'AED', 'QAR', 'SAR', 'MYR', 'AUD', 'CAD', 'SGD', 'XOF'];
//# sourceMappingURL=customActions.js.map
