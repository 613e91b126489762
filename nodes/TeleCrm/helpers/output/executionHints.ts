/**
 * What one node execution noticed that its items do not show at a glance, noted where it
 * happens (ExecutionFacts), and the hints it tells once, after the last item, in n8n's output
 * pane (the router): at most one per kind, each with its figures and what to do. Counts over
 * the whole execution, never one entry per item; nothing noticed, no hint.
 */
import type { NodeExecutionHint } from 'n8n-workflow';

import type { DefinitionKind } from '../values/itemErrors';
import type { FreshReads } from '../workspace/workspace';

/** Items a write stored without some of their values (On Ignored Values › Keep Remarks). */
interface IgnoredValues {
	items: number;
	/** The fields remarked, lead fields by name (`rating`, `actions[1].fields.email`). */
	fields: Set<string>;
	/** Actions answered IGNORED. */
	actions: number;
}

/** Items of Create or Update (Queued) whose leads were queued but not seen stored. */
export interface QueuedLeads {
	/** Items queued without Confirm. */
	unconfirmed: number;
	/** Items Confirm looked for and did not see stored in time. */
	notSeen: number;
	/** Items Confirm looked for. */
	confirming: number;
	/** The longest Confirm Within of those items, in ms. */
	withinMs: number;
}

/** A 429/503 pause of one API's requests, as the transport tallied it. */
export interface SlowDown {
	/** The credential's name (`TeleCRM Sync API`). */
	api: string;
	/** Answers that paused every item in flight. */
	times: number;
	/** Wall-clock time the requests were held back, pauses overlapping counted once. */
	pausedMs: number;
	/** Rate-limit headers seen on this API's answers (lower-cased names). */
	limitHeaders: Record<string, string>;
	/** The pace this execution kept, in requests an hour, if it kept one (the Async API). */
	perHour?: number;
}

/**
 * What one execution noticed, as plain state kept with its scope (helpers/scope.ts). A part
 * exists once something was noted in it: a clean execution's facts stay `{}`, and the router
 * then works out no hints at all.
 */
export interface ExecutionFacts extends FreshReads {
	ignored?: IgnoredValues;
	/** Leads each Return All of Lead › Search output. */
	returnedAll?: number[];
	queued?: QueuedLeads;
}

/**
 * A write kept the item, though telecrm ignored these remarked fields and actions: called only
 * when it ignored something (writeOutcome), so a clean write notes nothing.
 */
export function noteIgnoredValues(
	facts: ExecutionFacts,
	remarkedFields: string[],
	ignoredActions: number,
): void {
	const ignored = (facts.ignored ??= { items: 0, fields: new Set(), actions: 0 });
	ignored.items++;
	ignored.actions += ignoredActions;
	for (const field of remarkedFields) ignored.fields.add(field);
}

/** A Return All of Lead › Search output `leads`. */
export function noteReturnedAll(facts: ExecutionFacts, leads: number): void {
	(facts.returnedAll ??= []).push(leads);
}

/** Create or Update (Queued) items, once Confirm (if any) ended. */
export function noteLeadsQueued(
	facts: ExecutionFacts,
	{ unconfirmed, notSeen, confirming, withinMs }: QueuedLeads,
): void {
	const queued = (facts.queued ??= { unconfirmed: 0, notSeen: 0, confirming: 0, withinMs: 0 });
	queued.unconfirmed += unconfirmed;
	queued.notSeen += notSeen;
	queued.confirming += confirming;
	queued.withinMs = Math.max(queued.withinMs, withinMs);
}

// The hints.

/**
 * From this many leads a Return All is worth a look at Lead › Count: ten requests of 100 and
 * as many items for every later node, where Count answers with one request and one item.
 * Below it a search is cheap whatever it is for.
 */
export const RETURN_ALL_WORTH_A_COUNT = 1000;

/** Names listed in a hint before "and N more". */
const MAX_NAMES = 5;

const LEADS_PER_PAGE = 100;

const TEAM_MEMBERS_PER_PAGE = 10;

const count = (n: number, one: string, many = `${one}s`) =>
	`${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;

/** `"a", "b", "c" and 2 more`. */
export function listNames(names: Iterable<string>, max = MAX_NAMES): string {
	const all = [...names].map((name) => `"${name}"`);
	const shown = all.slice(0, max).join(', ');
	return all.length > max ? `${shown} and ${all.length - max} more` : shown;
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(ms < 10_000 ? 1 : 0)} s`;

const hint = (message: string, type: 'info' | 'warning' = 'info'): NodeExecutionHint => ({
	message,
	type,
	location: 'outputPane',
});

