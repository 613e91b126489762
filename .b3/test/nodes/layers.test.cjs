'use strict';
var __createBinding =
	(this && this.__createBinding) ||
	(Object.create
		? function (o, m, k, k2) {
				if (k2 === undefined) k2 = k;
				var desc = Object.getOwnPropertyDescriptor(m, k);
				if (!desc || ('get' in desc ? !m.__esModule : desc.writable || desc.configurable)) {
					desc = {
						enumerable: true,
						get: function () {
							return m[k];
						},
					};
				}
				Object.defineProperty(o, k2, desc);
			}
		: function (o, m, k, k2) {
				if (k2 === undefined) k2 = k;
				o[k2] = m[k];
			});
var __setModuleDefault =
	(this && this.__setModuleDefault) ||
	(Object.create
		? function (o, v) {
				Object.defineProperty(o, 'default', { enumerable: true, value: v });
			}
		: function (o, v) {
				o['default'] = v;
			});
var __importStar =
	(this && this.__importStar) ||
	(function () {
		var ownKeys = function (o) {
			ownKeys =
				Object.getOwnPropertyNames ||
				function (o) {
					var ar = [];
					for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
					return ar;
				};
			return ownKeys(o);
		};
		return function (mod) {
			if (mod && mod.__esModule) return mod;
			var result = {};
			if (mod != null)
				for (var k = ownKeys(mod), i = 0; i < k.length; i++)
					if (k[i] !== 'default') __createBinding(result, mod, k[i]);
			__setModuleDefault(result, mod);
			return result;
		};
	})();
Object.defineProperty(exports, '__esModule', { value: true });
const fs = __importStar(require('node:fs'));
const path = __importStar(require('node:path'));
const root = path.resolve(__dirname, '../..');
const sourceRoot = fs.existsSync(path.join(root, 'nodes/TeleCrm/TeleCrm.node.ts'))
	? root
	: path.resolve(root, '..');
function sourceFiles(dir) {
	return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const full = path.join(dir, entry.name);
		if (entry.isDirectory()) return sourceFiles(full);
		return /\.c?ts$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [full] : [];
	});
}
const files = ['nodes', 'credentials', 'sandbox'].flatMap((dir) =>
	sourceFiles(path.join(sourceRoot, dir)),
);
const relative = (file) => path.relative(sourceRoot, file).split(path.sep).join('/');
function resolveImport(from, specifier) {
	if (!specifier.startsWith('.')) return undefined;
	const base = path.resolve(path.dirname(from), specifier.replace(/\.cjs$/, '.cts'));
	return [base, `${base}.ts`, path.join(base, 'index.ts')].find((f) =>
		fs.statSync(f, { throwIfNoEntry: false })?.isFile(),
	);
}
const graph = new Map(
	files.map((file) => {
		const text = fs.readFileSync(file, 'utf8');
		const specifiers = [...text.matchAll(/(?:import|export)[^'";]*?from\s+'([^']+)'/g)].map(
			(m) => m[1],
		);
		const targets = specifiers
			.map((s) => resolveImport(file, s))
			.filter((f) => f !== undefined)
			.map(relative);
		return [relative(file), targets];
	}),
);
function cycles() {
	const found = [];
	const state = new Map();
	const stack = [];
	const visit = (file) => {
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
const LAYERS = [
	[`${NODE}helpers/values/`, []],
	[`${NODE}transport/`, ['credentials/']],
	[`${NODE}helpers/workspace/`, [`${NODE}helpers/values/`, `${NODE}transport/`]],
	[
		`${NODE}helpers/leads/`,
		[`${NODE}helpers/values/`, `${NODE}helpers/workspace/`, `${NODE}transport/`],
	],
	[`${NODE}helpers/`, [`${NODE}helpers/`, `${NODE}transport/`]],
	[`${NODE}methods/`, [`${NODE}helpers/`, `${NODE}transport/`]],
	[`${NODE}actions/`, [`${NODE}helpers/`, `${NODE}transport/`]],
	[
		`${NODE}trigger/`,
		[`${NODE}helpers/`, `${NODE}transport/`, `${NODE}actions/common.descriptions.ts`],
	],
];
function layerOf(file) {
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
		const wrong = [];
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
//# sourceMappingURL=layers.test.cjs.map
