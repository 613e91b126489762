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
	expect(out).toMatch(/\d+ leads in 1 search request\(s\)/);
	expect(out).toContain('per assignee:');
});
