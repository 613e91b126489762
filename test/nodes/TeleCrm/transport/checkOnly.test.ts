import {
	isWrite,
	newLeadPlaceholder,
	WriteCapture,
} from '../../../../nodes/TeleCrm/transport/checkOnly';

const write = (path: string) => ({ api: 'TeleCRM Sync API', method: 'POST', path, body: {} });

describe('Check Only in the transport', () => {
	it('holds back everything but GETs and the requests marked as searches', () => {
		expect(isWrite({ method: 'GET' })).toBe(false);
		expect(isWrite({ method: 'POST', searchOnly: true })).toBe(false);
		expect(isWrite({ method: 'POST' })).toBe(true);
		expect(isWrite({ method: 'PUT', searchOnly: false })).toBe(true);
	});

	it('holds back a write whose path a user-given ID makes end in "search"', () => {
		// An action update with the action ID "search", and a lead whose ID reads "search".
		const update = { method: 'POST', path: ['lead', 'L1', 'action', 'search'], body: {} };
		expect(isWrite(update)).toBe(true);
		const onLeadSearch = { method: 'POST', path: ['lead', 'search'], body: {} };
		expect(isWrite(onLeadSearch)).toBe(true);
	});

	it("keeps each item's writes in order and answers with the request's stand-in", () => {
		const capture = new WriteCapture();
		expect(capture.hold(2, write('/a'), { status: 'QUEUED' })).toEqual({ status: 'QUEUED' });
		expect(capture.hold(2, write('/b'))).toEqual({});
		capture.hold(0, write('/c'));
		expect(capture.writesOf(2).map((w) => w.path)).toEqual(['/a', '/b']);
		expect(capture.writesOf(1)).toEqual([]);
		expect(capture.writesOf(0).map((w) => w.path)).toEqual(['/c']);
	});

	it('names the item whose create would give the lead its ID', () => {
		expect(newLeadPlaceholder(3)).toBe('NEW_LEAD_ID_OF_ITEM_3');
	});
});
