import {
	normalisePipeline,
	pipelineShape,
	UNKNOWN_STAGE,
} from '../../../../../nodes/TeleCrm/helpers/values/pipeline';

const labels = (list: Array<{ label?: unknown; reasonLabel?: unknown }>) =>
	list.map((x) => x.label ?? x.reasonLabel);

describe('normalisePipeline', () => {
	it('keeps the documented shape as it is', () => {
		const raw = {
			leadStages: [
				{
					stageid: 's1',
					stageType: 'OPEN',
					activeStatuses: [{ statusid: 1, label: 'Fresh' }],
					archivedStatuses: [{ statusid: 5, label: 'Old Lead' }],
				},
			],
			activeLeadLostReasons: [{ reasonid: 1, reasonLabel: 'Price' }],
			archivedLeadLostReasons: [{ reasonid: 4, reasonLabel: 'Budget freeze' }],
			version: 3,
		};
		expect(normalisePipeline(raw)).toEqual(raw);
	});

	it('groups flat statuses into stages by stage type, archived ones apart', () => {
		const pipeline = normalisePipeline({
			statuses: [
				{ label: 'Fresh', stageType: 'OPEN' },
				{ label: 'Won', stageType: 'WON' },
				{ label: 'Contacted', stageType: 'OPEN' },
			],
			archivedStatuses: [{ label: 'Old Lead', stageType: 'OPEN' }],
			lostReasons: [{ reasonLabel: 'Price' }],
			archivedLostReasons: [{ reasonLabel: 'Budget freeze' }],
			version: 2,
		});
		expect(pipeline.leadStages.map((s) => s.stageType)).toEqual(['OPEN', 'WON']);
		expect(labels(pipeline.leadStages[0].activeStatuses)).toEqual(['Fresh', 'Contacted']);
		expect(labels(pipeline.leadStages[0].archivedStatuses)).toEqual(['Old Lead']);
		expect(labels(pipeline.activeLeadLostReasons)).toEqual(['Price']);
		expect(labels(pipeline.archivedLeadLostReasons)).toEqual(['Budget freeze']);
		expect(pipeline.version).toBe(2);
		expect(pipeline).not.toHaveProperty('statuses');
	});

	it.each([
		['archived_statuses', 'archived_lost_reasons'],
		['inactiveStatuses', 'archivedLeadLostReasons'],
	])('finds archived lists under %s and %s', (statusKey, reasonKey) => {
		const pipeline = normalisePipeline({
			statuses: ['Fresh'],
			[statusKey]: ['Junk'],
			lost_reasons: ['No Need'],
			[reasonKey]: ['Budget freeze'],
		});
		expect(pipeline.leadStages).toEqual([
			{
				stageType: UNKNOWN_STAGE,
				activeStatuses: [{ label: 'Fresh' }],
				archivedStatuses: [{ label: 'Junk' }],
			},
		]);
		expect(labels(pipeline.activeLeadLostReasons)).toEqual(['No Need']);
		expect(labels(pipeline.archivedLeadLostReasons)).toEqual(['Budget freeze']);
	});

	it('reads a status marked archived in the flat list, and names under other keys', () => {
		const pipeline = normalisePipeline({
			statuses: [{ name: 'Fresh' }, { name: 'Junk', archived: true }, { title: '' }, null],
			lostReasons: [{ label: 'Price' }],
		});
		expect(labels(pipeline.leadStages[0].activeStatuses)).toEqual(['Fresh']);
		expect(labels(pipeline.leadStages[0].archivedStatuses)).toEqual(['Junk']);
		expect(labels(pipeline.activeLeadLostReasons)).toEqual(['Price']);
	});

	it('gives empty lists for an empty answer', () => {
		expect(normalisePipeline({})).toEqual({
			leadStages: [],
			activeLeadLostReasons: [],
			archivedLeadLostReasons: [],
		});
	});
});

describe('pipelineShape', () => {
	it('tells the documented shape, flat lists and neither apart', () => {
		expect(pipelineShape({ leadStages: [{ stageType: 'OPEN' }] })).toBe('documented');
		expect(pipelineShape({ leadStages: [], statuses: [] })).toBe('flat');
		expect(pipelineShape({ archived_statuses: ['Old'] })).toBe('flat');
		expect(pipelineShape({ leadStages: [] })).toBe('unknown');
	});
});
