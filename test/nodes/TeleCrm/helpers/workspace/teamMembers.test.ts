import type { JsonObject } from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';

import { createTeamMember } from '../../../../../nodes/TeleCrm/helpers/workspace/teamMembers';
import { markAnswerLost } from '../../../../../nodes/TeleCrm/transport/apiErrors';
import { RECOVERED_NOTE } from '../../../../../nodes/TeleCrm/transport';
import { fakeApi, fakeNode } from '../../../../support/fakeApi';

const member = { name: 'Asha', email: 'asha@x.io', phoneNumber: '919876543210', role: 'CALLER' };
const lost = () =>
	markAnswerLost(new NodeApiError(fakeNode, { code: 'NO_ANSWER' } as JsonObject), true);
const notFound = () =>
	new NodeApiError(fakeNode, { message: 'no' } as JsonObject, { httpCode: '404' });

describe('createTeamMember', () => {
	it('sends the documented body once, the password only when given', async () => {
		const fake = fakeApi(() => ({ id: 'M1' }));
		await createTeamMember(fake.api, member);
		await createTeamMember(fake.api, { ...member, password: 'pw' });
		expect(fake.requests.map((r) => r.body)).toEqual([
			{ name: 'Asha', email: 'asha@x.io', phone_number: '919876543210', role: 'CALLER' },
			{
				name: 'Asha',
				email: 'asha@x.io',
				phone_number: '919876543210',
				role: 'CALLER',
				password: 'pw',
			},
		]);
		expect(fake.requests.map((r) => r.idempotent)).toEqual([false, false]);
	});

	it('a lost answer: finds the member by email instead of creating a second', async () => {
		const answers = [
			() => {
				throw lost();
			},
			() => ({ email: 'asha@x.io' }),
		];
		const fake = fakeApi(() => answers.shift()!());
		expect(await createTeamMember(fake.api, member)).toEqual({
			email: 'asha@x.io',
			recovered: RECOVERED_NOTE,
		});
		expect(fake.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
			'POST team-members',
			'GET team-members/asha@x.io',
		]);
	});

	it('a lost answer and no such member (404): sends the create again', async () => {
		const answers = [
			() => {
				throw lost();
			},
			() => {
				throw notFound();
			},
			() => ({ id: 'M2' }),
		];
		const fake = fakeApi(() => answers.shift()!());
		expect(await createTeamMember(fake.api, member)).toEqual({ id: 'M2' });
		expect(fake.requests).toHaveLength(3);
	});
});
