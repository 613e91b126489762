/** The README's demo command runs to the end and tells the story it promises. */
import * as childProcess from 'node:child_process';
import * as path from 'node:path';

it('npm run demo: creates, updates, refuses, and reports', async () => {
	const child = childProcess.spawn(process.execPath, [
		path.join(process.cwd(), '.build', 'dev', 'demo.cjs'),
	]);
	let out = '';
	child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
	const code = await new Promise<number | null>((resolve) => child.once('close', resolve));
	expect(code).toBe(0);
	const created = /Jane Doe: lead ([0-9a-f]{24}) created; action 1003 CREATED/.exec(out);
	expect(created).not.toBeNull();
	expect(out).toContain(`Jane D.: lead ${created![1]} updated; action 1003 CREATED`);
	expect(out).toMatch(/Omar Haddad: lead [0-9a-f]{24} created/);
	expect(out).toContain(
		'Typo Tom: refused: Item 3: Field "email" has a value TeleCRM would not accept: "tom@example"',
	);
	// Count per status (7 active statuses) and per assignee (12 members), each with its others.
	expect(out).toMatch(/\d+ leads counted in 21 search request\(s\), none of them fetched/);
	expect(out).toContain('per status:');
	expect(out).toContain('per assignee:');
});
