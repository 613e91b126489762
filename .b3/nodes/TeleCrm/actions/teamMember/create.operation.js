'use strict';
Object.defineProperty(exports, '__esModule', { value: true });
exports.parallelItems = exports.description = void 0;
exports.execute = execute;
const n8n_workflow_1 = require('n8n-workflow');
const nodeErrors_1 = require('../../helpers/nodeErrors');
const valueConversion_1 = require('../../helpers/values/valueConversion');
const transport_1 = require('../../transport');
const properties = [
	{ displayName: 'Name', name: 'name', type: 'string', required: true, default: '' },
	{
		displayName: 'Email',
		name: 'email',
		type: 'string',
		placeholder: 'name@email.com',
		required: true,
		default: '',
		description: 'Also the login ID',
	},
	{
		displayName: 'Phone Number',
		name: 'phoneNumber',
		type: 'string',
		required: true,
		default: '',
		placeholder: '919876543210',
		description: 'Country code + number; spaces, dashes and a leading + are removed',
	},
	{
		displayName: 'Role',
		name: 'role',
		type: 'options',
		options: [
			{ name: 'Admin', value: 'ADMIN' },
			{ name: 'Caller', value: 'CALLER' },
			{ name: 'Manager', value: 'MANAGER' },
			{ name: 'Marketing User', value: 'MARKETING_USER' },
		],
		default: 'CALLER',
	},
	{
		displayName: 'Password',
		name: 'password',
		type: 'string',
		typeOptions: { password: true },
		default: '',
		description: 'Leave empty to send an invitation email instead (status Invited until accepted)',
	},
];
exports.description = (0, n8n_workflow_1.updateDisplayOptions)(
	{ show: { resource: ['teamMember'], operation: ['create'] } },
	properties,
);
function required(name, itemIndex, type) {
	const property = properties.find((p) => p.name === name);
	const value = this.getNodeParameter(name, itemIndex);
	return (0, valueConversion_1.requiredWireValue)(
		{ apiName: property.displayName, type },
		value,
	).trim();
}
async function execute(itemIndex, { api }) {
	const body = {
		name: required.call(this, 'name', itemIndex, 'TEXT'),
		email: required.call(this, 'email', itemIndex, 'EMAIL'),
		phone_number: required.call(this, 'phoneNumber', itemIndex, 'PHONE'),
		role: this.getNodeParameter('role', itemIndex),
	};
	const password = this.getNodeParameter('password', itemIndex, '');
	if (password) body.password = password;
	const request = { method: 'POST', path: ['team-members'], body, itemIndex };
	const find = async () => {
		try {
			return await api.request({
				method: 'GET',
				path: ['team-members', body.email],
				itemIndex,
			});
		} catch (error) {
			if ((0, transport_1.hasHttpCode)(error, '404')) return undefined;
			throw (0, nodeErrors_1.toNodeError)(this.getNode(), error, itemIndex);
		}
	};
	return await (0, transport_1.createOnce)(api, request, find);
}
exports.parallelItems = true;
//# sourceMappingURL=create.operation.js.map
