/**
 * Every operation of the node, filled in by hand in the editor: what to click and type, and
 * what the output panel and the sandbox must show afterwards.
 */
import type { Sandbox } from '../../sandbox/server.cjs';
import type { NodeEditor, StepOutput } from './editor.cjs';
import { EXAMPLE_CREDENTIAL_ID } from '../../dev/examples.cjs';

export interface OperationCase {
	/** Screenshot name and test title. */
	name: string;
	/** The action as the nodes panel lists it. */
	action: string;
	fill(editor: NodeEditor): Promise<void>;
	check(output: StepOutput): void;
}

const PHONE = '919811122233';
/** Set on create; the later writes leave these columns empty, so they must stay. */
const NUMBERS = { budget_lakhs: 85, rating: 4 };

export function operationCases(sandbox: Sandbox): OperationCase[] {
	const lead = () => sandbox.state.leads.find((l) => l.fields.phone === PHONE);
	const siteVisit = () => lead()?.actions.find((a) => a.type === '1001');
	const member = (email: string) => sandbox.state.members.find((m) => m.email === email);
	const one = (output: StepOutput) => {
		expect(output.ok).toBe(true);
		expect(output.count).toBe('1 item');
	};
	return [
		{
			name: 'lead-create',
			action: 'Create a lead',
			fill: async (e) => {
				await e.type('phone', '+91 98111 22233');
				await e.type('name', 'Editor Lead');
				await e.choose('status', 'Fresh');
				await e.type('budget_lakhs', '85');
				await e.type('rating', '4');
			},
			check: (out) => {
				one(out);
				expect(out.text).toContain('created');
				expect(lead()?.fields).toMatchObject({ name: 'Editor Lead', status: 'Fresh', ...NUMBERS });
			},
		},
		{
			name: 'lead-upsert',
			action: 'Create or update a lead',
			fill: async (e) => {
				await e.type('phone', PHONE);
				await e.type('city', 'Goa');
				await e.choose('matchStrategy', 'Look Up First');
			},
			check: (out) => {
				one(out);
				expect(out.text).toContain('updated');
				// Number columns left empty in the editor are not sent: the stored values stay.
				expect(lead()?.fields).toMatchObject({ city: 'Goa', ...NUMBERS });
			},
		},
		{
			name: 'lead-upsert-queued',
			action: 'Queue a create or update of a lead',
			fill: async (e) => {
				await e.chooseCredential(EXAMPLE_CREDENTIAL_ID);
				await e.type('phone', '+91 98111 22233');
				// The same city as Create or Update left: the queue applies it a moment later.
				await e.type('city', 'Goa');
			},
			check: (out) => {
				one(out);
				expect(out.text).toContain('queued');
				expect(out.text).toContain(PHONE);
			},
		},
		{
			name: 'lead-get',
			action: 'Get a lead',
			fill: async (e) => {
				await e.pickFromList('lead', PHONE);
			},
			check: (out) => {
				one(out);
				// Simplified (the default): name, status… but not city, which Raw would show.
				expect(out.text).toContain('Editor Lead');
				expect(out.text).toContain('Fresh');
				expect(out.text).not.toContain('Goa');
			},
		},
		{
			name: 'lead-update-manual-mapping',
			action: 'Update a lead',
			fill: async (e) => {
				await e.pickFromList('lead', PHONE);
				await e.type('city', 'Pune');
				await e.choose('status', 'Won');
			},
			check: (out) => {
				one(out);
				expect(lead()?.fields).toMatchObject({ city: 'Pune', status: 'Won', ...NUMBERS });
			},
		},
		{
			name: 'lead-search',
			action: 'Search leads',
			fill: async () => undefined,
			check: (out) => {
				expect(out.ok).toBe(true);
				expect(out.count).toBe('50 items');
			},
		},
		{
			name: 'lead-count',
			action: 'Count leads',
			fill: async (e) => await e.choose('groupBy', 'Status'),
			check: (out) => {
				expect(out.ok).toBe(true);
				// One item per active status, and one for the leads in none of them.
				const active = sandbox.state.pipeline.leadStages.flatMap((s) => s.activeStatuses);
				expect(out.count).toBe(`${active.length + 1} items`);
			},
		},
		{
			name: 'timeline-create',
			action: 'Create actions on a lead',
			fill: async (e) => {
				await e.pickFromList('lead', PHONE);
				await e.choose('actionType', 'Site Visit');
				await e.type('note', 'Walked the site');
				await e.choose('outcome', 'Interested');
			},
			check: (out) => {
				one(out);
				expect(out.text).toContain('Site Visit');
				expect(siteVisit()?.fields).toMatchObject({
					note: 'Walked the site',
					outcome: 'Interested',
				});
			},
		},
		{
			name: 'timeline-get',
			action: 'Get an action',
			fill: async (e) => {
				await e.pickFromList('lead', PHONE);
				await e.type('actionId', siteVisit()!.id);
			},
			check: (out) => {
				one(out);
				expect(out.text).toContain('Walked the site');
			},
		},
		{
			name: 'timeline-update-manual-mapping',
			action: 'Update an action',
			fill: async (e) => {
				await e.pickFromList('lead', PHONE);
				await e.type('actionId', siteVisit()!.id);
				await e.choose('actionType', 'Site Visit');
				await e.type('note', 'Second look');
			},
			check: (out) => {
				one(out);
				expect(siteVisit()?.fields?.note).toBe('Second look');
			},
		},
		{
			name: 'timeline-search',
			action: 'Search actions of a lead',
			fill: async (e) => {
				await e.pickFromList('lead', PHONE);
			},
			check: (out) => {
				expect(out.ok).toBe(true);
				expect(out.text).toContain('Site Visit');
			},
		},
		{
			name: 'team-get-many',
			action: 'Get many team members',
			fill: async () => undefined,
			check: (out) => {
				expect(out.ok).toBe(true);
				expect(out.text).toContain('@sandbox-telecrm.test');
			},
		},
		{
			name: 'team-get',
			action: 'Get a team member',
			fill: async (e) => {
				await e.pickFromList('member', 'priya');
			},
			check: (out) => {
				one(out);
				expect(out.text).toContain('priya.caller@sandbox-telecrm.test');
			},
		},
		{
			name: 'team-create',
			action: 'Create a team member',
			fill: async (e) => {
				await e.type('name', 'Editor Agent');
				await e.type('email', 'editor.agent@example.com');
				await e.type('phoneNumber', '919811100077');
			},
			check: (out) => {
				one(out);
				expect(member('editor.agent@example.com')?.name).toBe('Editor Agent');
			},
		},
		{
			name: 'team-set-availability',
			action: 'Set the availability of a team member',
			fill: async (e) => {
				await e.pickFromList('member', 'priya');
				await e.choose('state', 'On Leave');
			},
			check: (out) => {
				one(out);
				expect(member('priya.caller@sandbox-telecrm.test')?.status).toBe('On Leave');
			},
		},
		{
			name: 'workspace-info',
			action: 'Get workspace info',
			fill: async () => undefined,
			check: (out) => {
				one(out);
				expect(out.text).toContain(sandbox.state.enterprise.name);
			},
		},
		{
			name: 'workspace-fields',
			action: 'Get many lead field definitions',
			fill: async () => undefined,
			check: (out) => {
				expect(out.ok).toBe(true);
				expect(out.count).toBe(`${sandbox.state.fields.length} items`);
			},
		},
		{
			name: 'workspace-field',
			action: 'Get a lead field definition',
			fill: async (e) => {
				await e.choose('apiName', 'follow_up_date');
			},
			check: (out) => {
				one(out);
				expect(out.text).toContain('follow_up_date');
			},
		},
		{
			name: 'workspace-custom-actions',
			action: 'Get many custom action definitions',
			fill: async () => undefined,
			check: (out) => {
				expect(out.ok).toBe(true);
				expect(out.count).toBe(`${sandbox.state.customActions.length} items`);
			},
		},
		{
			name: 'workspace-custom-action',
			action: 'Get a custom action definition',
			fill: async (e) => {
				await e.choose('code', 'Site Visit');
			},
			check: (out) => {
				one(out);
				expect(out.text).toContain('Site Visit');
			},
		},
		{
			name: 'workspace-pipeline',
			action: 'Get the lead stage pipeline',
			fill: async () => undefined,
			check: (out) => {
				one(out);
				expect(out.text).toContain('Qualified');
			},
		},
		{
			// The Async credential is optional here: n8n may fill it in or leave it empty.
			name: 'workspace-check-setup',
			action: 'Check the workspace setup',
			fill: async (e) => {
				await e.chooseCredential(EXAMPLE_CREDENTIAL_ID);
			},
			check: (out) => {
				expect(out.ok).toBe(true);
				expect(out.count).toBe('9 items');
				expect(out.text).toContain('syncCredential');
				expect(out.text).toContain('8 ok, 0 warnings, 0 problems.');
			},
		},
	];
}
