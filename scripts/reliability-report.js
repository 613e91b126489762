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
console.log(lines.join('\n'));
if (leaked || sum('duplicates') || sum('itemsIn', perItem) !== sum('itemsOut', perItem))
	process.exit(1);
