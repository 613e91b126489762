import {
	isWrite,
	newLeadPlaceholder,
	WriteCapture,
} from '../../../../nodes/TeleCrm/transport/checkOnly';

const write = (path: string) => ({ api: 'TeleCRM Sync API', method: 'POST', path, body: {} });

describe('Check Only in the transport', () => {
	it('holds back everything but GETs and searches', () => {
		expect(isWrite({ method: 'GET', path: ['custom-fields'] })).toBe(false);
		expect(isWrite({ method: 'POST', path: ['lead', 'search'] })).toBe(false);
		expect(isWrite({ method: 'POST', path: ['lead', 'L1', 'action', 'search'] })).toBe(false);
		expect(isWrite({ method: 'POST', path: ['lead'] })).toBe(true);
		expect(isWrite({ method: 'POST', path: ['lead', 'L1', 'action', 'A1'] })).toBe(true);
		expect(isWrite({ method: 'PUT', path: ['team-members', 'a@b.c'] })).toBe(true);
	});

	it("keeps each item's writes in order and answers with the request's stand-in", () => {
		const capture = new WriteCapture();
		expect(capture.hold(2, write('/a'), { status: 'QUEUED' })).toEqual({ status: 'QUEUED' });
		expect(capture.hold(2, write('/b'))).toEqual({});
		capture.hold(0, write('/c'));
		expect(capture.writesOf(2).map((w) => w.path)).toEqual(['/a', '/b']);
		expect(capture.writesOf(1)).toEqual([]);
		expect(capture.count()).toBe(3);
	});

	it('names the item whose create would give the lead its ID', () => {
		expect(newLeadPlaceholder(3)).toBe('NEW_LEAD_ID_OF_ITEM_3');
	});
});
