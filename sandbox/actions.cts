/** Action endpoints (docs/telecrm-api.md §6) and the per-action rules shared with lead create. */
import type { Handler, Request } from './common.cjs';
import { anyOf, ApiError, badRequest, objectBody, page, paging, window } from './common.cjs';
import { findLead } from './leadIndex.cjs';
import type { ActionRecord, CustomActionDef, LeadRecord, State } from './state.cjs';
import { CURRENCIES, hexId, PAYMENT_STATUSES } from './state.cjs';
import { checkValue, parseDate } from './validation.cjs';

export interface Remark {
	field: string;
	status: 'IGNORED';
	remark: string;
}

const NOT_WRITABLE = 'Only custom actions and payment actions can be created';
const MAX_BATCH = 100;

function customActionByCode(state: State, bare: string): CustomActionDef | undefined {
	return state.customActions.find((a) => a.code === `ACTION_${bare}`);
}

function isWritableType(state: State, type: unknown): boolean {
	return (
		type === 'PAYMENT' ||
		(typeof type === 'string' && /^\d+$/.test(type) && !!customActionByCode(state, type))
	);
}

function memberEmail(state: State, id: string | null): string | null {
	return id === null ? null : (state.members.find((m) => m.id === id)?.email ?? null);
}

/** The wire shape of a custom or payment action (GET action, update answer). */
function actionBody(action: ActionRecord) {
	if (action.type === 'PAYMENT') {
		return {
			type: 'PAYMENT',
			status: action.status,
			currency: action.currency,
			amount: action.amount,
			...(action.paymentid ? { paymentid: action.paymentid } : {}),
		};
	}
	return action.fields ? { type: action.type, fields: action.fields } : { type: action.type };
}

/** A timeline entry as search and the GET-lead slice return it (IDs and time added). */
export function timelineEntry(state: State, action: ActionRecord) {
	return {
		action_id: action.id,
		...actionBody(action),
		created_on: action.created_on,
		performed_by: memberEmail(state, action.performed_by),
	};
}

/** Custom-action fields against the definition's schema; remarks under `prefix`. */
function checkActionFields(
	def: CustomActionDef,
	fields: unknown,
	prefix: string,
	remarks: Remark[],
): Record<string, unknown> | undefined {
	const at = (path: string) => (prefix ? `${prefix}.${path}` : path);
	if (fields === undefined) return {};
	if (!fields || typeof fields !== 'object' || Array.isArray(fields)) {
		remarks.push({ field: at('fields'), status: 'IGNORED', remark: 'fields must be an object' });
		return undefined;
	}
	const stored: Record<string, unknown> = {};
	let valid = true;
	for (const [key, value] of Object.entries(fields)) {
		const schema = def.fieldSchema[key];
		const check = schema
			? checkValue(schema.type, value, {
					options: schema.options,
					addOption: (o) => schema.options?.push(o),
				})
			: ({ ok: false, remark: `Unknown field for ${def.displayName}` } as const);
		if (check.ok) stored[key] = check.value;
		else {
			valid = false;
			remarks.push({ field: at(`fields.${key}`), status: 'IGNORED', remark: check.remark });
		}
	}
	return valid ? stored : undefined;
}

function checkPayment(
	action: Record<string, unknown>,
	prefix: string,
	remarks: Remark[],
): Partial<ActionRecord> | undefined {
	const before = remarks.length;
	const fail = (field: string, remark: string) =>
		remarks.push({ field: `${prefix}.${field}`, status: 'IGNORED', remark });
	if (!PAYMENT_STATUSES.includes(action.status as string))
		fail('status', `status must be one of ${PAYMENT_STATUSES.join(', ')}`);
	if (!CURRENCIES.includes(action.currency as string))
		fail('currency', `currency must be one of ${CURRENCIES.join(', ')}`);
	if (
		typeof action.amount !== 'string' ||
		!/^\d+(\.\d+)?$/.test(action.amount) ||
		Number(action.amount) <= 0
	) {
		fail('amount', 'amount must be a numeric string greater than 0');
	}
	if (action.paymentid !== undefined && typeof action.paymentid !== 'string')
		fail('paymentid', 'paymentid must be a string');
	if (remarks.length > before) return undefined;
	return {
		status: action.status as string,
		currency: action.currency as string,
		amount: action.amount as string,
		...(action.paymentid ? { paymentid: action.paymentid as string } : {}),
	};
}

/**
 * One requested action: a record to store, or undefined with remarks explaining why it
 * is IGNORED. Any invalid part ignores the whole action; the lead is untouched by it.
 */
function checkNewAction(
	state: State,
	raw: unknown,
	index: number,
	now: number,
	remarks: Remark[],
): ActionRecord | undefined {
	const prefix = `actions[${index}]`;
	const ignore = (remark: string, field = prefix) => {
		remarks.push({ field, status: 'IGNORED', remark });
		return undefined;
	};
	if (!raw || typeof raw !== 'object' || Array.isArray(raw))
		return ignore('Action must be an object');
	const action = raw as Record<string, unknown>;
	const type = action.type;
	if (typeof type !== 'string' || !type) return ignore('type is required', `${prefix}.type`);
	if (/^ACTION_\d+$/.test(type))
		return ignore(`Use the bare code "${type.slice(7)}" on the Sync API`, `${prefix}.type`);
	if (!isWritableType(state, type)) {
		return ignore(
			/^\d+$/.test(type) ? `Unknown custom action ${type}` : NOT_WRITABLE,
			`${prefix}.type`,
		);
	}
	const record: ActionRecord = { id: '', type, created_on: now, performed_by: null };
	if (type === 'PAYMENT') {
		const payment = checkPayment(action, prefix, remarks);
		if (!payment) return undefined;
		Object.assign(record, payment);
	} else {
		const def = customActionByCode(state, type)!;
		const fields = checkActionFields(def, action.fields, prefix, remarks);
		if (!fields) return undefined;
		record.fields = fields;
		if (action.created_on !== undefined) {
			const at = parseDate(action.created_on);
			if (at === undefined)
				return ignore(
					'created_on must be epoch milliseconds or dd/mm/yyyy hh:mm:ss',
					`${prefix}.created_on`,
				);
			if (!def.allowPredatedActivity.enabled)
				return ignore(
					`${def.displayName} does not allow backdated activity`,
					`${prefix}.created_on`,
				);
			record.created_on = at;
		}
	}
	record.id = hexId(state.nextId++);
	return record;
}

