import type { ApiBody, ApiRow } from '../values/apiShapes';
import type { TeleCrmApi } from '../../transport';
import { createOnce, hasHttpCode } from '../../transport';

/** A team member to invite or create, its values checked. */
export interface NewTeamMember {
	name: string;
	email: string;
	phoneNumber: string;
	role: string;
	/** Without one, telecrm sends an invitation email (status Invited until accepted). */
	password?: string;
}

/**
 * Creates the member once: when the answer is lost, the member is looked up by email (its
 * login ID) and only created again if telecrm has none.
 */
export async function createTeamMember(
	api: TeleCrmApi,
	member: NewTeamMember,
	itemIndex?: number,
): Promise<ApiRow> {
	const body: ApiBody = {
		name: member.name,
		email: member.email,
		phone_number: member.phoneNumber,
		role: member.role,
	};
	if (member.password) body.password = member.password;
	const request = { method: 'POST' as const, path: ['team-members'], body, itemIndex };
	const find = async () =>
		await api
			.request({ method: 'GET', path: ['team-members', member.email], itemIndex })
			.catch(async (error: unknown) =>
				hasHttpCode(error, '404') ? undefined : await Promise.reject(error as Error),
			);
	return await createOnce(api, request, find);
}
