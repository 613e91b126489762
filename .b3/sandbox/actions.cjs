'use strict';
Object.defineProperty(exports, '__esModule', { value: true });
exports.actionRoutes = exports.MAX_BATCH = exports.NOT_WRITABLE = void 0;
exports.customActionByCode = customActionByCode;
exports.isWritableType = isWritableType;
exports.actionBody = actionBody;
exports.timelineEntry = timelineEntry;
exports.checkNewAction = checkNewAction;
exports.addActions = addActions;
const common_cjs_1 = require('./common.cjs');
const leadIndex_cjs_1 = require('./leadIndex.cjs');
const state_cjs_1 = require('./state.cjs');
const validation_cjs_1 = require('./validation.cjs');
exports.NOT_WRITABLE = 'Only custom actions and payment actions can be created';
exports.MAX_BATCH = 100;
function customActionByCode(state, bare) {
	return state.customActions.find((a) => a.code === `ACTION_${bare}`);
}
function isWritableType(state, type) {
	return (
		type === 'PAYMENT' ||
		(typeof type === 'string' && /^\d+$/.test(type) && !!customActionByCode(state, type))
	);
}
function memberEmail(state, id) {
	return id === null ? null : (state.members.find((m) => m.id === id)?.email ?? null);
}
function actionBody(action) {
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
function timelineEntry(state, action) {
	return {
		action_id: action.id,
		...actionBody(action),
		created_on: action.created_on,
		performed_by: memberEmail(state, action.performed_by),
	};
}
function checkActionFields(def, fields, prefix, remarks) {
	const at = (path) => (prefix ? `${prefix}.${path}` : path);
	if (fields === undefined) return {};
	if (!fields || typeof fields !== 'object' || Array.isArray(fields)) {
		remarks.push({ field: at('fields'), status: 'IGNORED', remark: 'fields must be an object' });
		return undefined;
	}
	const stored = {};
	let valid = true;
	for (const [key, value] of Object.entries(fields)) {
		const schema = def.fieldSchema[key];
		const check = schema
			? (0, validation_cjs_1.checkValue)(schema.type, value, {
					options: schema.options,
					addOption: (o) => schema.options?.push(o),
				})
			: { ok: false, remark: `Unknown field for ${def.displayName}` };
		if (check.ok) stored[key] = check.value;
		else {
			valid = false;
			remarks.push({ field: at(`fields.${key}`), status: 'IGNORED', remark: check.remark });
		}
	}
	return valid ? stored : undefined;
}
function checkPayment(action, prefix, remarks) {
	const before = remarks.length;
	const fail = (field, remark) =>
		remarks.push({ field: `${prefix}.${field}`, status: 'IGNORED', remark });
	if (!state_cjs_1.PAYMENT_STATUSES.includes(action.status))
		fail('status', `status must be one of ${state_cjs_1.PAYMENT_STATUSES.join(', ')}`);
	if (!state_cjs_1.CURRENCIES.includes(action.currency))
		fail('currency', `currency must be one of ${state_cjs_1.CURRENCIES.join(', ')}`);
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
		status: action.status,
		currency: action.currency,
		amount: action.amount,
		...(action.paymentid ? { paymentid: action.paymentid } : {}),
	};
}
function checkNewAction(state, raw, index, now, remarks) {
	const prefix = `actions[${index}]`;
	const ignore = (remark, field = prefix) => {
		remarks.push({ field, status: 'IGNORED', remark });
		return undefined;
	};
	if (!raw || typeof raw !== 'object' || Array.isArray(raw))
		return ignore('Action must be an object');
	const action = raw;
	const type = action.type;
	if (typeof type !== 'string' || !type) return ignore('type is required', `${prefix}.type`);
	if (/^ACTION_\d+$/.test(type))
		return ignore(`Use the bare code "${type.slice(7)}" on the Sync API`, `${prefix}.type`);
	if (!isWritableType(state, type)) {
		return ignore(
			/^\d+$/.test(type) ? `Unknown custom action ${type}` : exports.NOT_WRITABLE,
			`${prefix}.type`,
		);
	}
	const record = { id: '', type, created_on: now, performed_by: null };
	if (type === 'PAYMENT') {
		const payment = checkPayment(action, prefix, remarks);
		if (!payment) return undefined;
		Object.assign(record, payment);
	} else {
		const def = customActionByCode(state, type);
		const fields = checkActionFields(def, action.fields, prefix, remarks);
		if (!fields) return undefined;
		record.fields = fields;
		if (action.created_on !== undefined) {
			const at = (0, validation_cjs_1.parseDate)(action.created_on);
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
	record.id = (0, state_cjs_1.hexId)(state.nextId++);
	return record;
}
function addActions(state, lead, list, now) {
	const remarks = [];
	const outcomes = list.map((raw, index) => {
		const record = checkNewAction(state, raw, index, now, remarks);
		if (!record) return { action_id: null, status: 'IGNORED' };
		lead.actions.unshift(record);
		return { action_id: record.id, status: 'CREATED' };
	});
	lead.actions.sort((a, b) => b.created_on - a.created_on);
	return { outcomes, remarks };
}
const createActions = (req) => {
	const lead = (0, leadIndex_cjs_1.findLead)(req);
	const body = (0, common_cjs_1.objectBody)(req.body);
	const list = body.actions;
	if (!Array.isArray(list) || list.length === 0)
		throw (0, common_cjs_1.badRequest)('actions must be a non-empty array');
	if (list.length > exports.MAX_BATCH)
		throw (0, common_cjs_1.badRequest)(`At most ${exports.MAX_BATCH} actions per request`);
	const typed = list.map((a) => (a && typeof a === 'object' ? a.type : undefined));
	if (typed.some((t) => typeof t === 'string' && !/^(ACTION_)?\d+$/.test(t) && t !== 'PAYMENT')) {
		throw (0, common_cjs_1.badRequest)(exports.NOT_WRITABLE);
	}
	const { outcomes, remarks } = addActions(req.state, lead, list, req.now);
	if (outcomes.some((o) => o.status === 'CREATED')) req.changed();
	return { status: 200, body: { lead_id: lead.id, actions: outcomes, remarks } };
};
function findAction(req) {
	const lead = (0, leadIndex_cjs_1.findLead)(req);
	const action = lead.actions.find((a) => a.id === req.params[1]);
	if (!action)
		throw new common_cjs_1.ApiError(
			404,
			'ACTION_NOT_FOUND',
			`Action with ID ${req.params[1]} was not found.`,
		);
	return { lead, action };
}
const getAction = (req) => {
	const { action } = findAction(req);
	if (!isWritableType(req.state, action.type))
		throw (0, common_cjs_1.badRequest)('Only custom actions and payment actions can be retrieved');
	return { status: 200, body: actionBody(action) };
};
const updateAction = (req) => {
	const { action } = findAction(req);
	if (!isWritableType(req.state, action.type))
		throw (0, common_cjs_1.badRequest)('Only custom actions and payment actions can be updated');
	const body = (0, common_cjs_1.objectBody)(req.body);
	if (body.type !== action.type)
		throw (0, common_cjs_1.badRequest)(`type must be the action's existing type "${action.type}"`);
	if (action.type === 'PAYMENT') {
		if (['amount', 'currency', 'paymentid'].some((k) => k in body)) {
			throw (0, common_cjs_1.badRequest)(
				'Cannot update amount, currency, or paymentid fields for existing payment action.',
			);
		}
		if (body.status !== undefined) {
			if (!state_cjs_1.PAYMENT_STATUSES.includes(body.status)) {
				throw (0, common_cjs_1.badRequest)(
					`status must be one of ${state_cjs_1.PAYMENT_STATUSES.join(', ')}`,
				);
			}
			action.status = body.status;
		}
	} else {
		const remarks = [];
		const fields = checkActionFields(
			customActionByCode(req.state, action.type),
			body.fields,
			'',
			remarks,
		);
		if (!fields)
			throw (0, common_cjs_1.badRequest)(remarks.map((r) => `${r.field}: ${r.remark}`).join('; '));
		action.fields = { ...action.fields, ...fields };
	}
	req.changed();
	return { status: 200, body: actionBody(action) };
};
const searchActions = (req) => {
	const lead = (0, leadIndex_cjs_1.findLead)(req, 'Lead with given ID was not found.');
	const range = (0, common_cjs_1.paging)(req.query, 100);
	const body = (0, common_cjs_1.objectBody)(req.body);
	const unknown = Object.keys(body).filter(
		(k) => !['type', 'created_on', 'performed_by'].includes(k),
	);
	if (unknown.length) throw (0, common_cjs_1.badRequest)('Invalid filter');
	const tests = [];
	if (body.type !== undefined) {
		const types = (0, common_cjs_1.anyOf)(body.type);
		if (types.some((t) => typeof t !== 'string'))
			throw (0, common_cjs_1.badRequest)('Invalid filter');
		tests.push((a) => types.includes(a.type));
	}
	if (body.created_on !== undefined) {
		const inside = (0, common_cjs_1.window)(body.created_on, 'created_on');
		tests.push((a) => inside(a.created_on));
	}
	if (body.performed_by !== undefined) {
		const who = (0, common_cjs_1.anyOf)(body.performed_by).map((v) => String(v).toLowerCase());
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
	return { status: 200, body: (0, common_cjs_1.page)(rows, range) };
};
exports.actionRoutes = [
	['POST', /^\/lead\/([^/]+)\/action$/, createActions],
	['POST', /^\/lead\/([^/]+)\/action\/search$/, searchActions],
	['GET', /^\/lead\/([^/]+)\/action\/([^/]+)$/, getAction],
	['POST', /^\/lead\/([^/]+)\/action\/([^/]+)$/, updateAction],
];
//# sourceMappingURL=actions.cjs.map
