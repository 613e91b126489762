/**
 * npm run demo: the sandbox plays telecrm, and the TeleCRM nodes of the two example
 * workflows (examples/form-to-lead.json, examples/pipeline-report.json) run inside n8n's
 * execution engine with sample form submissions. `npm run test:e2e` and `npm run dev` run
 * the complete workflows in a real n8n.
 */
import './engineEnv.cjs';

import type { IDataObject, INodeParameters } from 'n8n-workflow';

import type { RunOptions } from '../engine/harness';
import { runNode } from '../engine/harness';
import { readExample } from './examples.cjs';
import type { Sandbox } from '../sandbox/server.cjs';
import { startSandbox } from '../sandbox/server.cjs';

const say = (line = '') => process.stdout.write(line + '\n');

/** The parameters of one node of an example workflow, so the demo runs what users import. */
function exampleNode(name: string, node: string): INodeParameters {
	return readExample(name).nodes.find((n) => n.name === node)!.parameters as INodeParameters;
}

/** What the Form Trigger (v2.3, as in the example) outputs: its field labels, and when. */
const submissions: IDataObject[] = [
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
function table(title: string, counts: Map<string, number>) {
	say(`  ${title}`);
	const width = Math.max(...[...counts.keys()].map((k) => k.length), 8);
	for (const [key, count] of [...counts.entries()].sort((a, b) => b[1] - a[1])) {
		say(`    ${key.padEnd(width)}  ${String(count).padStart(4)}`);
	}
}

async function main() {
	const sandbox = await startSandbox({ seed: 120 });
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
		await formToLead(credentials);
		say();
		await pipelineReport(sandbox, credentials);
		say();
		say('Done. Start your own sandbox with "npm run sandbox" and build workflows against it.');
	} finally {
		await sandbox.stop();
	}
}

async function formToLead(credentials: RunOptions['credentials']): Promise<void> {
	say(
		'1. Form to lead (examples/form-to-lead.json): TeleCRM "Create or Update" + a Form Submission action, 4 submissions',
	);
	const form = await runNode({
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
		const actions = (out.actions as IDataObject[])
			.map((a) => `${String(a.type)} ${String(a.status)}`)
			.join(', ');
		say(
			`   - ${String(submissions[i]['Your name'])}: lead ${String(out.lead_id)} ${String(out.result)}; action ${actions}`,
		);
		for (const remark of out.remarks as IDataObject[])
			say(`       remark: ${String(remark.field)} ${String(remark.remark)}`);
	});
}

async function pipelineReport(
	sandbox: Sandbox,
	credentials: RunOptions['credentials'],
): Promise<void> {
	say(
		'2. Weekly pipeline report (examples/pipeline-report.json): TeleCRM "Count" per status and per assignee, last 7 days',
	);
	const before = sandbox.requests.length;
	const counts = async (node: string) =>
		(await runNode({ credentials, parameters: exampleNode('pipeline-report', node) })).items.map(
			(i) => i.json,
		);
	const perStatus = await counts('Count per status');
	const perAssignee = await counts('Count per assignee');
	const total = perStatus.reduce((sum, group) => sum + Number(group.count), 0);
	const searches = sandbox.requests
		.slice(before)
		.filter((r) => r.path.endsWith('/lead/search')).length;
	say(`   ${total} leads counted in ${searches} search request(s), none of them fetched`);
	const label = (group: IDataObject, key: string) =>
		group.others ? '(others)' : String(group.name ?? group[key]);
	table('per status:', new Map(perStatus.map((g) => [label(g, 'status'), Number(g.count)])));
	table('per assignee:', new Map(perAssignee.map((g) => [label(g, 'assignee'), Number(g.count)])));
}

main().catch((error: Error) => {
	process.stderr.write(`demo failed: ${error.message}\n`);
	process.exit(1);
});
