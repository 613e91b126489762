/** The sandbox workspace: definitions (fields, actions, pipeline, team) and seeded leads. */
import type { FieldType } from './validation.cjs';

export interface FieldDef {
	id: string;
	apiName: string;
	type: FieldType;
	description: string;
	lockAfterCreate: boolean;
	isLeadid: boolean;
	options?: Array<{ id: string; label: string }>;
}

interface ActionFieldDef {
	type: FieldType;
	options?: string[];
}

export interface CustomActionDef {
	id: string;
	code: string;
	displayName: string;
	icon: string;
	description: string;
	score: number;
	source: 'USER' | 'SYSTEM';
	fieldSchema: Record<string, ActionFieldDef>;
	allowPredatedActivity: { enabled: boolean };
	definitionType: string;
	createdOn: number;
	modifiedOn: number;
}

interface StatusDef {
	statusid: number;
	label: string;
	color: string;
}

interface StageDef {
	stageid: string;
	stageType: 'OPEN' | 'WON' | 'LOST';
	visibility: boolean;
	activeStatuses: StatusDef[];
	archivedStatuses: StatusDef[];
}

interface LostReasonDef {
	reasonid: number;
	reasonLabel: string;
	isDefault: boolean;
}

export interface Member {
	id: string;
	name: string;
	email: string;
	status: 'Active' | 'Inactive' | 'On Leave' | 'Working' | 'Invited' | 'Deleted';
	phone_number: string;
	role: string;
	manager_name: string | null;
	manager_email: string | null;
	permission_template_name: string;
	license: { status: string; type: string; start_date: string; end_date: string } | null;
}

export interface ActionRecord {
	id: string;
	type: string;
	fields?: Record<string, unknown>;
	status?: string;
	currency?: string;
	amount?: string;
	paymentid?: string;
	created_on: number;
	performed_by: string | null;
}

export interface LeadRecord {
	id: string;
	created_on: number;
	/** Search finds the lead only from this time on (indexing lag; tests only). */
	searchable_from?: number;
	fields: Record<string, unknown>;
	actions: ActionRecord[];
}

export interface State {
	enterprise: {
		id: string;
		name: string;
		creationTimeStamp: number;
		teamSize: string;
		industry: string;
		website: string;
		integrations: string[];
		licenceSeats: number;
	};
	fields: FieldDef[];
	customActions: CustomActionDef[];
	pipeline: {
		leadStages: StageDef[];
		activeLeadLostReasons: LostReasonDef[];
		archivedLeadLostReasons: LostReasonDef[];
		creationTimestamp: number;
		modificationTimestamp: number;
		lastModifiedBy: string;
		version: number;
	};
	members: Member[];
	leads: LeadRecord[];
	nextId: number;
}

export const PAYMENT_STATUSES = [
	'PENDING',
	'COMPLETED',
	'FAILED',
	'REFUNDED',
	'CANCELLED',
	'PROCESSING',
];
export const CURRENCIES = [
	'INR',
	'USD',
	'PKR',
	'AED',
	'QAR',
	'SAR',
	'MYR',
	'AUD',
	'CAD',
	'SGD',
	'XOF',
];
export const ROLES = ['ADMIN', 'MANAGER', 'CALLER', 'MARKETING_USER'];
export const AVAILABILITY_STATES = ['Active', 'Inactive', 'On Leave', 'Working'];

/** Deterministic ids and random numbers, so a seed gives the same workspace each time. */
export function hexId(n: number): string {
	return '5f8a1b2c' + n.toString(16).padStart(16, '0');
}

