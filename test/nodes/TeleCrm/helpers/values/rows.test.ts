import {
	actionIdOf,
	createdAt,
	isoDate,
	leadIdOf,
	pickedKeys,
	rowFields,
	shapeLeadRow,
	SIMPLIFIED_LEAD,
	SYSTEM_DATES,
	WHOLE_LEAD,
} from '../../../../../nodes/TeleCrm/helpers/values/rows';

describe('rows', () => {
	it('finds the lead ID under every spelling seen, and none in an empty one', () => {
		expect(leadIdOf({ lead_id: 'a' })).toBe('a');
		expect(leadIdOf({ id: 7 })).toBe('7');
		expect(leadIdOf({ _id: 'b' })).toBe('b');
		expect(leadIdOf({ leadId: 'c' })).toBe('c');
		expect(leadIdOf({ lead_id: '' })).toBeUndefined();
		expect(actionIdOf({ action_id: 3 })).toBe('3');
		expect(actionIdOf({})).toBeUndefined();
	});

	it('createdAt reads the row, then its fields, else 0', () => {
		expect(createdAt({ created_on: 5 })).toBe(5);
		expect(createdAt({ fields: { created_on: '7' } })).toBe(7);
		expect(createdAt({})).toBe(0);
	});

	it('isoDate converts epoch milliseconds (number or digits) and leaves the rest', () => {
		expect(isoDate(0)).toBe('1970-01-01T00:00:00.000Z');
		expect(isoDate('1767225600000')).toBe('2026-01-01T00:00:00.000Z');
		expect(isoDate('soon')).toBe('soon');
	});

	it('shapeLeadRow: lead_id first; whole fields on top, raw under fields', () => {
		const row = { id: 'L1', fields: { name: 'Asha', follow_up: 0 }, created_on: 0 };
		const fieldDates = new Set(['follow_up']);
		const whole = shapeLeadRow(row, WHOLE_LEAD, fieldDates, SYSTEM_DATES);
		expect(Object.keys(whole)[0]).toBe('lead_id');
		expect(whole).toMatchObject({
			lead_id: 'L1',
			name: 'Asha',
			follow_up: '1970-01-01T00:00:00.000Z',
			created_on: '1970-01-01T00:00:00.000Z',
		});
		const raw = shapeLeadRow(row, { output: 'raw' }, undefined, undefined);
		expect(raw).toEqual({ lead_id: 'L1', id: 'L1', created_on: 0, fields: row.fields });
	});

	it('shapeLeadRow Simplified: the same keys on every lead, null where it has none', () => {
		const rows = [
			{ id: 'L1', fields: { name: 'Asha', phone: '91', city: 'Pune', created_on: 0 } },
			// Live search rows carry status beside the fields, and created_on there too.
			{ _id: 'L2', status: 'Won', created_on: 0, fields: { email: 'a@b.co', rating: 3 } },
		];
		const shaped = rows.map((row) =>
			shapeLeadRow(row, { output: 'simple' }, SYSTEM_DATES, SYSTEM_DATES),
		);
		const keys = ['lead_id', ...SIMPLIFIED_LEAD, 'created_on'];
		for (const lead of shaped) expect(Object.keys(lead)).toEqual(keys);
		expect(keys.length).toBeLessThanOrEqual(10);
		expect(shaped[0]).toMatchObject({ name: 'Asha', email: null, status: null });
		expect(shaped[1]).toMatchObject({ lead_id: 'L2', status: 'Won', name: null });
		expect(shaped[1].created_on).toBe('1970-01-01T00:00:00.000Z');
	});

	it('shapeLeadRow Select Included Fields: lead_id and those fields, null when missing', () => {
		const row = { id: 'L1', fields: { name: 'Asha', city: 'Pune' } };
		const view = { output: 'fields' as const, fields: ['city', 'deal_size'] };
		expect(shapeLeadRow(row, view, undefined, undefined)).toEqual({
			lead_id: 'L1',
			city: 'Pune',
			deal_size: null,
		});
	});

	it('shapeLeadRow Simplified and Selected: lead_id null (kept) when the row carries no ID', () => {
		const row = { fields: { name: 'Asha' } };
		const simple = shapeLeadRow(row, { output: 'simple' }, undefined, undefined);
		expect(Object.keys(simple)).toEqual(['lead_id', ...SIMPLIFIED_LEAD, 'created_on']);
		expect(simple).toMatchObject({ lead_id: null, name: 'Asha' });
		const view = { output: 'fields' as const, fields: ['name'] };
		expect(shapeLeadRow(row, view, undefined, undefined)).toEqual({ lead_id: null, name: 'Asha' });
	});

	it("rowFields: a row's fields, with status from the row's top when the fields lack it", () => {
		expect(rowFields({ status: 'Won', fields: { name: 'Asha' } })).toEqual({
			name: 'Asha',
			status: 'Won',
		});
		expect(rowFields({ status: 'Won', fields: { status: 'Lost' } })).toEqual({ status: 'Lost' });
		expect(rowFields({ lead_id: 'L1' })).toEqual({});
	});

	it('pickedKeys: Simplified reads add created_on; whole and raw pick nothing', () => {
		expect(pickedKeys({ output: 'simple' }, false)).toEqual(SIMPLIFIED_LEAD);
		expect(pickedKeys({ output: 'simple' }, true)).toContain('created_on');
		expect(pickedKeys({ output: 'raw' }, true)).toBeUndefined();
		expect(pickedKeys(WHOLE_LEAD, true)).toBeUndefined();
	});
});
