'use strict';
Object.defineProperty(exports, '__esModule', { value: true });
exports.leadRoutes = void 0;
exports.checkFields = checkFields;
const actions_cjs_1 = require('./actions.cjs');
const common_cjs_1 = require('./common.cjs');
const leadIndex_cjs_1 = require('./leadIndex.cjs');
const state_cjs_1 = require('./state.cjs');
const validation_cjs_1 = require('./validation.cjs');
function checkContext(state, def) {
	const statuses = (key) => state.pipeline.leadStages.flatMap((s) => s[key].map((x) => x.label));
	const reasons = (list) => list.map((r) => r.reasonLabel);
	return {
		options: def.options?.map((o) => o.label),
		addOption: (label) => def.options?.push({ id: `opt_${state.nextId++}`, label }),
		memberEmails: () =>
			state.members.filter((m) => !['Deleted', 'Invited'].includes(m.status)).map((m) => m.email),
		activeLabels: () =>
			def.type === 'STATUS'
				? statuses('activeStatuses')
				: reasons(state.pipeline.activeLeadLostReasons),
		archivedLabels: () =>
			def.type === 'STATUS'
				? statuses('archivedStatuses')
				: reasons(state.pipeline.archivedLeadLostReasons),
	};
}
function checkFields(state, fields) {
	const stored = {};
	const problems = [];
	for (const [key, value] of Object.entries(fields)) {
		const def = state.fields.find((f) => f.apiName === key);
		const fail = (remark) => problems.push({ field: `fields.${key}`, status: 'IGNORED', remark });
		if (!def) {
			fail(key === 'created_on' ? 'created_on is read-only' : `Unknown field ${key}`);
			continue;
		}
		if (value === null || value === undefined) {
			fail('Value must not be null');
			continue;
		}
		const check = (0, validation_cjs_1.checkValue)(def.type, value, checkContext(state, def));
		if (!check.ok) fail(check.remark);
		else if (check.value !== validation_cjs_1.DROP) stored[key] = check.value;
	}
	return { stored, problems };
}
function identifierTaken(state, value) {
	return (0, leadIndex_cjs_1.leadIndex)(state).byIdentifier.get(
		(0, leadIndex_cjs_1.identifierKey)(state, value),
	);
}
const createLead = (req) => {
	const body = (0, common_cjs_1.objectBody)(req.body);
	if (!body.fields || typeof body.fields !== 'object' || Array.isArray(body.fields)) {
		throw (0, common_cjs_1.badRequest)('fields is required and must be an object');
	}
	if (body.actions !== undefined && !Array.isArray(body.actions))
		throw (0, common_cjs_1.badRequest)('actions must be an array');
	const identifier = (0, leadIndex_cjs_1.identifierField)(req.state);
	const { stored, problems } = checkFields(req.state, body.fields);
	if (stored[identifier.apiName] === undefined) {
		const bad = problems.find((p) => p.field === `fields.${identifier.apiName}`);
		throw (0, common_cjs_1.badRequest)(
			bad
				? `Lead identifier ${identifier.apiName} is invalid: ${bad.remark}`
				: `Lead identifier ${identifier.apiName} is required`,
		);
	}
	if (identifierTaken(req.state, stored[identifier.apiName])) {
		throw new common_cjs_1.ApiError(
			409,
			'LEAD_ALREADY_EXISTS',
			`A lead with ${identifier.apiName} ${String(stored[identifier.apiName])} already exists.`,
		);
	}
	const lead = {
		id: (0, state_cjs_1.hexId)(req.state.nextId++),
		created_on: req.now,
		fields: { ...stored, created_on: req.now },
		actions: [],
	};
	(0, leadIndex_cjs_1.addLead)(req.state, lead);
	const { outcomes, remarks } = (0, actions_cjs_1.addActions)(
		req.state,
		lead,
		body.actions ?? [],
		req.now,
	);
	req.changed();
	return {
		status: 201,
		body: { lead_id: lead.id, actions: outcomes, remarks: [...problems, ...remarks] },
	};
};
const getLead = (req) => {
	const lead = (0, leadIndex_cjs_1.findLead)(
		req,
		`The lead with ID ${req.params[0]} was not found.`,
	);
	const body = { fields: lead.fields };
	if ((0, common_cjs_1.isBool)(req.query.includeActions)) {
		const range = (0, common_cjs_1.paging)(req.query, 100);
		const slice = (0, common_cjs_1.page)(
			lead.actions.map((a) => (0, actions_cjs_1.timelineEntry)(req.state, a)),
			range,
		);
		Object.assign(body, {
			actions: slice.data,
			actions_skip: range.skip,
			actions_limit: range.limit,
		});
	}
	return { status: 200, body };
};
const updateLead = (req) => {
	const lead = (0, leadIndex_cjs_1.findLead)(req);
	const body = (0, common_cjs_1.objectBody)(req.body);
	if (!body.fields || typeof body.fields !== 'object' || Array.isArray(body.fields)) {
		throw (0, common_cjs_1.badRequest)('fields is required and must be an object');
	}
	const fields = body.fields;
	if ((0, leadIndex_cjs_1.identifierField)(req.state).apiName in fields) {
		throw new common_cjs_1.ApiError(403, 'INVALID_LEAD', 'Cannot modify lead identifier field');
	}
	const { stored, problems } = checkFields(req.state, fields);
	const errors = problems.filter((p) => !/^Unknown (status|lost reason) /.test(p.remark));
	if (errors.length) {
		throw (0, common_cjs_1.badRequest)(
			`Invalid field values: ${errors.map((p) => `${p.field}: ${p.remark}`).join('; ')}`,
		);
	}
	Object.assign(lead.fields, stored);
	req.changed();
	return { status: 200, body: { fields: lead.fields } };
};
function fieldTest(state, key, wanted) {
	if (key === 'created_on') {
		const inside = (0, common_cjs_1.window)(wanted, 'fields.created_on');
		return (lead) => inside(lead.created_on);
	}
	const def = state.fields.find((f) => f.apiName === key);
	if (!def) throw (0, common_cjs_1.badRequest)(`Invalid filter: unknown field ${key}`);
	const values = (0, common_cjs_1.anyOf)(wanted);
	if (values.some((v) => v === null || typeof v === 'object'))
		throw (0, common_cjs_1.badRequest)(`Invalid filter: fields.${key}`);
	return (lead) =>
		values.some((v) =>
			(0, validation_cjs_1.sameValue)(def.type, lead.fields[key], v, key === 'status'),
		);
}
function actionTest(state, criteria) {
	const c = (0, common_cjs_1.objectBody)(criteria, 'actions filter');
	if (Object.keys(c).some((k) => !['type', 'performed_by', 'performed_at'].includes(k)))
		throw (0, common_cjs_1.badRequest)('Invalid filter');
	const types = c.type === undefined ? undefined : (0, common_cjs_1.anyOf)(c.type).map(String);
	const emails =
		c.performed_by === undefined
			? undefined
			: (0, common_cjs_1.anyOf)(c.performed_by).map((e) => String(e).trim().toLowerCase());
	const ids =
		emails && state.members.filter((m) => emails.includes(m.email.toLowerCase())).map((m) => m.id);
	const inside =
		c.performed_at === undefined
			? undefined
			: (0, common_cjs_1.window)(c.performed_at, 'actions.performed_at');
	return (lead) =>
		lead.actions.some(
			(a) =>
				(!types || types.includes(a.type)) &&
				(!ids || (a.performed_by !== null && ids.includes(a.performed_by))) &&
				(!inside || inside(a.created_on)),
		);
}
const searchLeads = (req) => {
	const range = (0, common_cjs_1.paging)(req.query, 100);
	const body = (0, common_cjs_1.objectBody)(req.body);
	if (Object.keys(body).some((k) => !['fields', 'actions'].includes(k)))
		throw (0, common_cjs_1.badRequest)('Invalid filter');
	const tests = Object.entries((0, common_cjs_1.objectBody)(body.fields, 'fields filter')).map(
		([k, v]) => fieldTest(req.state, k, v),
	);
	if (body.actions !== undefined) tests.push(actionTest(req.state, body.actions));
	const rows = req.state.leads
		.filter((lead) => (lead.searchable_from ?? 0) <= Date.now())
		.filter((lead) => tests.every((t) => t(lead)))
		.sort((a, b) => b.created_on - a.created_on || (a.id < b.id ? 1 : -1))
		.map((lead) => ({ lead_id: lead.id, fields: lead.fields }));
	return { status: 200, body: (0, common_cjs_1.page)(rows, range) };
};
exports.leadRoutes = [
	['POST', /^\/lead$/, createLead],
	['POST', /^\/lead\/search$/, searchLeads],
	['GET', /^\/lead\/([^/]+)$/, getLead],
	['POST', /^\/lead\/([^/]+)$/, updateLead],
];
//# sourceMappingURL=leads.cjs.map
