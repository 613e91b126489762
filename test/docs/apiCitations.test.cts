/**
 * Every "§N" in the repository names docs/telecrm-api.md and one of its sections, so a reader who
 * clones the repository can follow it: `docs/telecrm-api.md §8.2`, or a list after it
 * (`docs/telecrm-api.md §10, §8.1 and §8.4`). A bare "§5" or "reference §5" names no document in
 * the repository; a section the page lacks is a dead citation. Links to the page's headings
 * (`telecrm-api.md#10-the-async-api`) must resolve too.
 */
import * as childProcess from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

const API_DOC = 'docs/telecrm-api.md';
/** This file writes bad citations on purpose, to show they fail. */
const SELF = 'test/docs/apiCitations.test.cts';

/** The checkout: this file runs from .build/test/docs. */
const root = [path.resolve(__dirname, '../..'), path.resolve(__dirname, '../../..')].find((dir) =>
	fs.existsSync(path.join(dir, API_DOC)),
)!;

const SECTION = String.raw`§\d+(?:\.\d+)*`;
/** The document's name, then one section or a list of them. */
const CITATION = new RegExp(
	String.raw`docs/telecrm-api\.md\s+(${SECTION}(?:(?:,\s*|\s+and\s+|\s+or\s+)${SECTION})*)`,
	'g',
);
const ANY_SECTION_SIGN = /§[\d.]*\d|§/g;
const HEADING_LINK = /telecrm-api\.md#([\w-]+)/g;

interface ApiDoc {
	sections: Set<string>;
	anchors: Set<string>;
}

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces as hyphens. */
const slug = (heading: string) =>
	heading
		.trim()
		.toLowerCase()
		.replace(/[^\p{L}\p{N} _-]/gu, '')
		.replace(/ /g, '-');

function readApiDoc(text: string): ApiDoc {
	const sections = new Set<string>();
	const anchors = new Set<string>();
	for (const [, title] of text.matchAll(/^#{1,6} (.+)$/gm)) {
		anchors.add(slug(title));
		const number = /^(\d+(?:\.\d+)*)\.?\s/.exec(title);
		if (number) sections.add(number[1]);
	}
	return { sections, anchors };
}

const lineOf = (text: string, offset: number) => text.slice(0, offset).split('\n').length;

/** "file:line: why" for each citation in `text` that does not resolve. */
function citationProblems(file: string, text: string, doc: ApiDoc): string[] {
	const problems: string[] = [];
	const resolved = new Set<number>();
	const at = (offset: number, why: string) =>
		problems.push(`${file}:${lineOf(text, offset)}: ${why}`);
	for (const match of text.matchAll(CITATION)) {
		const listStart = match.index + match[0].length - match[1].length;
		for (const section of match[1].matchAll(new RegExp(SECTION, 'g'))) {
			const offset = listStart + section.index;
			resolved.add(offset);
			if (!doc.sections.has(section[0].slice(1)))
				at(offset, `${section[0]} is not a section of ${API_DOC}`);
		}
	}
	for (const sign of text.matchAll(ANY_SECTION_SIGN)) {
		if (!resolved.has(sign.index))
			at(sign.index, `"${sign[0]}" names no document: write "${API_DOC} ${sign[0]}"`);
	}
	for (const link of text.matchAll(HEADING_LINK)) {
		if (!doc.anchors.has(link[1])) at(link.index, `#${link[1]} is not a heading of ${API_DOC}`);
	}
	return problems;
}

/** The page's own "see §8.2" cross-references need not repeat its name, but must resolve. */
function ownReferenceProblems(text: string, doc: ApiDoc): string[] {
	const problems: string[] = [];
	for (const sign of text.matchAll(new RegExp(SECTION, 'g'))) {
		if (!doc.sections.has(sign[0].slice(1)))
			problems.push(`${API_DOC}:${lineOf(text, sign.index)}: ${sign[0]} is not a section`);
	}
	return problems;
}

/** Tracked files (`git add` a new one), as text; binary ones left out. */
function repositoryTexts(): Array<[string, string]> {
	const listed = childProcess.execFileSync('git', ['ls-files', '-z'], {
		cwd: root,
		encoding: 'utf8',
		maxBuffer: 16 * 1024 * 1024,
	});
	const texts: Array<[string, string]> = [];
	for (const file of new Set(listed.split('\0').filter(Boolean))) {
		const full = path.join(root, file);
		if (
			file === API_DOC ||
			file === SELF ||
			!fs.statSync(full, { throwIfNoEntry: false })?.isFile()
		)
			continue;
		const bytes = fs.readFileSync(full);
		if (!bytes.includes(0)) texts.push([file, bytes.toString('utf8')]);
	}
	return texts;
}

const apiDocText = fs.readFileSync(path.join(root, API_DOC), 'utf8');
const apiDoc = readApiDoc(apiDocText);

describe(`citations of ${API_DOC}`, () => {
	it('every § in a source, test or doc file names the page and one of its sections', () => {
		const texts = repositoryTexts();
		expect(texts.length).toBeGreaterThan(100);
		expect(texts.flatMap(([file, text]) => citationProblems(file, text, apiDoc))).toEqual([]);
	});

	it("the page's own cross-references name its sections", () => {
		expect([...apiDoc.sections]).toEqual(expect.arrayContaining(['3', '4.5', '8.2', '10', '13']));
		expect(ownReferenceProblems(apiDocText, apiDoc)).toEqual([]);
	});

	it('bites: a bare citation, an unknown section and a dead heading link each fail', () => {
		const text = [
			'// Field types (reference §8.2).',
			'// Async (docs/telecrm-api.md §10, §8.1 and §99).',
			'See [the limit](docs/telecrm-api.md#no-such-heading).',
			'Pipeline (docs/telecrm-api.md §9.6); lists (docs/telecrm-api.md §13,',
			'§14).',
		].join('\n');
		expect(citationProblems('x.ts', text, apiDoc)).toEqual([
			'x.ts:2: §99 is not a section of docs/telecrm-api.md',
			'x.ts:1: "§8.2" names no document: write "docs/telecrm-api.md §8.2"',
			'x.ts:3: #no-such-heading is not a heading of docs/telecrm-api.md',
		]);
	});
});
