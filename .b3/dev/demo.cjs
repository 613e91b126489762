'use strict';
Object.defineProperty(exports, '__esModule', { value: true });
require('./engineEnv.cjs');
const harness_1 = require('../engine/harness');
const examples_cjs_1 = require('./examples.cjs');
const server_cjs_1 = require('../sandbox/server.cjs');
const say = (line = '') => process.stdout.write(line + '\n');
function exampleNode(name, node) {
	return (0, examples_cjs_1.readExample)(name).nodes.find((n) => n.name === node).parameters;
}
const submissions = [
	{
		'Your name': 'Jane Doe',
		'Phone (with country code)': '+91 98765 11111',
		Email: 'jane@example.com',
		'How did you hear about us?': 'Website',
		'Interested in': ['Villa', 'Plot'],
		Message: 'Call me after 6',
	},
	{
		'Your name': 'Omar Haddad',
		'Phone (with country code)': '971501234567',
		Email: 'omar@example.com',
		'How did you hear about us?': 'Referral',
		'Interested in': ['Apartment'],
		Message: 'Budget 2 Cr',
	},
	{
		'Your name': 'Jane D.',
		'Phone (with country code)': '9876511111',
		Email: 'jane.doe@work.example.com',
		'How did you hear about us?': 'Trade Fair',
		'Interested in': ['Villa'],
		Message: 'Second visit to the form',
	},
	{
		'Your name': 'Typo Tom',
		'Phone (with country code)': '91 98 7654 3210',
		Email: 'tom@example',
		'How did you hear about us?': 'Website',
		'Interested in': [],
		Message: 'Email has no domain',
	},
].map((s) => ({ ...s, submittedAt: new Date().toISOString(), formMode: 'production' }));
function table(title, counts) {
	say(`  ${title}`);
	const width = Math.max(...[...counts.keys()].map((k) => k.length), 8);
	for (const [key, count] of [...counts.entries()].sort((a, b) => b[1] - a[1])) {
		say(`    ${key.padEnd(width)}  ${String(count).padStart(4)}`);
	}
}
async function main() {
	const sandbox = await (0, server_cjs_1.startSandbox)({ seed: 120 });
	const credentials = {
		enterpriseId: sandbox.enterpriseId,
		syncToken: sandbox.syncToken,
		baseUrl: sandbox.baseUrl,
	};
	try {
		say(
			`Sandbox telecrm workspace "${sandbox.state.enterprise.name}" at ${sandbox.baseUrl} (${sandbox.state.leads.length} leads)`,
		);
		say();
		say(
			'1. Form to lead (examples/form-to-lead.json): TeleCRM "Create or Update" + a Form Submission action, 4 submissions',
		);
		const form = await (0, harness_1.runNode)({
			credentials,
			items: submissions,
			continueOnFail: true,
			parameters: exampleNode('form-to-lead', 'Create or update lead'),
		});
		form.items.forEach((item, i) => {
			const out = item.json;
			if (out.error) {
				say(`   - ${String(submissions[i]['Your name'])}: refused: ${String(out.error)}`);
				return;
			}
			const actions = out.actions.map((a) => `${String(a.type)} ${String(a.status)}`).join(', ');
			say(
				`   - ${String(submissions[i]['Your name'])}: lead ${String(out.lead_id)} ${String(out.result)}; action ${actions}`,
			);
			for (const remark of out.remarks)
				say(`       remark: ${String(remark.field)} ${String(remark.remark)}`);
		});
		say();
		say(
			'2. Weekly pipeline report (examples/pipeline-report.json): TeleCRM "Search", Return All, last 7 days',
		);
		const before = sandbox.requests.length;
		const report = await (0, harness_1.runNode)({
			credentials,
			parameters: exampleNode('pipeline-report', 'Leads of the last 7 days'),
		});
		const leads = report.items.map((i) => i.json);
		const count = (key) => {
			const counts = new Map();
			for (const lead of leads)
				counts.set(
					String(lead[key] ?? '(none)'),
					(counts.get(String(lead[key] ?? '(none)')) ?? 0) + 1,
				);
			return counts;
		};
		const searches = sandbox.requests
			.slice(before)
			.filter((r) => r.path.endsWith('/lead/search')).length;
		say(`   ${leads.length} leads in ${searches} search request(s)`);
		table('per status:', count('status'));
		table('per assignee:', count('assignee'));
		say();
		say('Done. Start your own sandbox with "npm run sandbox" and build workflows against it.');
	} finally {
		await sandbox.stop();
	}
}
main().catch((error) => {
	process.stderr.write(`demo failed: ${error.message}\n`);
	process.exit(1);
});
//# sourceMappingURL=demo.cjs.map
