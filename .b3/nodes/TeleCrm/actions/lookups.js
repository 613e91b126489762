'use strict';
Object.defineProperty(exports, '__esModule', { value: true });
exports.leadLocatorKey = leadLocatorKey;
const parameters_1 = require('./parameters');
async function leadLocatorKey(itemIndex, scope) {
	const locator = parameters_1.readLeadLocator.call(this, itemIndex);
	if (locator.mode !== 'identifier') return undefined;
	const value = await scope.leads.storedForm(String(locator.value ?? '').trim());
	return value === undefined ? undefined : { value, lookUp: true };
}
//# sourceMappingURL=lookups.js.map
