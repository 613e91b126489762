'use strict';
Object.defineProperty(exports, '__esModule', { value: true });
exports.getLeadFields = getLeadFields;
exports.getCustomActions = getCustomActions;
exports.getActionTypes = getActionTypes;
exports.getStatuses = getStatuses;
exports.getTeamMembers = getTeamMembers;
exports.getWritableActionTypes = getWritableActionTypes;
exports.getCustomActionFields = getCustomActionFields;
const loading_1 = require('./loading');
const customActions_1 = require('../helpers/values/customActions');
const valueConversion_1 = require('../helpers/values/valueConversion');
const byName = (a, b) => a.name.localeCompare(b.name);
async function getLeadFields() {
	return await (0, loading_1.loading)(this, 'lead fields', async ({ workspace }) =>
		(await workspace.customFields())
			.map((f) => ({
				name: f.isLeadid ? `${f.apiName} (identifier)` : f.apiName,
				value: f.apiName,
				description: `${f.type}${f.description ? ': ' + f.description : ''}`,
			}))
			.sort(byName),
	);
}
async function getCustomActions() {
	return await (0, loading_1.loading)(this, 'custom actions', async ({ workspace }) =>
		(await workspace.customActions())
			.map((a) => ({
				name: `${a.displayName} (${(0, customActions_1.bareActionCode)(a.code)})`,
				value: (0, customActions_1.bareActionCode)(a.code),
			}))
			.sort(byName),
	);
}
async function getActionTypes() {
	return [
		...(await getCustomActions.call(this)),
		...customActions_1.BUILT_IN_ACTION_TYPES.map((t) => ({ name: t, value: t })),
	];
}
async function getStatuses() {
	return await (0, loading_1.loading)(this, 'lead statuses', async ({ workspace }) =>
		(await workspace.statuses()).map((s) => ({
			name: s.archived ? `${s.label} (archived)` : s.label,
			value: s.label,
			description: s.stageType ? `Stage ${s.stageType}` : undefined,
		})),
	);
}
async function getTeamMembers() {
	return await (0, loading_1.loading)(this, 'team members', async ({ workspace }) =>
		(await workspace.teamMembers()).map(loading_1.memberOption).sort(byName),
	);
}
async function getWritableActionTypes() {
	return [
		...(await getCustomActions.call(this)),
		{ name: 'Payment', value: customActions_1.PAYMENT },
	];
}
function entryActionCode() {
	const path = this.path;
	const entry =
		typeof path === 'string' ? /^parameters\.(.+\.custom\[\d+\])\./.exec(path)?.[1] : undefined;
	const type = entry ? this.getCurrentNodeParameter(`${entry}.type`) : undefined;
	return typeof type === 'string' && type.trim()
		? (0, customActions_1.bareActionCode)(type)
		: undefined;
}
async function getCustomActionFields() {
	const chosen = entryActionCode.call(this);
	return await (0, loading_1.loading)(this, 'custom action fields', async ({ workspace }) => {
		if (chosen) {
			const schema = (await workspace.customAction(chosen)).fieldSchema ?? {};
			return Object.entries(schema).map(([name, def]) => ({
				name,
				value: name,
				description: (0, valueConversion_1.fieldKind)(def.type),
			}));
		}
		const options = [];
		for (const action of await workspace.customActions()) {
			const code = (0, customActions_1.bareActionCode)(action.code);
			const schema = (await workspace.customAction(code)).fieldSchema ?? {};
			for (const [name, def] of Object.entries(schema)) {
				options.push({
					name: `${action.displayName} › ${name}`,
					value: `${code}.${name}`,
					description: (0, valueConversion_1.fieldKind)(def.type),
				});
			}
		}
		return options;
	});
}
//# sourceMappingURL=loadOptions.js.map
