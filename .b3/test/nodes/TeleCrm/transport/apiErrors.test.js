'use strict';
Object.defineProperty(exports, '__esModule', { value: true });
const n8n_workflow_1 = require('n8n-workflow');
const apiErrors_1 = require('../../../../nodes/TeleCrm/transport/apiErrors');
const node = { name: 'TeleCRM', type: 'n8n-nodes-telecrm.teleCrm', parameters: {} };
describe('toApiError', () => {
	it("keeps telecrm's code and message, lists the details and adds the hint", () => {
		const error = (0, apiErrors_1.toApiError)(
			node,
			{
				statusCode: 409,
				headers: {},
				body: {
					error: {
						code: 'LEAD_ALREADY_EXISTS',
						message: 'Lead exists',
						details: [{ field: 'phone', message: 'taken' }],
					},
				},
			},
			3,
		);
		expect(error.message).toBe('TeleCRM LEAD_ALREADY_EXISTS: Lead exists');
		expect(error.httpCode).toBe('409');
		expect(error.description).toContain('phone: taken');
		expect(error.description).toContain('Create or Update');
		expect(error.context.itemIndex).toBe(3);
	});
	it('reads a JSON body that came as text, and shows an HTML body as short plain text', () => {
		const fromText = (0, apiErrors_1.toApiError)(node, {
			statusCode: 401,
			headers: {},
			body: '{"error":{"code":"NOT_AUTHORIZED","message":"Bad token"}}',
		});
		expect(fromText.message).toBe('TeleCRM NOT_AUTHORIZED: Bad token');
		expect(fromText.description).toContain('Sync');
		const html = (0, apiErrors_1.toApiError)(node, {
			statusCode: 502,
			headers: {},
			body: '<html><style>x{}</style><body><h1>Bad Gateway</h1></body></html>',
		});
		expect(html.message).toBe('TeleCRM HTTP_502: HTTP 502 with a non-JSON answer: Bad Gateway');
		const empty = (0, apiErrors_1.toApiError)(node, { statusCode: 500, headers: {}, body: '' });
		expect(empty.message).toBe('TeleCRM HTTP_500: HTTP 500 with an empty or unexpected answer');
	});
});
describe('a 401', () => {
	const unauthorized = (message) =>
		(0, apiErrors_1.toApiError)(node, {
			statusCode: 401,
			headers: {},
			body: { error: { code: 'NOT_AUTHORIZED', message } },
		}).description;
	it('that names the enterprise says to check the Enterprise ID as well as the token', () => {
		const description = unauthorized('Not authorized for enterprise 62ab16e');
		expect(description).toContain('token of type Sync');
		expect(description).toContain('Check the Enterprise ID');
	});
	it('about the token alone speaks of the token only', () => {
		expect(unauthorized('Invalid or deleted token')).not.toContain('Enterprise ID');
	});
});
describe('errors of another n8n-workflow copy', () => {
	it('are recognised by name', () => {
		class NodeApiError extends Error {
			name = 'NodeApiError';
			httpCode = '409';
		}
		expect((0, apiErrors_1.isNodeApiError)(new NodeApiError('x'))).toBe(true);
		expect((0, apiErrors_1.hasHttpCode)(new NodeApiError('x'), '409')).toBe(true);
		expect((0, apiErrors_1.hasHttpCode)(new NodeApiError('x'), '404')).toBe(false);
		expect((0, apiErrors_1.isNodeApiError)(new Error('x'))).toBe(false);
		expect((0, apiErrors_1.isNodeApiError)({ name: 'NodeApiError' })).toBe(false);
	});
});
describe('answer-lost marking', () => {
	it('is set only when asked and read back only from NodeApiErrors', () => {
		const error = new n8n_workflow_1.NodeApiError(node, { message: 'x' });
		expect((0, apiErrors_1.isAnswerLost)((0, apiErrors_1.markAnswerLost)(error, false))).toBe(
			false,
		);
		expect((0, apiErrors_1.isAnswerLost)((0, apiErrors_1.markAnswerLost)(error, true))).toBe(true);
		expect((0, apiErrors_1.isAnswerLost)(new Error('x'))).toBe(false);
	});
});
//# sourceMappingURL=apiErrors.test.js.map
