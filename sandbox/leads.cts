/**
 * Lead endpoints (docs/telecrm-api.md §5): create with remarks, get with the action slice,
 * update, search.
 */
import type { Remark } from './actions.cjs';
import { addActions, timelineEntry } from './actions.cjs';
import type { Handler, SearchRowShape } from './common.cjs';
import {
	anyOf,
	ApiError,
	badRequest,
	isBool,
	objectBody,
	page,
	paging,
	window,
} from './common.cjs';
import { addLead, findLead, identifierField, leadByIdentifier } from './leadIndex.cjs';
import type { FieldDef, LeadRecord, State } from './state.cjs';
import type { CheckContext } from './validation.cjs';
import { checkValue, DROP, normalisePhone, sameValue } from './validation.cjs';

function checkContext(state: State, def: FieldDef): CheckContext {
	const statuses = (key: 'activeStatuses' | 'archivedStatuses') =>
		state.pipeline.leadStages.flatMap((s) => s[key].map((x) => x.label));
	const reasons = (list: Array<{ reasonLabel: string }>) => list.map((r) => r.reasonLabel);
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

export interface FieldOutcome {
	stored: Record<string, unknown>;
	problems: Remark[];
}

/** Checks each field by its type; what fails is left out and reported. */
export function checkFields(state: State, fields: Record<string, unknown>): FieldOutcome {
	const stored: Record<string, unknown> = {};
	const problems: Remark[] = [];
	for (const [key, value] of Object.entries(fields)) {
		const def = state.fields.find((f) => f.apiName === key);
		const fail = (remark: string) =>
			problems.push({ field: `fields.${key}`, status: 'IGNORED', remark });
		if (!def) {
			fail(key === 'created_on' ? 'created_on is read-only' : `Unknown field ${key}`);
			continue;
		}
		if (value === null || value === undefined) {
			fail('Value must not be null');
			continue;
		}
		const check = checkValue(def.type, value, checkContext(state, def));
		if (!check.ok) fail(check.remark);
		else if (check.value !== DROP) stored[key] = check.value;
	}
	return { stored, problems };
}

const createLead: Handler = (req) => {
	const body = objectBody(req.body);
	if (!body.fields || typeof body.fields !== 'object' || Array.isArray(body.fields)) {
		throw badRequest('fields is required and must be an object');
	}
	if (body.actions !== undefined && !Array.isArray(body.actions))
		throw badRequest('actions must be an array');
	const identifier = identifierField(req.state);
	const { stored, problems } = checkFields(req.state, body.fields as Record<string, unknown>);
	if (stored[identifier.apiName] === undefined) {
		const bad = problems.find((p) => p.field === `fields.${identifier.apiName}`);
		throw badRequest(
			bad
				? `Lead identifier ${identifier.apiName} is invalid: ${bad.remark}`
				: `Lead identifier ${identifier.apiName} is required`,
		);
	}
	if (leadByIdentifier(req.state, stored[identifier.apiName])) {
		throw new ApiError(
			409,
			'LEAD_ALREADY_EXISTS',
			`A lead with ${identifier.apiName} ${String(stored[identifier.apiName])} already exists.`,
		);
	}
	const lead = addLead(req.state, stored, req.now);
	const { outcomes, remarks } = addActions(
		req.state,
		lead,
		(body.actions as unknown[]) ?? [],
		req.now,
	);
	req.changed();
	return {
		status: 201,
		body: { lead_id: lead.id, actions: outcomes, remarks: [...problems, ...remarks] },
	};
};

const getLead: Handler = (req) => {
	const lead = findLead(req, `The lead with ID ${req.params[0]} was not found.`);
	const body: Record<string, unknown> = { fields: lead.fields };
	if (isBool(req.query.includeActions)) {
		const range = paging(req.query, 100);
		const slice = page(
			lead.actions.map((a) => timelineEntry(req.state, a)),
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

const updateLead: Handler = (req) => {
	const lead = findLead(req);
	const body = objectBody(req.body);
	if (!body.fields || typeof body.fields !== 'object' || Array.isArray(body.fields)) {
		throw badRequest('fields is required and must be an object');
	}
	const fields = body.fields as Record<string, unknown>;
	if (identifierField(req.state).apiName in fields) {
		throw new ApiError(403, 'INVALID_LEAD', 'Cannot modify lead identifier field');
	}
	const { stored, problems } = checkFields(req.state, fields);
	// Unknown status labels are dropped on update (docs/telecrm-api.md §5.3); other bad values
	// are 400.
	const errors = problems.filter((p) => !/^Unknown (status|lost reason) /.test(p.remark));
	if (errors.length) {
		throw badRequest(
			`Invalid field values: ${errors.map((p) => `${p.field}: ${p.remark}`).join('; ')}`,
		);
	}
	Object.assign(lead.fields, stored);
	req.changed();
	return { status: 200, body: { fields: lead.fields } };
};

function fieldTest(state: State, key: string, wanted: unknown): (lead: LeadRecord) => boolean {
	if (key === 'created_on') {
		const inside = window(wanted, 'fields.created_on');
		return (lead) => inside(lead.created_on);
	}
	const def = state.fields.find((f) => f.apiName === key);
	if (!def) throw badRequest(`Invalid filter: unknown field ${key}`);
	const values = anyOf(wanted);
	if (values.some((v) => v === null || typeof v === 'object'))
		throw badRequest(`Invalid filter: fields.${key}`);
	if (def.type === 'PHONE') {
		// Normalised once per search, not once per lead: a lookup of 100 identifiers among
		// 10,000+ leads stays linear in the leads (a bulk import makes one per 100 rows).
		const phones = new Set(
			values.map((v) => normalisePhone(typeof v === 'number' ? String(v) : v)),
		);
		phones.delete(undefined);
		return (lead) => [lead.fields[key]].flat().some((stored) => phones.has(stored as string));
	}
	// Status labels are compared case-sensitively (leads pitfalls page).
	return (lead) => values.some((v) => sameValue(def.type, lead.fields[key], v, key === 'status'));
}

function actionTest(state: State, criteria: unknown): (lead: LeadRecord) => boolean {
	const c = objectBody(criteria, 'actions filter');
	if (Object.keys(c).some((k) => !['type', 'performed_by', 'performed_at'].includes(k)))
		throw badRequest('Invalid filter');
	const types = c.type === undefined ? undefined : anyOf(c.type).map(String);
	const emails =
		c.performed_by === undefined
			? undefined
			: anyOf(c.performed_by).map((e) => String(e).trim().toLowerCase());
	const ids =
		emails && state.members.filter((m) => emails.includes(m.email.toLowerCase())).map((m) => m.id);
	const inside =
		c.performed_at === undefined ? undefined : window(c.performed_at, 'actions.performed_at');
	return (lead) =>
		lead.actions.some(
			(a) =>
				(!types || types.includes(a.type)) &&
				(!ids || (a.performed_by !== null && ids.includes(a.performed_by))) &&
				(!inside || inside(a.created_on)),
		);
}

const searchLeads: Handler = (req) => {
	const range = paging(req.query, 100);
	const body = objectBody(req.body);
	if (Object.keys(body).some((k) => !['fields', 'actions'].includes(k)))
		throw badRequest('Invalid filter');
	const tests = Object.entries(objectBody(body.fields, 'fields filter')).map(([k, v]) =>
		fieldTest(req.state, k, v),
	);
	if (body.actions !== undefined) tests.push(actionTest(req.state, body.actions));
	const rows = req.state.leads
		.filter((lead) => (lead.searchable_from ?? 0) <= Date.now())
		.filter((lead) => tests.every((t) => t(lead)))
		.sort((a, b) => b.created_on - a.created_on || (a.id < b.id ? 1 : -1))
		.map((lead) => searchRow(lead, req.searchRow));
	const answer: { total_count?: number } = page(rows, range);
	if (!req.leadSearchTotal) delete answer.total_count;
	return { status: 200, body: answer };
};

/** A search row in the shape the sandbox was started with (SandboxOptions.searchRow). */
function searchRow(lead: LeadRecord, shape: SearchRowShape): Record<string, unknown> {
	const { status, ...others } = lead.fields;
	const row: Record<string, unknown> = shape.idKey ? { [shape.idKey]: lead.id } : {};
	row.fields = shape.statusAtTop ? others : lead.fields;
	if (shape.statusAtTop && status !== undefined) row.status = status;
	if (shape.emptyActions) row.actions = [];
	return row;
}

export const leadRoutes: Array<[string, RegExp, Handler]> = [
	['POST', /^\/lead$/, createLead],
	['POST', /^\/lead\/search$/, searchLeads],
	['GET', /^\/lead\/([^/]+)$/, getLead],
	['POST', /^\/lead\/([^/]+)$/, updateLead],
];
