// The import rules (dependency-cruiser), run by `npm run lint:tools`: the node's floors
// (CONTRIBUTING.md › Layers), no circle anywhere, the published code apart from the tests.
// Paths are regular expressions over paths from the repository's root.

const NODE = '^nodes/TeleCrm/';
/** The published code: what package.json's `files` ships (dist/ is built from these). */
const PUBLISHED = '^(nodes|credentials)/';
/** Code that only the tests, the bench, the demo and the dev editor run. */
const TESTS_ONLY = '^(test|engine|sandbox|bench|dev)/';

/**
 * The node's floors (CONTRIBUTING.md › Layers), lowest first, as path patterns. A file imports
 * its own floor and the floors on the lines above it here, nothing else of the published code;
 * floors on one line do not import each other. Every file of nodes/ is on a floor.
 */
const FLOORS = [
	{ 'helpers/values': `${NODE}helpers/values/`, credentials: '^credentials/' },
	{ transport: `${NODE}transport/` },
	{ 'helpers/workspace': `${NODE}helpers/workspace/` },
	{ 'helpers/output': `${NODE}helpers/output/`, 'helpers/leads': `${NODE}helpers/leads/` },
	{ 'helpers/*.ts': `${NODE}helpers/[^/]+\\.ts$` },
	{ methods: `${NODE}methods/`, actions: `${NODE}actions/`, trigger: `${NODE}trigger/` },
	{ 'the .node.ts files': `${NODE}[^/]+\\.node\\.ts$` },
];
/**
 * Besides the floors below: the trigger's parameter groups of actions/ (the lead filters it
 * offers and their readers; Keep Workspace Definitions; the number check of its Options).
 */
const ALSO = {
	trigger: {
		'actions/parameters/leadFilters.ts, executionSettings.ts, numbers.ts': `${NODE}actions/parameters/(leadFilters|executionSettings|numbers)\\.ts$`,
	},
};

/** A rule: an import from `from` to `to` is an error; the comment says what to do instead. */
const forbid = (name, comment, from, to) => ({ name, comment, severity: 'error', from, to });

/** One rule per floor: what it may import is its own path and every lower floor's. */
function floorRules(floors, level) {
	return Object.entries(floors).map(([floor, path]) => {
		const allowed = [
			...FLOORS.slice(0, level).flatMap(Object.entries),
			...Object.entries(ALSO[floor] ?? {}),
		];
		const names = allowed.map(([name]) => name).join(', ') || 'nothing of ours';
		return forbid(
			`floor: ${floor}`,
			`${floor} imports only itself and the floors below it: ${names} (CONTRIBUTING.md › Layers).`,
			{ path },
			{ path: PUBLISHED, pathNot: [path, ...allowed.map(([, p]) => p)] },
		);
	});
}

module.exports = {
	forbidden: [
		...FLOORS.flatMap(floorRules),
		forbid(
			'off the floors',
			`A file of nodes/ on none of the floors: put it on one, or add its floor to FLOORS in .dependency-cruiser.cjs and to CONTRIBUTING.md › Layers.`,
			{ path: '^nodes/', pathNot: FLOORS.flatMap(Object.values) },
			{},
		),
		forbid(
			'no circle',
			'An import circle (type-only imports count): move what both need into a file below both.',
			{},
			{ circular: true },
		),
		forbid(
			'published code without test code',
			'nodes/ and credentials/ are published: they import nothing from test/, engine/, sandbox/, bench/ or dev/.',
			{ path: PUBLISHED },
			{ path: TESTS_ONLY },
		),
		forbid(
			'published code imports only n8n-workflow',
			'A community node has no dependency of its own and may not use Node modules: import only n8n-workflow (and luxon, which n8n provides and its community lint allows).',
			{ path: PUBLISHED },
			{
				couldNotResolve: false, // reported by "resolvable"
				pathNot: [PUBLISHED, TESTS_ONLY, '^node_modules/(n8n-workflow|luxon)/'],
			},
		),
		forbid(
			'test/ is for tests',
			'Only test/ imports from test/: move what others need into engine/, sandbox/ or dev/.',
			{ pathNot: '^test/' },
			{ path: '^test/' },
		),
		forbid(
			'resolvable',
			'An import dependency-cruiser cannot resolve, so no rule above could check it: fix the path (a .cts file is imported as .cjs).',
			{},
			{ couldNotResolve: true },
		),
	],
	options: {
		// Type-only imports count: they are circles and upward arrows for a reader too.
		tsPreCompilationDeps: true,
		// The .cts programs and the tests: resolves `./x.cjs` to x.cts.
		tsConfig: { fileName: 'tsconfig.test.json' },
		doNotFollow: { path: 'node_modules' },
		// Packages' `exports` maps, for ESM (eslint configs) and CommonJS alike.
		enhancedResolveOptions: {
			exportsFields: ['exports'],
			conditionNames: ['import', 'require', 'node', 'default'],
		},
		exclude: { path: '^(\\.build|dist|\\.toolchain|test-artifacts)/' },
	},
};
