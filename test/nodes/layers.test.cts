/**
 * The node's import graph: no circle anywhere, and each layer imports only the layers below it
 * (CONTRIBUTING.md, "Inside the node"). Read from the sources, so a new file is checked too.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

const root = path.resolve(__dirname, '../..');
// Compiled into .build/test/nodes/: the sources are one folder further up.
const sourceRoot = fs.existsSync(path.join(root, 'nodes/TeleCrm/TeleCrm.node.ts'))
	? root
	: path.resolve(root, '..');

function sourceFiles(dir: string): string[] {
	return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const full = path.join(dir, entry.name);
		if (entry.isDirectory()) return sourceFiles(full);
		return /\.c?ts$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [full] : [];
	});
}

const files = ['nodes', 'credentials', 'sandbox'].flatMap((dir) =>
	sourceFiles(path.join(sourceRoot, dir)),
);
const relative = (file: string) => path.relative(sourceRoot, file).split(path.sep).join('/');

function resolveImport(from: string, specifier: string): string | undefined {
	if (!specifier.startsWith('.')) return undefined;
	const base = path.resolve(path.dirname(from), specifier.replace(/\.cjs$/, '.cts'));
	return [base, `${base}.ts`, path.join(base, 'index.ts')].find((f) =>
		fs.statSync(f, { throwIfNoEntry: false })?.isFile(),
	);
}

/** Each file's imports among our own files (type-only imports too: they are read the same). */
const graph = new Map<string, string[]>(
	files.map((file) => {
		const text = fs.readFileSync(file, 'utf8');
		const specifiers = [...text.matchAll(/(?:import|export)[^'";]*?from\s+'([^']+)'/g)].map(
			(m) => m[1],
		);
		const targets = specifiers
			.map((s) => resolveImport(file, s))
			.filter((f): f is string => f !== undefined)
			.map(relative);
		return [relative(file), targets];
	}),
);

function cycles(): string[][] {
	const found: string[][] = [];
	const state = new Map<string, 'open' | 'done'>();
	const stack: string[] = [];
	const visit = (file: string) => {
		state.set(file, 'open');
		stack.push(file);
		for (const next of graph.get(file) ?? []) {
			if (state.get(next) === 'open') found.push([...stack.slice(stack.indexOf(next)), next]);
			else if (!state.has(next)) visit(next);
		}
		stack.pop();
		state.set(file, 'done');
	};
	for (const file of graph.keys()) if (!state.has(file)) visit(file);
	return found;
}

const NODE = 'nodes/TeleCrm/';
/** What each layer may import, besides itself. Earlier prefixes win. */
const LAYERS: Array<[string, string[]]> = [
	[`${NODE}helpers/values/`, []],
	[`${NODE}transport/`, ['credentials/']],
	[`${NODE}helpers/workspace/`, [`${NODE}helpers/values/`, `${NODE}transport/`]],
	[`${NODE}helpers/output/`, [`${NODE}helpers/values/`, `${NODE}helpers/workspace/`]],
	[
		`${NODE}helpers/leads/`,
		[`${NODE}helpers/values/`, `${NODE}helpers/workspace/`, `${NODE}transport/`],
	],
	[`${NODE}helpers/`, [`${NODE}helpers/`, `${NODE}transport/`]],
	[`${NODE}methods/`, [`${NODE}helpers/`, `${NODE}transport/`]],
	[`${NODE}actions/`, [`${NODE}helpers/`, `${NODE}transport/`]],
	[
		`${NODE}trigger/`,
		[
			`${NODE}helpers/`,
			`${NODE}transport/`,
			`${NODE}actions/common.descriptions.ts`,
			`${NODE}actions/parameters.ts`,
		],
	],
];

function layerOf(file: string): [string, string[]] | undefined {
	return LAYERS.find(([prefix]) => file.startsWith(prefix));
}

describe("the node's import graph", () => {
	it('reads every source file', () => {
		expect(graph.size).toBeGreaterThan(60);
		expect(graph.get('sandbox/leads.cts')?.length).toBeGreaterThan(3);
		expect(graph.get(`${NODE}TeleCrm.node.ts`)?.length).toBeGreaterThan(3);
	});

	it('has no import circle (the sandbox neither)', () => {
		expect(cycles()).toEqual([]);
	});

	it('imports only downwards: values ← transport ← workspace ← leads ← helpers ← methods, actions, trigger', () => {
		const wrong: string[] = [];
		for (const [file, targets] of graph) {
			const layer = layerOf(file);
			if (!layer) continue;
			const [own, allowed] = layer;
			for (const target of targets) {
				const ok = target.startsWith(own) || allowed.some((prefix) => target.startsWith(prefix));
				if (!ok) wrong.push(`${file} → ${target}`);
			}
		}
		expect(wrong).toEqual([]);
	});

	it('keeps parameter names out of helpers: operations read parameters and pass values', () => {
		const readers = [...graph.keys()]
			.filter((file) => file.startsWith(`${NODE}helpers/`) || file.startsWith(`${NODE}transport/`))
			.filter((file) =>
				fs.readFileSync(path.join(sourceRoot, file), 'utf8').includes('getNodeParameter'),
			);
		expect(readers).toEqual([]);
	});
});
