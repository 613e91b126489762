'use strict';
Object.defineProperty(exports, '__esModule', { value: true });
exports.teamRoutes = void 0;
const common_cjs_1 = require('./common.cjs');
const state_cjs_1 = require('./state.cjs');
const validation_cjs_1 = require('./validation.cjs');
function view(member) {
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
function findMember(req, email, includeDeleted) {
	const wanted = email.trim().toLowerCase();
	const member = req.state.members.find(
		(m) => m.email.toLowerCase() === wanted && (includeDeleted || m.status !== 'Deleted'),
	);
	if (!member)
		throw new common_cjs_1.ApiError(404, 'TEAM_MEMBER_NOT_FOUND', 'Team member not found');
	return member;
}
const listMembers = (req) => {
	const range = (0, common_cjs_1.paging)(req.query, 10);
	const includeDeleted = (0, common_cjs_1.isBool)(req.query.includeDeleted);
	const rows = req.state.members
		.filter((m) => includeDeleted || m.status !== 'Deleted')
		.sort((a, b) => a.name.localeCompare(b.name))
		.map(view);
	return { status: 200, body: (0, common_cjs_1.page)(rows, range) };
};
function validateNewMember(body) {
	const details = [];
	for (const key of ['name', 'email', 'phone_number', 'role']) {
		if (typeof body[key] !== 'string' || !body[key].trim())
			details.push({ field: key, message: `${key} is required` });
	}
	if (
		typeof body.email === 'string' &&
		body.email.trim() &&
		!(0, validation_cjs_1.isEmail)(body.email)
	) {
		details.push({ field: 'email', message: 'Invalid email format' });
	}
	if (typeof body.role === 'string' && body.role && !state_cjs_1.ROLES.includes(body.role)) {
		details.push({
			field: 'role',
			message: `Invalid role. Allowed roles: ${state_cjs_1.ROLES.join(', ')}`,
		});
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
	if (details.length) throw (0, common_cjs_1.badRequest)('Validation failed', details);
	if (!/^\d{10,15}$/.test(body.phone_number))
		throw (0, common_cjs_1.badRequest)('Invalid phone_number format');
}
const createMember = (req) => {
	const body = (0, common_cjs_1.objectBody)(req.body);
	validateNewMember(body);
	const email = body.email.trim();
	if (
		req.state.members.some(
			(m) => m.email.toLowerCase() === email.toLowerCase() && m.status !== 'Deleted',
		)
	) {
		throw new common_cjs_1.ApiError(
			409,
			'TEAM_MEMBER_ALREADY_EXISTS',
			`A team member with email ${email} already exists.`,
		);
	}
	const seatsUsed = req.state.members.filter((m) => m.status !== 'Deleted').length;
	if (seatsUsed >= req.state.enterprise.licenceSeats) {
		throw new common_cjs_1.ApiError(
			402,
			'BUY_LICENSE',
			'No free licence seat. Free a seat or buy more licences.',
		);
	}
	const active = typeof body.password === 'string';
	const member = {
		id: (0, state_cjs_1.hexId)(req.state.nextId++),
		name: body.name.trim(),
		email,
		status: active ? 'Active' : 'Invited',
		phone_number: body.phone_number,
		role: body.role,
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
const getMember = (req) => {
	const email = req.params[0];
	if (!(0, validation_cjs_1.isEmail)(email))
		throw (0, common_cjs_1.badRequest)('Invalid email format');
	return {
		status: 200,
		body: view(findMember(req, email, (0, common_cjs_1.isBool)(req.query.includeDeleted))),
	};
};
const changeState = (req) => {
	const body = (0, common_cjs_1.objectBody)(req.body);
	if (!state_cjs_1.AVAILABILITY_STATES.includes(body.state)) {
		throw (0, common_cjs_1.badRequest)(
			`Invalid state. Allowed states: ${state_cjs_1.AVAILABILITY_STATES.join(', ')}`,
		);
	}
	if (!(0, validation_cjs_1.isEmail)(body.email))
		throw (0, common_cjs_1.badRequest)('Invalid email format');
	const member = findMember(req, body.email, false);
	member.status = body.state;
	req.changed();
	return { status: 200, body: { email: member.email, status: member.status } };
};
exports.teamRoutes = [
	['GET', /^\/team-members$/, listMembers],
	['POST', /^\/team-members$/, createMember],
	['GET', /^\/team-members\/([^/]+)$/, getMember],
	['POST', /^\/teammember\/state_change$/, changeState],
];
//# sourceMappingURL=team.cjs.map
