import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {
  diagnosticAnchor,
  diagnosticDefinitions,
  diagnosticGroupPath,
  diagnosticGroups,
  diagnosticsPagePath,
  diagnosticUrl,
  movedAnchorUrl,
  type DiagnosticCode,
  type DiagnosticGroup,
  type DiagnosticOrigin,
} from '../../src/core/diagnostics/codes';
import {headingsOf, readDocs, type Heading} from './docs';
import {attributesOf, dockerfileBlocksOf} from './dockerfileExamples';

/** The reference's index: what the codes are, and every code listed under the page that explains it. */
const indexFile = path.join('reference', 'diagnostics', 'index.mdx');
const groupFile = (group: DiagnosticGroup) => path.join('reference', 'diagnostics', `${group}.mdx`);

/** The index's level-2 headings. Every code is a level-2 heading on its group's page. */
const indexSectionIds = ['severities-and-origins', 'every-code'];

const codes = Object.keys(diagnosticDefinitions) as DiagnosticCode[];

function readPage(relativePath: string): string {
  const page = readDocs().find((doc) => doc.relativePath === relativePath);
  if (!page) throw new Error(`docs/${relativePath} is missing`);
  return page.text;
}

function slugOf(text: string): string | null {
  const frontMatter = /^---\n([\s\S]*?)\n---\n/.exec(text)?.[1] ?? '';
  return /^slug: (.+)$/m.exec(frontMatter)?.[1] ?? null;
}

