'use strict';
Object.defineProperty(exports, '__esModule', { value: true });
exports.getLeadFieldColumns = getLeadFieldColumns;
exports.getActionFieldColumns = getActionFieldColumns;
const loading_1 = require('./loading');
const scope_1 = require('../helpers/scope');
const customActions_1 = require('../helpers/values/customActions');
const valueConversion_1 = require('../helpers/values/valueConversion');
const COLUMN_TYPE = {
	text: 'string',
	number: 'string',
	email: 'string',
	phone: 'string',
	date: 'dateTime',
	dropdown: 'options',
	tags: 'string',
	money: 'string',
	website: 'string',
	medialink: 'string',
	activeUsers: 'options',
	rating: 'string',
	status: 'options',
	lostReason: 'options',
};
const KIND_HINT = {
	number: 'number',
	rating: '1-5',
	tags: 'list',
	money: 'amount',
	medialink: 'URL',
	website: 'URL',
};
async function optionsFor(workspace, column) {
	const kind = (0, valueConversion_1.fieldKind)(column.type);
	const toOptions = (labels) => labels.map((l) => ({ name: l, value: l }));
	if (kind === 'dropdown')
		return toOptions((column.options ?? []).map((o) => (typeof o === 'string' ? o : o.label)));
	if (kind === 'status' || kind === 'lostReason')
		return toOptions((await workspace.labels(kind)).active);
	if (kind === 'activeUsers') {
		const members = (await workspace.teamMembers()).filter(
			(m) => !['Deleted', 'Invited'].includes(String(m.status)),
		);
		return members.map(loading_1.memberOption);
	}
	return undefined;
}
async function toColumn(workspace, column, flags) {
	const hint = flags.identifier
		? 'identifier'
		: KIND_HINT[(0, valueConversion_1.fieldKind)(column.type)];
	return {
		id: column.apiName,
		displayName: hint ? `${column.apiName} (${hint})` : column.apiName,
		required: flags.required,
		defaultMatch: flags.identifier,
		canBeUsedToMatch: flags.identifier,
		display: true,
		type: COLUMN_TYPE[(0, valueConversion_1.fieldKind)(column.type)],
		options: await optionsFor(workspace, column),
	};
}
async function mapping(what, build) {
	try {
		return { fields: await build((0, scope_1.executionScope)(this).workspace) };
	} catch (error) {
		const hint = error.description;
		return {
			fields: [],
			emptyFieldsNotice: [
				`${(0, loading_1.loadFailure)(what, error)}.`,
				hint,
				'Check the TeleCRM credential, then press Retry.',
			]
				.filter(Boolean)
				.join(' '),
		};
	}
}
async function getLeadFieldColumns() {
	const operation = this.getNodeParameter('operation', '');
	return await mapping.call(this, 'lead fields', async (workspace) => {
		const fields = (await workspace.customFields()).filter(
			(f) => operation !== 'update' || !f.isLeadid,
		);
		return await Promise.all(
			fields.map(
				async (f) =>
					await toColumn(workspace, f, { required: !!f.isLeadid, identifier: !!f.isLeadid }),
			),
		);
	});
}
async function getActionFieldColumns() {
	const code = String(this.getNodeParameter('actionType', '') ?? '');
	if (!code)
		return { fields: [], emptyFieldsNotice: 'Choose an Action Type above to map its fields.' };
	if (code === customActions_1.PAYMENT) {
		return { fields: [], emptyFieldsNotice: 'A payment has no custom fields: set it up below.' };
	}
	return await mapping.call(this, 'custom action fields', async (workspace) => {
		const schema = (await workspace.customAction(code)).fieldSchema ?? {};
		return await Promise.all(
			Object.entries(schema).map(
				async ([apiName, def]) =>
					await toColumn(
						workspace,
						{ apiName, type: def.type, options: def.options },
						{ required: false, identifier: false },
					),
			),
		);
	});
}
//# sourceMappingURL=resourceMapping.js.map
