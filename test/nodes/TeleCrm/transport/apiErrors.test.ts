import type { INode } from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';

import {
	hasHttpCode,
	isAnswerLost,
	isNodeApiError,
	markAnswerLost,
	plainText,
	toApiError,
} from '../../../../nodes/TeleCrm/transport/apiErrors';

const node = { name: 'TeleCRM', type: 'n8n-nodes-telecrm.teleCrm', parameters: {} } as INode;

describe('toApiError', () => {
	it("keeps telecrm's code and message, lists the details and adds the hint", () => {
		const error = toApiError(
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
		const fromText = toApiError(node, {
			statusCode: 401,
			headers: {},
			body: '{"error":{"code":"NOT_AUTHORIZED","message":"Bad token"}}',
		});
		expect(fromText.message).toBe('TeleCRM NOT_AUTHORIZED: Bad token');
		expect(fromText.description).toContain('Sync');
		const html = toApiError(node, {
			statusCode: 502,
			headers: {},
			body: '<html><style>x{}</style><body><h1>Bad Gateway</h1></body></html>',
		});
		expect(html.message).toBe('TeleCRM HTTP_502: HTTP 502 with a non-JSON answer: Bad Gateway');
		const empty = toApiError(node, { statusCode: 500, headers: {}, body: '' });
		expect(empty.message).toBe('TeleCRM HTTP_500: HTTP 500 with an empty or unexpected answer');
	});
});

describe('a 401', () => {
	const unauthorized = (message: string) =>
		toApiError(node, {
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
		expect(isNodeApiError(new NodeApiError('x'))).toBe(true);
		expect(hasHttpCode(new NodeApiError('x'), '409')).toBe(true);
		expect(hasHttpCode(new NodeApiError('x'), '404')).toBe(false);
		expect(isNodeApiError(new Error('x'))).toBe(false);
		expect(isNodeApiError({ name: 'NodeApiError' })).toBe(false);
	});
});

describe('answer-lost marking', () => {
	it('is set only when asked and read back only from NodeApiErrors', () => {
		const error = new NodeApiError(node, { message: 'x' });
		expect(isAnswerLost(markAnswerLost(error, false))).toBe(false);
		expect(isAnswerLost(markAnswerLost(error, true))).toBe(true);
		expect(isAnswerLost(new Error('x'))).toBe(false);
	});
});

describe('plainText', () => {
	it('drops tags, scripts, styles and comments, and collapses spaces', () => {
		const page =
			'<html><head><STYLE>p{}</STYLE><script type="x">if (a<b) {}</script></head>' +
			'<body><!-- hidden --><h1>502  Bad\nGateway</h1><p>nginx</p></body></html>';
		expect(plainText(page)).toBe('502 Bad Gateway nginx');
	});

	it('shows 200 characters and drops an unclosed tag', () => {
		expect(plainText('x'.repeat(500))).toBe('x'.repeat(200) + '…');
		expect(plainText('before <a href="never closed')).toBe('before');
		expect(plainText('a <script>never closed')).toBe('a');
	});

	it('takes linear time on unclosed tags (the regex it replaces took 27 s on 256 KiB)', () => {
		const started = Date.now();
		expect(plainText('<a'.repeat(8 * 1024 * 1024))).toBe('');
		expect(plainText('<script>' + '</scrip'.repeat(1024 * 1024))).toBe('');
		expect(Date.now() - started).toBeLessThan(1000);
	});
});

describe('a redirect', () => {
	it('names where it points (scheme, host and path only) and why it is not followed', () => {
		const error = toApiError(node, {
			statusCode: 302,
			headers: { location: 'https://user:pw@elsewhere.example/collect?token=abc#x' },
			body: '',
		});
		expect(error.message).toBe(
			'TeleCRM HTTP_302: HTTP 302, a redirect to https://elsewhere.example/collect, which this node does not follow',
		);
		expect(error.description).toContain('Redirects are never followed');
	});
});

describe('an error envelope', () => {
	it('is shown bounded: its message, and at most 20 details', () => {
		const error = toApiError(node, {
			statusCode: 400,
			headers: {},
			body: {
				error: {
					code: 'BAD_REQUEST',
					message: 'm'.repeat(100_000),
					details: Array.from({ length: 1000 }, (_, i) => ({ field: `f${i}`, message: 'x' })),
				},
			},
		});
		expect(error.message.length).toBeLessThan(1100);
		expect(error.description?.split('\n')).toHaveLength(20);
	});
});
