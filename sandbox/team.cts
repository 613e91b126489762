/**
 * Team member endpoints (docs/telecrm-api.md §7): list, create with validation and seats, get,
 * availability.
 */
import type { Handler, Request } from './common.cjs';
import { ApiError, badRequest, isBool, objectBody, page, paging } from './common.cjs';
import type { Member } from './state.cjs';
import { AVAILABILITY_STATES, hexId, ROLES } from './state.cjs';
import { isEmail } from './validation.cjs';

/** The documented member object (internal id and role stay inside). */
function view(member: Member) {
	const {
		name,
		email,
		status,
		phone_number,
		manager_name,
		manager_email,
		permission_template_name,
		license,
	} = member;
	return {
		name,
		email,
		status,
		phone_number,
		manager_name,
		manager_email,
		permission_template_name,
		license,
	};
}

function findMember(req: Request, email: string, includeDeleted: boolean): Member {
	const wanted = email.trim().toLowerCase();
	const member = req.state.members.find(
		(m) => m.email.toLowerCase() === wanted && (includeDeleted || m.status !== 'Deleted'),
	);
	if (!member) throw new ApiError(404, 'TEAM_MEMBER_NOT_FOUND', 'Team member not found');
	return member;
}

const listMembers: Handler = (req) => {
	const range = paging(req.query, 10);
	const includeDeleted = isBool(req.query.includeDeleted);
	const rows = req.state.members
		.filter((m) => includeDeleted || m.status !== 'Deleted')
		.sort((a, b) => a.name.localeCompare(b.name))
		.map(view);
	return { status: 200, body: page(rows, range) };
};

function validateNewMember(body: Record<string, unknown>) {
	const details: Array<{ field: string; message: string }> = [];
	for (const key of ['name', 'email', 'phone_number', 'role']) {
		if (typeof body[key] !== 'string' || !(body[key] as string).trim())
			details.push({ field: key, message: `${key} is required` });
	}
	if (typeof body.email === 'string' && body.email.trim() && !isEmail(body.email)) {
		details.push({ field: 'email', message: 'Invalid email format' });
	}
	if (typeof body.role === 'string' && body.role && !ROLES.includes(body.role)) {
		details.push({ field: 'role', message: `Invalid role. Allowed roles: ${ROLES.join(', ')}` });
	}
	if (
		body.password !== undefined &&
		(typeof body.password !== 'string' || body.password.length < 6)
	) {
		details.push({
			field: 'password',
			message: 'password must be a string of at least 6 characters',
		});
	}
	if (details.length) throw badRequest('Validation failed', details);
	if (!/^\d{10,15}$/.test(body.phone_number as string))
		throw badRequest('Invalid phone_number format');
}

const createMember: Handler = (req) => {
	const body = objectBody(req.body);
	validateNewMember(body);
	const email = (body.email as string).trim();
	if (
		req.state.members.some(
			(m) => m.email.toLowerCase() === email.toLowerCase() && m.status !== 'Deleted',
		)
	) {
		throw new ApiError(
			409,
			'TEAM_MEMBER_ALREADY_EXISTS',
			`A team member with email ${email} already exists.`,
		);
	}
	const seatsUsed = req.state.members.filter((m) => m.status !== 'Deleted').length;
	if (seatsUsed >= req.state.enterprise.licenceSeats) {
		throw new ApiError(
			402,
			'BUY_LICENSE',
			'No free licence seat. Free a seat or buy more licences.',
		);
	}
	const active = typeof body.password === 'string';
	const member: Member = {
		id: hexId(req.state.nextId++),
		name: (body.name as string).trim(),
		email,
		status: active ? 'Active' : 'Invited',
		phone_number: body.phone_number as string,
		role: body.role as string,
		manager_name: null,
		manager_email: null,
		permission_template_name: 'Sales Agent',
		license: active
			? { status: 'ACTIVE', type: 'GROWTH', start_date: '2026-01-01', end_date: '2027-01-01' }
			: null,
	};
	req.state.members.push(member);
	req.changed();
	return {
		status: 201,
		body: {
			name: member.name,
			email,
			phone_number: member.phone_number,
			role: member.role,
			status: active ? 'Active' : 'INVITED',
		},
	};
};

const getMember: Handler = (req) => {
	const email = req.params[0];
	if (!isEmail(email)) throw badRequest('Invalid email format');
	return { status: 200, body: view(findMember(req, email, isBool(req.query.includeDeleted))) };
};

const changeState: Handler = (req) => {
	const body = objectBody(req.body);
	if (!AVAILABILITY_STATES.includes(body.state as string)) {
		throw badRequest(`Invalid state. Allowed states: ${AVAILABILITY_STATES.join(', ')}`);
	}
	if (!isEmail(body.email)) throw badRequest('Invalid email format');
	const member = findMember(req, body.email, false);
	member.status = body.state as Member['status'];
	req.changed();
	return { status: 200, body: { email: member.email, status: member.status } };
};

export const teamRoutes: Array<[string, RegExp, Handler]> = [
	['GET', /^\/team-members$/, listMembers],
	['POST', /^\/team-members$/, createMember],
	['GET', /^\/team-members\/([^/]+)$/, getMember],
	['POST', /^\/teammember\/state_change$/, changeState],
];
