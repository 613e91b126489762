import type { IDataObject, INode } from 'n8n-workflow';

import type { TeleCrmApi } from '../../nodes/TeleCrm/transport';
import { Workspace } from '../../nodes/TeleCrm/helpers/workspace/workspace';

/** What a helper asked the transport for. */
export interface FakeRequest {
	method: string;
	path: string;
	qs?: IDataObject;
	body?: IDataObject;
	idempotent?: boolean;
}

export const fakeNode: INode = {
	id: 'fake',
	name: 'TeleCRM',
	type: 'n8n-nodes-telecrm.teleCrm',
	typeVersion: 1,
	position: [0, 0],
	parameters: {},
};

/** A small workspace: phone identifier, a status, a date field and custom action 1001. */
export const METADATA: Record<string, IDataObject> = {
	'custom-fields': {
		customFields: [
			{ apiName: 'phone', type: 'PHONE', isLeadid: true },
			{ apiName: 'name', type: 'TEXT' },
			{ apiName: 'status', type: 'STATUS' },
			{ apiName: 'rating', type: 'RATING' },
			{ apiName: 'follow_up', type: 'DATE' },
		],
	},
	'lead-stage-pipeline': {
		leadStages: [
			{
				stageType: 'OPEN',
				activeStatuses: [{ label: 'Fresh' }],
				archivedStatuses: [{ label: 'Old' }],
			},
		],
		activeLeadLostReasons: [],
		archivedLeadLostReasons: [],
	},
	'custom-actions': {
		customActions: [
			{
				code: 'ACTION_1001',
				displayName: 'Site Visit',
				fieldSchema: { note: { type: 'TEXT' }, visit_on: { type: 'DATE' } },
			},
		],
	},
};

/**
 * A TeleCrmApi stand-in: records each request and answers with `answer`, or for the
 * metadata endpoints with METADATA. Helpers under test need nothing else of it.
 */
export function fakeApi(
	answer: (request: FakeRequest) => IDataObject | Promise<IDataObject> = () => ({}),
) {
	const requests: FakeRequest[] = [];
	const api = {
		ctx: { getNode: () => fakeNode },
		credentialKey: async () => await Promise.resolve('https://fake ent fingerprint'),
		async request(request: {
			method: string;
			path: Array<string | number>;
			qs?: IDataObject;
			body?: IDataObject;
			idempotent?: boolean;
		}): Promise<IDataObject> {
			const seen: FakeRequest = {
				method: request.method,
				path: request.path.join('/'),
				qs: request.qs,
				body: request.body,
				idempotent: request.idempotent,
			};
			requests.push(seen);
			const metadata = METADATA[seen.path];
			if (seen.method === 'GET' && metadata) return structuredClone(metadata);
			return await answer(seen);
		},
	} as unknown as TeleCrmApi;
	return { api, requests, workspace: new Workspace(api) };
}