/** Stores the valid actions on the lead; outcomes in request order. */
export function addActions(state: State, lead: LeadRecord, list: unknown[], now: number) {
	const remarks: Remark[] = [];
	const outcomes = list.map((raw, index) => {
		const record = checkNewAction(state, raw, index, now, remarks);
		if (!record) return { action_id: null, status: 'IGNORED' as const };
		lead.actions.unshift(record);
		return { action_id: record.id, status: 'CREATED' as const };
	});
	lead.actions.sort((a, b) => b.created_on - a.created_on);
	return { outcomes, remarks };
}

const createActions: Handler = (req) => {
	const lead = findLead(req);
	const body = objectBody(req.body);
	const list = body.actions;
	if (!Array.isArray(list) || list.length === 0)
		throw badRequest('actions must be a non-empty array');
	if (list.length > MAX_BATCH) throw badRequest(`At most ${MAX_BATCH} actions per request`);
	const typed = list.map((a) =>
		a && typeof a === 'object' ? (a as Record<string, unknown>).type : undefined,
	);
	if (typed.some((t) => typeof t === 'string' && !/^(ACTION_)?\d+$/.test(t) && t !== 'PAYMENT')) {
		throw badRequest(NOT_WRITABLE);
	}
	const { outcomes, remarks } = addActions(req.state, lead, list, req.now);
	if (outcomes.some((o) => o.status === 'CREATED')) req.changed();
	return { status: 200, body: { lead_id: lead.id, actions: outcomes, remarks } };
};

function findAction(req: Request): { lead: LeadRecord; action: ActionRecord } {
	const lead = findLead(req);
	const action = lead.actions.find((a) => a.id === req.params[1]);
	if (!action)
		throw new ApiError(404, 'ACTION_NOT_FOUND', `Action with ID ${req.params[1]} was not found.`);
	return { lead, action };
}

const getAction: Handler = (req) => {
	const { action } = findAction(req);
	if (!isWritableType(req.state, action.type))
		throw badRequest('Only custom actions and payment actions can be retrieved');
	return { status: 200, body: actionBody(action) };
};

const updateAction: Handler = (req) => {
	const { action } = findAction(req);
	if (!isWritableType(req.state, action.type))
		throw badRequest('Only custom actions and payment actions can be updated');
	const body = objectBody(req.body);
	if (body.type !== action.type)
		throw badRequest(`type must be the action's existing type "${action.type}"`);
	if (action.type === 'PAYMENT') {
		if (['amount', 'currency', 'paymentid'].some((k) => k in body)) {
			throw badRequest(
				'Cannot update amount, currency, or paymentid fields for existing payment action.',
			);
		}
		if (body.status !== undefined) {
			if (!PAYMENT_STATUSES.includes(body.status as string)) {
				throw badRequest(`status must be one of ${PAYMENT_STATUSES.join(', ')}`);
			}
			action.status = body.status as string;
		}
	} else {
		const remarks: Remark[] = [];
		const fields = checkActionFields(
			customActionByCode(req.state, action.type)!,
			body.fields,
			'',
			remarks,
		);
		if (!fields) throw badRequest(remarks.map((r) => `${r.field}: ${r.remark}`).join('; '));
		action.fields = { ...action.fields, ...fields };
	}
	req.changed();
	return { status: 200, body: actionBody(action) };
};

const searchActions: Handler = (req) => {
	const lead = findLead(req, 'Lead with given ID was not found.');
	const range = paging(req.query, 100);
	const body = objectBody(req.body);
	const unknown = Object.keys(body).filter(
		(k) => !['type', 'created_on', 'performed_by'].includes(k),
	);
	if (unknown.length) throw badRequest('Invalid filter');
	const tests: Array<(a: ActionRecord) => boolean> = [];
	if (body.type !== undefined) {
		const types = anyOf(body.type);
		if (types.some((t) => typeof t !== 'string')) throw badRequest('Invalid filter');
		tests.push((a) => types.includes(a.type));
	}
	if (body.created_on !== undefined) {
		const inside = window(body.created_on, 'created_on');
		tests.push((a) => inside(a.created_on));
	}
	if (body.performed_by !== undefined) {
		const who = anyOf(body.performed_by).map((v) => String(v).toLowerCase());
		tests.push((a) => {
			const member = req.state.members.find((m) => m.id === a.performed_by);
			return (
				!!member &&
				(who.includes(member.id.toLowerCase()) || who.includes(member.email.toLowerCase()))
			);
		});
	}
	const rows = lead.actions
		.filter((a) => tests.every((t) => t(a)))
		.map((a) => timelineEntry(req.state, a));
	return { status: 200, body: page(rows, range) };
};

export const actionRoutes: Array<[string, RegExp, Handler]> = [
	['POST', /^\/lead\/([^/]+)\/action$/, createActions],
	['POST', /^\/lead\/([^/]+)\/action\/search$/, searchActions],
	['GET', /^\/lead\/([^/]+)\/action\/([^/]+)$/, getAction],
	['POST', /^\/lead\/([^/]+)\/action\/([^/]+)$/, updateAction],
];
