import type { ILoadOptionsFunctions, INodePropertyOptions } from 'n8n-workflow';

import { loading, memberOption } from './loading';
import { bareActionCode, BUILT_IN_ACTION_TYPES, PAYMENT } from '../helpers/values/customActions';
import { fieldKind } from '../helpers/values/valueConversion';

const byName = (a: INodePropertyOptions, b: INodePropertyOptions) => a.name.localeCompare(b.name);

export async function getLeadFields(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	return await loading(this, 'lead fields', async ({ workspace }) =>
		(await workspace.customFields())
			.map((f) => ({
				name: f.isLeadid ? `${f.apiName} (identifier)` : f.apiName,
				value: f.apiName,
				description: `${f.type}${f.description ? ': ' + f.description : ''}`,
			}))
			.sort(byName),
	);
}

/** Output › Select Included Fields: the lead fields, and when the lead was created. */
export async function getLeadOutputFields(
	this: ILoadOptionsFunctions,
): Promise<INodePropertyOptions[]> {
	// Named by its key, as the fields are (a literal name would have to be title case).
	const key = 'created_on';
	const created = {
		name: key,
		value: key,
		description: 'When the lead was created (reads only: Get, Search)',
	};
	const fields = await getLeadFields.call(this);
	if (fields.some((f) => f.value === created.value)) return fields;
	return [...fields, created].sort(byName);
}

export async function getCustomActions(
	this: ILoadOptionsFunctions,
): Promise<INodePropertyOptions[]> {
	return await loading(this, 'custom actions', async ({ workspace }) =>
		(await workspace.customActions())
			.map((a) => ({
				name: `${a.displayName} (${bareActionCode(a.code)})`,
				value: bareActionCode(a.code),
			}))
			.sort(byName),
	);
}

/** Custom actions, then the built-in timeline types (searchable, not writable). */
export async function getActionTypes(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	return [
		...(await getCustomActions.call(this)),
		...BUILT_IN_ACTION_TYPES.map((t) => ({ name: t, value: t })),
	];
}

export async function getStatuses(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	return await loading(this, 'lead statuses', async ({ workspace }) =>
		(await workspace.statuses()).map((s) => ({
			name: s.archived ? `${s.label} (archived)` : s.label,
			value: s.label,
			description: s.stageType ? `Stage ${s.stageType}` : undefined,
		})),
	);
}

export async function getTeamMembers(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	return await loading(this, 'team members', async ({ workspace }) =>
		(await workspace.teamMembers()).map(memberOption).sort(byName),
	);
}

export async function getWritableActionTypes(
	this: ILoadOptionsFunctions,
): Promise<INodePropertyOptions[]> {
	return [...(await getCustomActions.call(this)), { name: 'Payment', value: PAYMENT }];
}

/**
 * The custom action chosen in the same "Custom Action" entry as the field being picked. n8n's
 * `&` shorthand reaches only the field's own row, so the entry is read from the parameter path
 * n8n gives the loader (e.g. `parameters.actions.custom[0].fieldValues.values[1].field`).
 */
function entryActionCode(this: ILoadOptionsFunctions): string | undefined {
	const path = (this as unknown as { path?: unknown }).path;
	const entry =
		typeof path === 'string' ? /^parameters\.(.+\.custom\[\d+\])\./.exec(path)?.[1] : undefined;
	const type = entry ? this.getCurrentNodeParameter(`${entry}.type`) : undefined;
	return typeof type === 'string' && type.trim() ? bareActionCode(type) : undefined;
}

/**
 * The fields of the entry's custom action, by name; before one is chosen (or where n8n gives
 * no path), the fields of every custom action as "Site Visit › note", valued `1001.note`.
 */
export async function getCustomActionFields(
	this: ILoadOptionsFunctions,
): Promise<INodePropertyOptions[]> {
	const chosen = entryActionCode.call(this);
	return await loading(this, 'custom action fields', async ({ workspace }) => {
		if (chosen) {
			const schema = (await workspace.customAction(chosen)).fieldSchema ?? {};
			return Object.entries(schema).map(([name, def]) => ({
				name,
				value: name,
				description: fieldKind(def.type),
			}));
		}
		const options: INodePropertyOptions[] = [];
		for (const action of await workspace.customActions()) {
			const code = bareActionCode(action.code);
			const schema = (await workspace.customAction(code)).fieldSchema ?? {};
			for (const [name, def] of Object.entries(schema)) {
				options.push({
					name: `${action.displayName} › ${name}`,
					value: `${code}.${name}`,
					description: fieldKind(def.type),
				});
			}
		}
		return options;
	});
}
