'use strict';
Object.defineProperty(exports, '__esModule', { value: true });
exports.listDefinitions = listDefinitions;
exports.oneDefinition = oneDefinition;
const n8n_workflow_1 = require('n8n-workflow');
function listDefinitions(operation, listKey, path) {
	const properties = [
		{
			displayName: 'Include Details',
			name: 'detail',
			type: 'boolean',
			default: false,
			description:
				'Whether to include IDs, descriptions and option or field-schema metadata (detail mode)',
		},
	];
	return {
		description: (0, n8n_workflow_1.updateDisplayOptions)(
			{ show: { resource: ['workspace'], operation: [operation] } },
			properties,
		),
		async execute(itemIndex, { api }) {
			const detail = this.getNodeParameter('detail', itemIndex, false);
			const body = await api.request({
				method: 'GET',
				path: [path],
				qs: { detail },
				itemIndex,
			});
			const list = body[listKey];
			return Array.isArray(list) ? list : [];
		},
	};
}
function oneDefinition(operation, picker, path, toKey) {
	return {
		description: (0, n8n_workflow_1.updateDisplayOptions)(
			{ show: { resource: ['workspace'], operation: [operation] } },
			[picker],
		),
		async execute(itemIndex, { api }) {
			const key = toKey(String(this.getNodeParameter(picker.name, itemIndex)));
			return await api.request({ method: 'GET', path: [path, key], itemIndex });
		},
	};
}
//# sourceMappingURL=definitions.js.map