/** `## <Code> {/* #<anchor> *\/}`: the code a heading names, or null. */
function codeOf(heading: Heading): string | null {
  const match = /^(\w+) \{\/\* #[A-Za-z0-9_-]+ \*\/\}$/.exec(heading.text);
  return match ? match[1]! : null;
}

/** The text from a code's heading to the next heading of level 2. */
function sectionOf(text: string, heading: Heading): string {
  const lines = text.split('\n');
  const next = headingsOf(text).find((h) => h.line > heading.line && /^## /.test(lines[h.line - 1]!));
  return lines.slice(heading.line, next ? next.line - 1 : lines.length).join('\n');
}

/** Each code's page, the text of its section and its heading line, or a problem. */
function entryOf(code: DiagnosticCode): {file: string; section: string} | null {
  const file = groupFile(diagnosticDefinitions[code].group);
  const text = readPage(file);
  const heading = headingsOf(text).find((h) => h.id === diagnosticAnchor(code));
  return heading ? {file, section: sectionOf(text, heading)} : null;
}

/** How each entry names the origin of its code, in its first line. */
const originLabels: Record<DiagnosticOrigin, string> = {
  'buildkit-check': 'BuildKit build check',
  hadolint: 'hadolint rule',
  'buildkit-error': "Stagecraft's own code for a BuildKit error",
  stagecraft: "Stagecraft's own check",
};

/**
 * Codes whose example cannot avoid a second one, and why: BuildKit's InvalidDefaultArgInFrom parses every stage's
 * base with the ARG defaults (validations.go), so a blank or invalid base is also that warning.
 */
const companions: Partial<Record<DiagnosticCode, readonly string[]>> = {
  BlankBaseName: ['InvalidDefaultArgInFrom'],
  InvalidBaseReference: ['InvalidDefaultArgInFrom'],
};

describe('the diagnostics reference (docs/reference/diagnostics/)', () => {
  it('has an index and a page per group, at the paths every diagnostic url points to', () => {
    expect(slugOf(readPage(indexFile))).toBe(diagnosticsPagePath);
    for (const group of diagnosticGroups) expect(slugOf(readPage(groupFile(group))), group).toBe(diagnosticGroupPath(group));
    for (const code of codes) {
      expect(diagnosticUrl(code), code).toBe(`${diagnosticGroupPath(diagnosticDefinitions[code].group)}#${diagnosticAnchor(code)}`);
    }
  });

  it('gives every code exactly one level-2 heading, "<Code>" with the id diagnosticAnchor(code), on its group\'s page', () => {
    const problems: string[] = [];
    for (const code of codes) {
      const anchor = diagnosticAnchor(code);
      const text = readPage(groupFile(diagnosticDefinitions[code].group));
      const withId = headingsOf(text).filter((h) => h.id === anchor);
      if (withId.length !== 1) {
        problems.push(`${code}: ${withId.length} headings with id #${anchor} on the ${diagnosticDefinitions[code].group} page`);
        continue;
      }
      const line = text.split('\n')[withId[0]!.line - 1];
      if (line !== `## ${code} {/* #${anchor} */}`) problems.push(`${code}: line ${withId[0]!.line} reads "${line}"`);
    }
    expect(problems).toEqual([]);
  });

  it('has no heading on a group page that is not a code of that group, and no deeper headings', () => {
    const problems: string[] = [];
    for (const group of diagnosticGroups) {
      const text = readPage(groupFile(group));
      const lines = text.split('\n');
      for (const heading of headingsOf(text)) {
        const code = codeOf(heading);
        const where = `${group} line ${heading.line}`;
        if (!lines[heading.line - 1]!.startsWith('## ')) problems.push(`${where}: "${heading.text}" is not a level-2 heading`);
        else if (code === null) problems.push(`${where}: "${heading.text}" is not a code heading`);
        else if (!(code in diagnosticDefinitions)) problems.push(`${where}: ${code} is not in diagnosticDefinitions`);
        else if (diagnosticDefinitions[code as DiagnosticCode].group !== group) problems.push(`${where}: ${code} belongs to another group`);
        else if (heading.id !== diagnosticAnchor(code)) problems.push(`${where}: ${code} should have the id #${diagnosticAnchor(code)}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('has each index heading once, at level 2, and no other', () => {
    const text = readPage(indexFile);
    const lines = text.split('\n');
    const headings = headingsOf(text);
    expect(headings.map((h) => h.id)).toEqual(indexSectionIds);
    for (const heading of headings) expect(lines[heading.line - 1], `#${heading.id}`).toMatch(/^## /);
  });

  it('sends each anchor of the former single page to where it lives now', () => {
    expect(movedAnchorUrl('dl3022')).toBe(diagnosticUrl('DL3022'));
    expect(movedAnchorUrl('undefined-stage')).toBe(diagnosticUrl('UndefinedStage'));
    expect(movedAnchorUrl('build-check-parity')).toBe('/reference/diagnostics/build-checks#build-check-parity');
    for (const group of diagnosticGroups) expect(movedAnchorUrl(group)).toBe(diagnosticGroupPath(group));
    for (const id of [...indexSectionIds, 'no-such-entry', '']) expect(movedAnchorUrl(id), id).toBeNull();
  });

  it('shows a dockerfile example in every code section', () => {
    const missing = codes.filter((code) => !(entryOf(code)?.section.includes('```dockerfile') ?? true));
    expect(missing).toEqual([]);
  });

  /** Checks BuildKit ships without a URL or page (linter/ruleset.go; linter/generate.go skips InvalidBaseImagePlatform). */
  const checksWithoutPage = ['InvalidBaseImagePlatform'];

  it("links every BuildKit build check to Docker's page for it, and names hadolint for hadolint codes", () => {
    const problems: string[] = [];
    for (const code of codes) {
      const {origin} = diagnosticDefinitions[code];
      const section = entryOf(code)?.section;
      if (section === undefined) continue; // reported above
      const checkPage = `https://docs.docker.com/reference/build-checks/${diagnosticAnchor(code)}/`;
      const hasPage = !checksWithoutPage.includes(code);
      if (origin === 'buildkit-check' && hasPage && !section.includes(checkPage)) problems.push(`${code}: no link to ${checkPage}`);
      if (!hasPage && !section.includes('no documentation page')) problems.push(`${code}: does not say BuildKit gives it no page`);
      if (origin === 'hadolint' && !section.includes('hadolint')) problems.push(`${code}: does not say it is a hadolint rule`);
    }
    expect(problems).toEqual([]);
  });

  it("labels every code as a BuildKit build check, a hadolint rule, or Stagecraft's own, as its origin says", () => {
    const problems: string[] = [];
    for (const code of codes) {
      const section = entryOf(code)?.section;
      if (section === undefined) continue; // reported above
      const firstLine = section.split('\n').find((line) => line.trim() !== '') ?? '';
      const label = originLabels[diagnosticDefinitions[code].origin];
      if (!firstLine.includes(` · ${label}`)) problems.push(`${code}: first line does not say "${label}": ${firstLine}`);
    }
    expect(problems).toEqual([]);
  });

  it('gives every code an example that declares exactly its own code (checked by the example gate)', () => {
    const problems: string[] = [];
    for (const code of codes) {
      const entry = entryOf(code);
      if (entry === null) continue; // reported above
      const example = dockerfileBlocksOf(entry.file, entry.section)[0];
      const declared = (attributesOf(example?.meta ?? '').expect ?? '').split(',').filter((c) => c !== '');
      const wanted = [code, ...(companions[code] ?? [])];
      if (declared.sort().join() !== wanted.sort().join()) problems.push(`${code}: first example declares [${declared.join(', ')}]`);
    }
    expect(problems).toEqual([]);
  });
});
