// Refuses a release unless the tag is v + package.json's version, its commit is on main and CI
// passed on it, CHANGELOG.md has the version's section, and package.json names the real author and
// repository. The publish workflow runs it before anything is built. Each refusal is one line.
//   node scripts/release-guard.mjs [tag]     (default: $GITHUB_REF_NAME)
// Reads git in the current directory (main is $RELEASE_MAIN_REF, default origin/main) and CI's
// runs through `gh` (from PATH) for $GITHUB_REPOSITORY (default: package.json's repository).
import { execFileSync } from 'node:child_process';

const CI_WORKFLOW = 'ci.yml';
// The placeholders package.json had before the first release: no real repository or address.
const PLACEHOLDER = /github\.com\/n8n-nodes-telecrm\/|\.invalid\b/;
const SETTING = 'one-time setting, docs/development.md › Releasing';

function run(command, args) {
	return execFileSync(command, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

function tryGit(...args) {
	try {
		return run('git', args).trim();
	} catch {
		return undefined;
	}
}

function fail(refusals) {
	for (const refusal of refusals) console.error(`release-guard: ${refusal}`);
	process.exit(1);
}

/** owner/name of a GitHub repository URL (git+https://, https://, git@…), lower-cased. */
function gitHubName(url) {
	return /github\.com[/:]([^/]+\/[^/#]+?)(\.git)?(#.*)?$/.exec(url ?? '')?.[1].toLowerCase();
}

function authorRefusals(pkg) {
	const { name = '', email = '' } = typeof pkg.author === 'object' ? pkg.author : {};
	const author = typeof pkg.author === 'string' ? pkg.author : `${name} <${email}>`;
	if (pkg.author && !PLACEHOLDER.test(author)) return [];
	return [`package.json's author is a placeholder (${author}): set the maintainer (${SETTING})`];
}

function repositoryRefusals(pkg, actual) {
	const url = typeof pkg.repository === 'string' ? pkg.repository : pkg.repository?.url;
	const refusals = [url, pkg.homepage]
		.map((value, i) => [['repository', 'homepage'][i], value])
		.filter(([, value]) => !value || PLACEHOLDER.test(value))
		.map(
			([field, value]) =>
				`package.json's ${field} is a placeholder (${value}): set this repository's URL (${SETTING})`,
		);
	const declared = gitHubName(url);
	if (!refusals.length && actual && declared !== actual.toLowerCase())
		refusals.push(
			`package.json's repository (${declared}) is not this repository (${actual}): npm's provenance check would refuse it`,
		);
	return refusals;
}

function versionRefusals(tag, version) {
	if (tag === `v${version}`) return [];
	return [
		`tag ${tag} is not v + package.json's version (${version}) at its commit: tag that commit v${version}, or bump the version`,
	];
}

function changelogRefusals(sha, short, version) {
	const changelog = tryGit('show', `${sha}:CHANGELOG.md`) ?? '';
	if (changelog.split('\n').some((line) => line.startsWith(`## [${version}]`))) return [];
	return [
		`CHANGELOG.md at ${short} has no "## [${version}]" section (the release notes): move Unreleased under it`,
	];
}

function mainRefusals(sha, short, tag) {
	const main = process.env.RELEASE_MAIN_REF || 'origin/main';
	if (!tryGit('rev-parse', '--verify', '--quiet', `${main}^{commit}`))
		return [`${main} is not in this clone: fetch it (actions/checkout with fetch-depth: 0)`];
	if (tryGit('merge-base', '--is-ancestor', sha, main) !== undefined) return [];
	return [
		`commit ${short} (${tag}) is not on main (${main}): release only a commit merged into main`,
	];
}

/** The newest push run of CI on main for the commit, as `gh run list` reports it. */
function ciRun(repo, sha) {
	const filters = [
		'--workflow',
		CI_WORKFLOW,
		'--commit',
		sha,
		'--branch',
		'main',
		'--event',
		'push',
	];
	const args = [
		'run',
		'list',
		'--repo',
		repo,
		...filters,
		'--json',
		'status,conclusion,url',
		'--limit',
		'1',
	];
	return JSON.parse(run('gh', args))[0];
}

function ciRefusals(repo, sha, short) {
	if (!repo) return ['no repository to ask for CI runs: set GITHUB_REPOSITORY=owner/name'];
	let latest;
	try {
		latest = ciRun(repo, sha);
	} catch (error) {
		const why = String(error.stderr || error.message)
			.trim()
			.split('\n')[0];
		return [
			`could not read CI's runs of ${short} from GitHub (${why}): check gh and its GH_TOKEN (actions: read)`,
		];
	}
	if (!latest)
		return [
			`CI has not run on ${short} (no push run of ${CI_WORKFLOW} on main): tag a commit CI ran on, the head of a push to main`,
		];
	if (latest.status !== 'completed')
		return [
			`CI has not finished on ${short} (${latest.status}): re-run this job once it has passed, ${latest.url}`,
		];
	if (latest.conclusion !== 'success')
		return [`CI did not pass on ${short} (${latest.conclusion}): ${latest.url}`];
	return [];
}

const tag = process.argv[2] ?? process.env.GITHUB_REF_NAME;
if (!tag) fail(['no tag: node scripts/release-guard.mjs v<version>']);
const sha = tryGit('rev-parse', '--verify', '--quiet', `refs/tags/${tag}^{commit}`);
if (!sha) fail([`tag ${tag} is not in this clone`]);
const short = sha.slice(0, 7);
const pkg = JSON.parse(run('git', ['show', `${sha}:package.json`]));
const repo = process.env.GITHUB_REPOSITORY || gitHubName(pkg.repository?.url ?? pkg.repository);
const refusals = [
	...authorRefusals(pkg),
	...repositoryRefusals(pkg, process.env.GITHUB_REPOSITORY),
	...versionRefusals(tag, pkg.version),
	...changelogRefusals(sha, short, pkg.version),
	...mainRefusals(sha, short, tag),
	...ciRefusals(repo, sha, short),
];
if (refusals.length) fail(refusals);
console.log(
	`release-guard: ${tag} (${short}): on main, CI passed, version, changelog and package.json checked`,
);