function prng(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

const DAY = 24 * 3600 * 1000;
const FIRST = [
	'Aarav',
	'Diya',
	'Kabir',
	'Meera',
	'Rohan',
	'Ananya',
	'Vihaan',
	'Isha',
	'Arjun',
	'Saanvi',
	'Jane',
	'Omar',
	'Fatima',
	'Liam',
	'Sofia',
	'Noah',
];
const LAST = [
	'Sharma',
	'Patel',
	'Khan',
	'Iyer',
	'Reddy',
	'Gupta',
	'Doe',
	'Haddad',
	'Fernandes',
	'Nair',
	'Singh',
	'Chen',
];

function field(
	n: number,
	apiName: string,
	type: FieldType,
	description: string,
	extra: Partial<FieldDef> = {},
): FieldDef {
	return {
		id: hexId(n),
		apiName,
		type,
		description,
		lockAfterCreate: false,
		isLeadid: false,
		...extra,
	};
}

function options(base: number, labels: string[]) {
	return labels.map((label, i) => ({ id: `opt_${base + i}`, label }));
}

function member(
	i: number,
	name: string,
	status: Member['status'],
	role: string,
	manager?: Member,
): Member {
	const email = name.toLowerCase().replace(/[^a-z]+/g, '.') + '@sandbox-telecrm.test';
	return {
		id: hexId(9000 + i),
		name,
		email,
		status,
		phone_number: `9198${String(76543210 + i).padStart(8, '0')}`,
		role,
		manager_name: manager?.name ?? null,
		manager_email: manager?.email ?? null,
		permission_template_name:
			role === 'ADMIN' ? 'Admin' : role === 'MANAGER' ? 'Sales Manager' : 'Sales Agent',
		license:
			status === 'Invited' || status === 'Deleted'
				? null
				: { status: 'ACTIVE', type: 'GROWTH', start_date: '2026-01-01', end_date: '2027-01-01' },
	};
}

/** The lead fields: one of each type, the phone the lead identifier. */
function seedFields(): FieldDef[] {
	return [
		field(1, 'name', 'TEXT', 'Full name of the lead'),
		field(2, 'phone', 'PHONE', 'Primary phone, the lead identifier', {
			isLeadid: true,
			lockAfterCreate: true,
		}),
		field(3, 'email', 'EMAIL', 'Primary email'),
		field(4, 'rating', 'RATING', 'Lead rating from 1 to 5'),
		field(5, 'status', 'STATUS', 'Pipeline status'),
		field(6, 'assignee', 'ACTIVE_USERS', 'Team member who owns the lead'),
		field(7, 'lost_reason', 'LOST_REASON', 'Why the lead was lost'),
		field(8, 'contact_source', 'DROPDOWN', 'How the lead was sourced', {
			options: options(1, ['Website', 'Referral', 'Cold Call', 'Facebook Ads']),
		}),
		field(9, 'interests', 'TAGS', 'Products the lead asked about', {
			options: options(10, ['Villa', 'Apartment', 'Plot', 'Commercial']),
		}),
		field(10, 'deal_size', 'MONEY', 'Expected deal value'),
		field(11, 'follow_up_date', 'DATE', 'Next follow-up'),
		field(12, 'company_website', 'WEBSITE', 'Company web site'),
		field(13, 'brochure_link', 'MEDIALINK', 'Last brochure sent'),
		field(14, 'budget_lakhs', 'NUMBER', 'Budget in lakhs'),
		field(15, 'city', 'TEXT', 'City'),
		field(16, 'alternate_phone', 'PHONE', 'Second phone'),
	];
}

/** Four custom actions, one of them system-defined. */
function seedCustomActions(now: number): CustomActionDef[] {
	return [
		{
			id: hexId(101),
			code: 'ACTION_1001',
			displayName: 'Site Visit',
			icon: 'map-pin',
			description: 'Recorded after a sales rep visits the lead',
			score: 10,
			source: 'USER',
			fieldSchema: {
				note: { type: 'TEXT' },
				outcome: { type: 'DROPDOWN', options: ['Interested', 'Not Interested'] },
				visit_date: { type: 'DATE' },
			},
			allowPredatedActivity: { enabled: true },
			definitionType: 'USER_DEFINED',
			createdOn: now - 400 * DAY,
			modifiedOn: now - 100 * DAY,
		},
		{
			id: hexId(102),
			code: 'ACTION_1002',
			displayName: 'Demo Booked',
			icon: 'calendar',
			description: 'A product demo was scheduled',
			score: 20,
			source: 'USER',
			fieldSchema: {
				demo_date: { type: 'DATE' },
				attendees: { type: 'NUMBER' },
				notes: { type: 'TEXT' },
			},
			allowPredatedActivity: { enabled: false },
			definitionType: 'USER_DEFINED',
			createdOn: now - 300 * DAY,
			modifiedOn: now - 300 * DAY,
		},
		{
			id: hexId(103),
			code: 'ACTION_1003',
			displayName: 'Form Submission',
			icon: 'file-text',
			description: 'The lead submitted a web form',
			score: 5,
			source: 'USER',
			fieldSchema: {
				form_name: { type: 'TEXT' },
				message: { type: 'TEXT' },
				submitted_at: { type: 'DATE' },
				page_url: { type: 'WEBSITE' },
			},
			allowPredatedActivity: { enabled: true },
			definitionType: 'USER_DEFINED',
			createdOn: now - 200 * DAY,
			modifiedOn: now - 20 * DAY,
		},
		{
			id: hexId(104),
			code: 'ACTION_1004',
			displayName: 'Quote Sent',
			icon: 'send',
			description: 'A price quote was sent',
			score: 15,
			source: 'SYSTEM',
			fieldSchema: {
				quote_amount: { type: 'MONEY' },
				channel: { type: 'DROPDOWN', options: ['Email', 'WhatsApp'] },
			},
			allowPredatedActivity: { enabled: false },
			definitionType: 'SYSTEM_DEFINED',
			createdOn: now - 500 * DAY,
			modifiedOn: now - 500 * DAY,
		},
	];
}

/** Open, won and lost stages, each with an archived status; current and archived lost reasons. */
function seedPipeline(now: number): State['pipeline'] {
	const status = (statusid: number, label: string, color: string): StatusDef => ({
		statusid,
		label,
		color,
	});
	return {
		leadStages: [
			{
				stageid: 'stage_open_1',
				stageType: 'OPEN',
				visibility: true,
				activeStatuses: [
					status(1, 'Fresh', '#FF5733'),
					status(2, 'Contacted', '#33A8FF'),
					status(3, 'Qualified', '#33FF57'),
					status(4, 'Follow Up', '#F4C542'),
				],
				archivedStatuses: [status(5, 'Old Lead', '#999999')],
			},
			{
				stageid: 'stage_won_1',
				stageType: 'WON',
				visibility: true,
				activeStatuses: [status(10, 'Won', '#28A745')],
				archivedStatuses: [status(11, 'Closed Won (old)', '#999999')],
			},
			{
				stageid: 'stage_lost_1',
				stageType: 'LOST',
				visibility: true,
				activeStatuses: [status(20, 'Lost', '#DC3545'), status(21, 'Not Interested', '#C0392B')],
				archivedStatuses: [status(22, 'Junk', '#999999')],
			},
		],
		activeLeadLostReasons: [
			{ reasonid: 1, reasonLabel: 'Price too high', isDefault: false },
			{ reasonid: 2, reasonLabel: 'No Need', isDefault: true },
			{ reasonid: 3, reasonLabel: 'Went with competitor', isDefault: false },
		],
		archivedLeadLostReasons: [{ reasonid: 4, reasonLabel: 'Budget freeze', isDefault: false }],
		creationTimestamp: now - 600 * DAY,
		modificationTimestamp: now - 30 * DAY,
		lastModifiedBy: 'admin@sandbox-telecrm.test',
		version: 3,
	};
}

/** An admin, a manager and callers in every availability state (one invited, one deleted). */
function seedMembers(): Member[] {
	const admin = member(0, 'Asha Admin', 'Active', 'ADMIN');
	const manager = member(1, 'Manoj Manager', 'Working', 'MANAGER', admin);
	return [
		admin,
		manager,
		member(2, 'Priya Caller', 'Working', 'CALLER', manager),
		member(3, 'Rahul Caller', 'Active', 'CALLER', manager),
		member(4, 'Sara Caller', 'On Leave', 'CALLER', manager),
		member(5, 'Tariq Caller', 'Working', 'CALLER', manager),
		member(6, 'Uma Caller', 'Inactive', 'CALLER', manager),
		member(7, 'Vikram Caller', 'Active', 'CALLER', manager),
		member(8, 'Wen Marketing', 'Active', 'MARKETING_USER', admin),
		member(9, 'Xavier Caller', 'Working', 'CALLER', manager),
		member(10, 'Yara Caller', 'Invited', 'CALLER', manager),
		member(11, 'Zoe Caller', 'Active', 'CALLER', manager),
		member(12, 'Deleted Dev', 'Deleted', 'CALLER', manager),
	];
}

function definitions(now: number): Omit<State, 'leads' | 'nextId'> {
	return {
		enterprise: {
			id: 'ent_sandbox_001',
			name: 'Sandbox Realty',
			creationTimeStamp: now - 700 * DAY,
			teamSize: '10-50',
			industry: 'Real Estate',
			website: 'https://sandbox-telecrm.test',
			integrations: ['WHATSAPP', 'EMAIL', 'SMS'],
			licenceSeats: 15,
		},
		fields: seedFields(),
		customActions: seedCustomActions(now),
		pipeline: seedPipeline(now),
		members: seedMembers(),
	};
}

/** A workspace with `leadCount` leads created over the last 60 days, with actions by agents. */
export function seedState(leadCount: number, now = Date.now(), seed = 42): State {
	const base = definitions(now);
	const random = prng(seed);
	const seeding: Seeding = {
		now,
		random,
		pick: (list) => list[Math.floor(random() * list.length)],
		agents: base.members.filter(
			(m) => ['Working', 'Active'].includes(m.status) && m.role === 'CALLER',
		),
		open: base.pipeline.leadStages.flatMap((s) => s.activeStatuses.map((x) => x.label)),
		nextId: 100000,
	};
	const leads: LeadRecord[] = [];
	for (let i = 0; i < leadCount; i++) leads.push(seedLead(i, seeding));
	return { ...base, leads, nextId: seeding.nextId };
}

/** What seeding draws from; the draws' order is what makes a seed give the same workspace. */
interface Seeding {
	now: number;
	random: () => number;
	pick: <T>(list: T[]) => T;
	/** Callers at work: who owns leads and performs actions. */
	agents: Member[];
	/** The labels of the open stages' statuses. */
	open: string[];
	nextId: number;
}

function seedLead(i: number, seeding: Seeding): LeadRecord {
	const { now, random } = seeding;
	const created = now - Math.floor(random() * 60 * DAY);
	const fields = seedLeadFields(i, seeding);
	const actions: ActionRecord[] = [];
	const actionCount = Math.floor(random() * 5);
	for (let a = 0; a < actionCount; a++) actions.push(seedAction(a, created, seeding));
	actions.sort((x, y) => y.created_on - x.created_on);
	return {
		id: hexId(seeding.nextId++),
		created_on: created,
		fields: { ...fields, created_on: created },
		actions,
	};
}

function seedLeadFields(
	i: number,
	{ random, pick, agents, open }: Seeding,
): Record<string, unknown> {
	const first = pick(FIRST);
	const last = pick(LAST);
	const status = pick(open);
	const fields: Record<string, unknown> = {
		name: `${first} ${last}`,
		phone: `91${String(9000000000 + i * 7919).slice(0, 10)}`,
		email: `${first}.${last}.${i}@example.com`.toLowerCase(),
		status,
		assignee: pick(agents).email,
		contact_source: pick(['Website', 'Referral', 'Cold Call', 'Facebook Ads']),
		rating: 1 + Math.floor(random() * 5),
		city: pick(['Mumbai', 'Pune', 'Dubai', 'Bengaluru', 'Delhi']),
	};
	if (random() < 0.5) fields.interests = [pick(['Villa', 'Apartment', 'Plot', 'Commercial'])];
	if (random() < 0.4) fields.deal_size = String(100000 * (1 + Math.floor(random() * 50)));
	if (['Lost', 'Not Interested'].includes(status))
		fields.lost_reason = pick(['Price too high', 'No Need', 'Went with competitor']);
	return fields;
}

/** The `a`th action on a lead created at `created`: a payment, a custom action or a call/message. */
function seedAction(a: number, created: number, seeding: Seeding): ActionRecord {
	const { now, random, pick } = seeding;
	const at = created + Math.floor(random() * (now - created));
	const by = pick(seeding.agents).id;
	const kind = pick([
		'1001',
		'1002',
		'1003',
		'PAYMENT',
		'OUTGOING_CALL',
		'INCOMING_CALL',
		'MISSED_CALL',
		'INCOMING_WHATSAPP_MSG',
	]);
	return actionRecord(kind, hexId(seeding.nextId++), at, by, a, pick);
}

function actionRecord(
	kind: string,
	id: string,
	at: number,
	by: string,
	a: number,
	pick: Seeding['pick'],
): ActionRecord {
	switch (kind) {
		case 'PAYMENT':
			return {
				id,
				type: kind,
				status: pick(['PENDING', 'COMPLETED']),
				currency: 'INR',
				amount: String(5000 * (1 + a)),
				created_on: at,
				performed_by: by,
			};
		case '1001':
			return {
				id,
				type: kind,
				fields: { note: 'Visited the site', outcome: pick(['Interested', 'Not Interested']) },
				created_on: at,
				performed_by: by,
			};
		case '1002':
			return {
				id,
				type: kind,
				fields: { demo_date: at + 3 * DAY, attendees: 2 },
				created_on: at,
				performed_by: by,
			};
		case '1003':
			return {
				id,
				type: kind,
				fields: { form_name: 'Contact us', message: 'Please call me' },
				created_on: at,
				performed_by: null,
			};
		default:
			return { id, type: kind, created_on: at, performed_by: by };
	}
}
