/**
 * scripts/release-guard.mjs against fakes: a temporary repository (main, a side branch, tags)
 * cloned as the publish workflow's checkout is, and a fake `gh` on PATH answering CI's runs.
 */
import * as childProcess from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const here = path.resolve(__dirname, '../..');
// Compiled into .build/test/scripts/: the sources are one folder further up.
const root = fs.existsSync(path.join(here, 'scripts/release-guard.mjs'))
	? here
	: path.resolve(here, '..');
const GUARD = path.join(root, 'scripts', 'release-guard.mjs');

const REPO = 'acme/n8n-nodes-telecrm';
const RUN_URL = `https://github.com/${REPO}/actions/runs/1`;
const GREEN = [{ status: 'completed', conclusion: 'success', url: RUN_URL }];
// package.json's placeholders before the first release.
const PLACEHOLDERS = {
	author: { name: 'n8n-nodes-telecrm developers', email: 'dev@n8n-nodes-telecrm.invalid' },
	homepage: 'https://github.com/n8n-nodes-telecrm/n8n-nodes-telecrm#readme',
	repository: {
		type: 'git',
		url: 'git+https://github.com/n8n-nodes-telecrm/n8n-nodes-telecrm.git',
	},
};

const gitEnv = {
	...process.env,
	GIT_AUTHOR_NAME: 'Test',
	GIT_AUTHOR_EMAIL: 'test@example.com',
	GIT_COMMITTER_NAME: 'Test',
	GIT_COMMITTER_EMAIL: 'test@example.com',
	GIT_CONFIG_GLOBAL: '/dev/null',
	GIT_CONFIG_NOSYSTEM: '1',
};

function git(cwd: string, ...args: string[]): string {
	return childProcess.execFileSync('git', args, { cwd, env: gitEnv, encoding: 'utf8' }).trim();
}

function manifest(version: string, overrides: object = {}): string {
	const pkg = {
		name: 'n8n-nodes-telecrm',
		version,
		author: { name: 'Ada Maintainer', email: 'ada@example.com' },
		homepage: `https://github.com/${REPO}#readme`,
		repository: { type: 'git', url: `git+https://github.com/${REPO}.git` },
		...overrides,
	};
	return JSON.stringify(pkg, null, '\t');
}

const changelog = (section: string) => `# Changelog\n\n## [Unreleased]\n\n${section}\n- Things.\n`;

/** Commits package.json and CHANGELOG.md for the version, tags it, returns the commit. */
function release(repo: string, version: string, overrides: object = {}, notes = true): string {
	fs.writeFileSync(path.join(repo, 'package.json'), manifest(version, overrides));
	const section = notes ? `## [${version}] - 2026-12-01\n` : '';
	fs.writeFileSync(path.join(repo, 'CHANGELOG.md'), changelog(section));
	git(repo, 'add', '-A');
	git(repo, 'commit', '-q', '-m', `Release ${version}`);
	git(repo, 'tag', `v${version}`);
	return git(repo, 'rev-parse', 'HEAD');
}

let work: string;
let clone: string;
let bin: string;
const commits: Record<string, string> = {};

beforeAll(() => {
	work = fs.mkdtempSync(path.join(os.tmpdir(), 'telecrm-guard-'));
	const upstream = path.join(work, 'upstream');
	git(work, 'init', '-q', '-b', 'main', upstream);
	commits.released = release(upstream, '0.1.0');
	git(upstream, 'tag', 'v9.9.9');
	git(upstream, 'checkout', '-q', '-b', 'side');
	commits.side = release(upstream, '0.1.1');
	git(upstream, 'checkout', '-q', 'main');
	commits.placeholders = release(upstream, '0.1.2', PLACEHOLDERS);
	commits.noNotes = release(upstream, '0.1.3', {}, false);
	clone = path.join(work, 'clone');
	git(work, 'clone', '-q', upstream, clone);
	bin = path.join(work, 'bin');
	fs.mkdirSync(bin);
	const gh = [
		'#!/bin/sh',
		'printf "%s\\n" "$*" >> "$FAKE_GH_LOG"',
		'[ -z "$FAKE_GH_ERROR" ] || { echo "$FAKE_GH_ERROR" >&2; exit 1; }',
		'printf "%s" "$FAKE_GH_ANSWER"',
	];
	fs.writeFileSync(path.join(bin, 'gh'), `${gh.join('\n')}\n`);
	fs.chmodSync(path.join(bin, 'gh'), 0o755);
});

afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

interface GuardRun {
	status: number | null;
	out: string;
	refusals: string[];
	ghCalls: string[];
}

function guard(tag: string, runs: object[], env: Record<string, string> = {}): GuardRun {
	const log = path.join(work, `gh-${tag}-${Math.random()}.log`);
	const inherited = { ...process.env };
	delete inherited.GITHUB_REF_NAME; // the tag is given
	delete inherited.RELEASE_MAIN_REF; // origin/main, as in the workflow's checkout
	const result = childProcess.spawnSync(process.execPath, [GUARD, tag], {
		cwd: clone,
		encoding: 'utf8',
		env: {
			...inherited,
			PATH: `${bin}${path.delimiter}${process.env.PATH}`,
			GITHUB_REPOSITORY: REPO,
			FAKE_GH_LOG: log,
			FAKE_GH_ANSWER: JSON.stringify(runs),
			...env,
		},
	});
	const ghCalls = fs.existsSync(log) ? fs.readFileSync(log, 'utf8').trim().split('\n') : [];
	const refusals = result.stderr.split('\n').filter(Boolean);
	return { status: result.status, out: result.stdout, refusals, ghCalls };
}

it('passes a tag of main whose CI passed, asking gh for the push run of ci.yml on main', () => {
	const run = guard('v0.1.0', GREEN);
	expect(run.refusals).toEqual([]);
	expect(run.status).toBe(0);
	expect(run.out).toContain(`release-guard: v0.1.0 (${commits.released.slice(0, 7)}): on main`);
	expect(run.ghCalls).toEqual([
		`run list --repo ${REPO} --workflow ci.yml --commit ${commits.released} --branch main ` +
			'--event push --json status,conclusion,url --limit 1',
	]);
});

const failed = [{ status: 'completed', conclusion: 'failure', url: RUN_URL }];
const pending = [{ status: 'in_progress', conclusion: '', url: RUN_URL }];

it.each([
	[
		'a tag that is not v + the version',
		'v9.9.9',
		GREEN,
		/tag v9\.9\.9 is not v \+ package\.json's version \(0\.1\.0\)/,
	],
	[
		'a commit not on main',
		'v0.1.1',
		GREEN,
		/^commit \w{7} \(v0\.1\.1\) is not on main \(origin\/main\)/,
	],
	['CI failed', 'v0.1.0', failed, /^CI did not pass on \w{7} \(failure\): https:\/\//],
	['CI still running', 'v0.1.0', pending, /^CI has not finished on \w{7} \(in_progress\): re-run/],
	['CI never ran', 'v0.1.0', [], /^CI has not run on \w{7} \(no push run of ci\.yml on main\)/],
	['no release notes', 'v0.1.3', GREEN, /^CHANGELOG\.md at \w{7} has no "## \[0\.1\.3\]" section/],
])('refuses %s with one line', (_what, tag, runs, line) => {
	const run = guard(tag, runs);
	expect(run.status).toBe(1);
	expect(run.refusals).toHaveLength(1);
	expect(run.refusals[0].replace(/^release-guard: /, '')).toMatch(line);
});

it("refuses package.json's placeholder author, repository and homepage, naming the one-time setting", () => {
	const run = guard('v0.1.2', GREEN);
	expect(run.status).toBe(1);
	expect(run.refusals.map((r) => /package\.json's (\w+) is a placeholder/.exec(r)?.[1])).toEqual([
		'author',
		'repository',
		'homepage',
	]);
	for (const refusal of run.refusals)
		expect(refusal).toContain('one-time setting, docs/development.md');
});

it('refuses a package.json naming another repository than the one releasing', () => {
	const run = guard('v0.1.0', GREEN, { GITHUB_REPOSITORY: 'someone/fork' });
	expect(run.refusals).toEqual([
		"release-guard: package.json's repository (acme/n8n-nodes-telecrm) is not this repository " +
			"(someone/fork): npm's provenance check would refuse it",
	]);
});

it('refuses when GitHub cannot be asked, saying what gh answered', () => {
	const run = guard('v0.1.0', GREEN, { FAKE_GH_ERROR: 'HTTP 401: Bad credentials' });
	expect(run.status).toBe(1);
	expect(run.refusals).toHaveLength(1);
	expect(run.refusals[0]).toMatch(
		/could not read CI's runs of \w{7} from GitHub \(HTTP 401: Bad credentials\)/,
	);
});
