// Prints the figures the reliability suites wrote to .build/reliability/ (`npm test -- reliability`, or the whole `npm test`).
const fs = require('node:fs');
const path = require('node:path');

const dir = path.join(__dirname, '..', '.build', 'reliability');
const files = fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith('.json')) : [];
if (!files.length) {
	console.error('no reliability results: run the reliability tests first');
	process.exit(1);
}
const runs = files.map((f) => JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')));
const results = runs.flatMap((r) => r.results);
const faults = results.filter((r) => r.suite === 'fault');
const inputs = results.filter((r) => r.suite === 'bad input');
const count = (list, outcome) => list.filter((r) => r.outcome === outcome).length;
const sum = (key, list = results) => list.reduce((n, r) => n + r[key], 0);
const perItem = results.filter((r) => r.perItem);
const leaked = runs.reduce((n, r) => n + r.scan.leaks, 0);
const scannedEntries = runs.reduce((n, r) => n + r.scan.entries, 0);

const families = [...new Set(faults.map((r) => r.family))];
const kinds = [...new Set(faults.map((r) => r.case))];
const mark = { recovered: 'R', 'clear error': 'E' };
const width = Math.max(...families.map((f) => f.length));
const lines = [];
lines.push('Reliability report');
lines.push('');
lines.push('Faults (R = recovered, E = one clear error for the item, the workflow goes on):');
kinds.forEach((k, i) => lines.push(`  ${String(i + 1).padStart(2)}. ${k}`));
lines.push(`  ${''.padEnd(width)}  ${kinds.map((_, i) => String(i + 1).padStart(2)).join(' ')}`);
for (const family of families) {
	const row = kinds.map((k) => {
		const r = faults.find((x) => x.family === family && x.case === k);
		return (r ? mark[r.outcome] : '-').padStart(2);
	});
	lines.push(`  ${family.padEnd(width)}  ${row.join(' ')}`);
}
lines.push('');
const table = [
	[
		'faults injected and survived',
		`${faults.length} (${count(faults, 'recovered')} recovered, ${count(faults, 'clear error')} clear errors)`,
	],
	['bad inputs tried', `${inputs.length}`],
	['  refused before sending', `${count(inputs, 'refused before sending')}`],
	['  converted as documented', `${count(inputs, 'converted')}`],
	['  sent encoded, answered clearly', `${count(inputs, 'clear error')}`],
	['items in / out (per-item runs)', `${sum('itemsIn', perItem)} / ${sum('itemsOut', perItem)}`],
	['duplicates created', `${sum('duplicates')}`],
	['secrets leaked', `${leaked} (in ${scannedEntries} outputs, errors and log lines scanned)`],
];
const left = Math.max(...table.map(([k]) => k.length));
for (const [k, v] of table) lines.push(`  ${k.padEnd(left)}  ${v}`);

// Hostile answers (test/reliability/hostile.test.ts): time to the item's error, longest block.
const hostile = runs.flatMap((r) => r.hostile ?? []);
const reachedElsewhere = hostile.reduce((n, r) => n + r.elsewhere, 0);
const authorizationElsewhere = hostile.reduce((n, r) => n + r.authorizationElsewhere, 0);
if (hostile.length) {
	const targets = [...new Set(hostile.map((r) => r.target))];
	const hostileKinds = [...new Set(hostile.map((r) => r.kind))];
	const kindWidth = Math.max(...hostileKinds.map((k) => k.length));
	const cell = (r) =>
		r ? `${(r.ms / 1000).toFixed(1)} s, ${r.blockMs} ms`.padStart(15) : ''.padStart(15);
	lines.push('');
	lines.push("Hostile answers (time to the item's error, the event loop's longest block):");
	targets.forEach((target, i) => lines.push(`  ${String.fromCharCode(65 + i)}. ${target}`));
	lines.push(
		`  ${''.padEnd(kindWidth)}  ${targets.map((_, i) => String.fromCharCode(65 + i).padStart(15)).join(' ')}`,
	);
	for (const kind of hostileKinds) {
		const row = targets.map((target) =>
			cell(hostile.find((r) => r.kind === kind && r.target === target)),
		);
		lines.push(`  ${kind.padEnd(kindWidth)}  ${row.join(' ')}`);
	}
	lines.push('  What the item shows:');
	for (const kind of hostileKinds) {
		const error = hostile.find((r) => r.kind === kind).error;
		lines.push(
			`    ${kind.padEnd(kindWidth)}  ${error.length > 100 ? `${error.slice(0, 100)}…` : error}`,
		);
	}
	// Against the retry budget: the cases that went through their retries.
	const retried = hostile.filter((r) => r.attempts > 1);
	const slowest = retried.reduce((a, r) => (r.ms / r.budgetMs > a.ms / a.budgetMs ? r : a));
	lines.push(
		`  slowest against its budget (every attempt's Timeout and the backoff): ${(slowest.ms / 1000).toFixed(1)} s of ${(slowest.budgetMs / 1000).toFixed(1)} s (${slowest.target}, ${slowest.kind})`,
	);
	const longest = hostile.reduce((a, r) => (r.blockMs > a.blockMs ? r : a));
	lines.push(`  longest block: ${longest.blockMs} ms (${longest.target}, ${longest.kind})`);
	lines.push(
		`  requests that reached another origin: ${reachedElsewhere} (with Authorization: ${authorizationElsewhere})`,
	);
	const { scan } = runs.find((r) => r.hostile?.length);
	lines.push(
		`  canaries (token, URL password) seen: ${scan.leaks} (in ${scan.entries} outputs, errors and log lines)`,
	);
}
console.log(lines.join('\n'));
if (
	leaked ||
	reachedElsewhere ||
	sum('duplicates') ||
	sum('itemsIn', perItem) !== sum('itemsOut', perItem)
)
	process.exit(1);
