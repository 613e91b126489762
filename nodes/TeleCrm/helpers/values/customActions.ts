/** telecrm lists custom actions as `ACTION_1001`; Sync payloads want the bare `1001`. */
export function bareActionCode(code: string): string {
	return String(code)
		.trim()
		.replace(/^ACTION_/i, '');
}

/** The metadata endpoint wants the full, case-sensitive `ACTION_<n>` form. */
export function fullActionCode(code: string): string {
	return `ACTION_${bareActionCode(code)}`;
}

/** Built-in timeline types (searchable, not writable); custom actions are added live. */
export const BUILT_IN_ACTION_TYPES = [
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

export const PAYMENT = 'PAYMENT';
export const PAYMENT_STATUSES = [
	'PENDING',
	'COMPLETED',
	'FAILED',
	'REFUNDED',
	'CANCELLED',
	'PROCESSING',
];
export const CURRENCIES = [
	'INR',
	'USD',
	'PKR',
	'AED',
	'QAR',
	'SAR',
	'MYR',
	'AUD',
	'CAD',
	'SGD',
	'XOF',
];