function ignoredValuesHint({ ignored }: ExecutionFacts): NodeExecutionHint[] {
	if (!ignored?.items) return [];
	const what = [
		ignored.fields.size
			? `${count(ignored.fields.size, 'field')} (${listNames(ignored.fields)})`
			: '',
		ignored.actions ? count(ignored.actions, 'action') : '',
	].filter(Boolean);
	return [
		hint(
			`TeleCRM ignored some values of ${count(ignored.items, 'item')} and saved the rest: ${what.join(' and ')}. ` +
				'Each item\'s "remarks" says what and why. To make such items fail instead, set On Ignored Values to "Fail the Item".',
			'warning',
		),
	];
}

const NAMED: Record<DefinitionKind, string> = {
	fields: 'lead field',
	pipeline: 'status or lost reason',
	actions: 'custom action field',
	team: 'team member',
};

function renewedDefinitionsHint({
	renewed = new Map(),
	actionsFetched = new Set(),
}: ExecutionFacts): NodeExecutionHint[] {
	const named = [...renewed].map(([kind, names]) => `${NAMED[kind]} ${listNames(names)}`);
	if (actionsFetched.size) named.push(`custom action ${listNames(actionsFetched)}`);
	if (!named.length) return [];
	const requests = renewed.size + actionsFetched.size;
	const team = renewed.has('team')
		? ` (the team list: one per ${TEAM_MEMBERS_PER_PAGE} members)`
		: '';
	return [
		hint(
			`Items named what the workspace definitions kept from an earlier execution did not hold: ${named.join('; ')}. ` +
				`They were read afresh from TeleCRM, which cost ${count(requests, 'more request')}${team}; later executions use the new ones.`,
		),
	];
}

function returnAllHint({ returnedAll = [] }: ExecutionFacts): NodeExecutionHint[] {
	const large = returnedAll.filter((leads) => leads >= RETURN_ALL_WORTH_A_COUNT);
	if (!large.length) return [];
	const leads = large.reduce((sum, n) => sum + n, 0);
	const requests = large.reduce((sum, n) => sum + Math.ceil(n / LEADS_PER_PAGE), 0);
	const searches = large.length === 1 ? 'Return All' : `${large.length} items' Return All`;
	return [
		hint(
			`${searches} returned ${count(leads, 'lead')} (${count(requests, 'request')} of ${LEADS_PER_PAGE} leads), and every later node runs once per lead. ` +
				'If only how many is wanted, Lead › Count answers with one request and one item (Group By for a count per status or assignee).',
		),
	];
}

/** The limit the pauses hit, as this API's answers and pace tell it, and what keeps under it. */
function limitOf({ limitHeaders, perHour }: SlowDown): string {
	if (perHour) {
		return `This execution paced it to ${count(perHour, 'request')} an hour; the token's limit counts every workflow using it. Lower Queue Options › Requests per Hour to stay under it.`;
	}
	const announced = Object.entries(limitHeaders).filter(([name]) => name !== 'retry-after');
	const limit = announced.length
		? `The token's limit, from TeleCRM's answers: ${announced.map(([name, value]) => `${name}: ${value}`).join(', ')}.`
		: 'TeleCRM announced no limit in its answers (it documents none for this API).';
	return `${limit} To stay under it, lower Options › Items in Flight or run fewer executions at once.`;
}

function slowDownHint(slowDowns: SlowDown[]): NodeExecutionHint[] {
	if (!slowDowns.length) return [];
	const told = slowDowns.map(
		(slowDown) =>
			`The ${slowDown.api} answered 429/503 ("slow down") ${count(slowDown.times, 'time')}, ` +
			`and every item in flight waited ${seconds(slowDown.pausedMs)} in all. ${limitOf(slowDown)}`,
	);
	return [hint(told.join(' '), 'warning')];
}

function queuedHint({ queued }: ExecutionFacts): NodeExecutionHint[] {
	if (!queued) return [];
	const told: string[] = [];
	if (queued.unconfirmed) {
		told.push(
			`${count(queued.unconfirmed, 'lead was', 'leads were')} only queued: TeleCRM's Async API answers "QUEUED" before it stores anything, and nothing checked that it did. ` +
				'Turn on Confirm to look them up through the Sync API (one search per 100 leads a round).',
		);
	}
	if (queued.notSeen) {
		told.push(
			`${count(queued.notSeen, 'queued lead was', 'queued leads were')} not seen stored in TeleCRM within ${seconds(queued.withinMs)} ("confirmation": "not seen yet" in those items). ` +
				'TeleCRM may still be applying them or have dropped a value: raise Confirm Within, or look them up later with Lead › Get.',
		);
	}
	if (!told.length) return [];
	return [hint(told.join(' '), queued.notSeen ? 'warning' : 'info')];
}

/** Every hint the execution's facts call for, in a fixed order. */
export function executionHints(facts: ExecutionFacts, slowDowns: SlowDown[]): NodeExecutionHint[] {
	return [
		...ignoredValuesHint(facts),
		...queuedHint(facts),
		...slowDownHint(slowDowns),
		...renewedDefinitionsHint(facts),
		...returnAllHint(facts),
	];
}
