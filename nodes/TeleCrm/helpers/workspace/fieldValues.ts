import type { ActionEntry } from '../values/actionEntries';
import { isCustomActionEntry, paymentAction } from '../values/actionEntries';
import type { ApiBody, FieldValues } from '../values/apiShapes';
import { bareActionCode } from '../values/customActions';
import { InvalidValueError, UnknownNameError } from '../values/itemErrors';
import type { FieldKind, FieldSpec, Labels } from '../values/valueConversion';
import { fieldKind, toWireFields } from '../values/valueConversion';
import type { CustomActionDefinition, Workspace } from './workspace';
import { hasHttpCode } from '../../transport';

/**
 * The lists that values of closed kinds must name (statuses, lost reasons, team members),
 * fetched only when a value of that kind is given.
 */
async function labelsFor(
	workspace: Workspace,
	specs: FieldSpec[],
	values: FieldValues,
): Promise<(kind: FieldKind) => Labels | undefined> {
	const kinds = new Set<FieldKind>();
	for (const key of Object.keys(values))
		kinds.add(fieldKind(specs.find((s) => s.apiName === key)?.type));
	const labels: Partial<Record<FieldKind, Labels>> = {};
	for (const kind of ['status', 'lostReason'] as const) {
		if (kinds.has(kind)) labels[kind] = await workspace.labels(kind);
	}
	if (kinds.has('activeUsers')) labels.activeUsers = await workspace.teamEmails();
	return (kind: FieldKind) => labels[kind];
}

/** The values of `names` among `values`, in `values`' order (a key not named is left out). */
export function pickFields(values: FieldValues, names: string[]): FieldValues {
	const picked: FieldValues = {};
	for (const [key, value] of Object.entries(values)) {
		if (names.includes(key)) picked[key] = value;
	}
	return picked;
}

/** Values converted to telecrm's wire format against the given field specs. */
export async function convertFields(
	workspace: Workspace,
	specs: FieldSpec[],
	values: FieldValues,
): Promise<FieldValues> {
	return toWireFields(specs, values, await labelsFor(workspace, specs, values));
}

/**
 * Runs a check against the workspace's definitions. A name they do not hold gets one fresh
 * read of its kind before the item is refused (one read for all items in flight): a field,
 * status or member added in telecrm a minute ago is never refused for stale definitions.
 */
export async function withFreshDefinitions<T>(
	workspace: Workspace,
	check: () => Promise<T>,
): Promise<T> {
	const refreshed = new Set<string>();
	for (;;) {
		const outcome = await check().then(
			(value) => ({ ok: true as const, value }),
			(error: unknown) => ({ ok: false as const, error }),
		);
		if (outcome.ok) return outcome.value;
		const { error } = outcome;
		const kind = error instanceof UnknownNameError ? error.definitions : undefined;
		if (!kind || refreshed.has(kind)) return await Promise.reject(error as Error);
		refreshed.add(kind);
		const named = unknownName(error as UnknownNameError);
		if (!(await workspace.refresh(kind, named))) return await Promise.reject(error as Error);
	}
}

/** The name the definitions lacked: a field's (lead or action field), else the value (a status, an email). */
function unknownName({ definitions, field, value }: UnknownNameError): string {
	return definitions === 'fields' || definitions === 'actions' ? field : String(value);
}

/** The action's definition; a code the workspace does not have is refused with the ones it has. */
async function knownAction(workspace: Workspace, code: string): Promise<CustomActionDefinition> {
	const found = await workspace
		.customAction(code)
		.catch(async (error: unknown) =>
			hasHttpCode(error, '404') ? undefined : await Promise.reject(error as Error),
		);
	if (found) return found;
	const codes = (await workspace.customActions()).map((a) => bareActionCode(a.code));
	throw new InvalidValueError(
		'custom action',
		code,
		`a custom action of this workspace: ${codes.join(', ')}`,
	);
}

/** Custom-action field values converted against that action's field schema. */
export async function customActionFields(
	workspace: Workspace,
	code: string,
	values: FieldValues,
): Promise<FieldValues> {
	return await withFreshDefinitions(
		workspace,
		async () => await actionFields(workspace, code, values),
	);
}

async function actionFields(
	workspace: Workspace,
	code: string,
	values: FieldValues,
): Promise<FieldValues> {
	const definition = await knownAction(workspace, code);
	const specs = Object.entries(definition.fieldSchema ?? {}).map(([apiName, def]) => ({
		apiName,
		type: def.type,
	}));
	for (const key of Object.keys(values)) {
		if (!specs.some((s) => s.apiName === key)) {
			throw new UnknownNameError(
				key,
				values[key],
				`a field of ${definition.displayName}: ${specs.map((s) => s.apiName).join(', ')}`,
				'actions',
			);
		}
	}
	return await convertFields(workspace, specs, values);
}

/** Action entries in wire form, in their order; payments are numbered among themselves. */
export async function convertActionEntries(
	workspace: Workspace,
	entries: ActionEntry[],
): Promise<ApiBody[]> {
	const actions: ApiBody[] = [];
	let payments = 0;
	for (const entry of entries) {
		if (isCustomActionEntry(entry)) {
			const fields = await customActionFields(workspace, entry.code, entry.fields);
			actions.push({ type: entry.code, fields });
		} else actions.push(paymentAction(entry, `payment ${++payments}`));
	}
	return actions;
}
