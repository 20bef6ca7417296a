import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {diagnosticAnchor, diagnosticDefinitions, diagnosticsPagePath, type DiagnosticCode, type DiagnosticOrigin} from '../../src/core/diagnostics/codes';
import {headingsOf, readDocs, type Heading} from './docs';
import {attributesOf, dockerfileBlocksOf} from './dockerfileExamples';

/** The page every diagnostic's `url` points at. */
const pageFile = path.join('reference', 'diagnostics.mdx');

/** The level-2 headings: the intro and the groups. Every code is a level-3 heading inside a group. */
const sectionIds = [
  'severities-and-origins',
  'build-check-parity',
  'refusals',
  'stage-names-and-references',
  'base-images-and-args',
  'final-image',
  'instructions',
];

const codes = Object.keys(diagnosticDefinitions) as DiagnosticCode[];

function readPage(): string {
  const page = readDocs().find((doc) => doc.relativePath === pageFile);
  if (!page) throw new Error(`docs/${pageFile} is missing`);
  return page.text;
}

function isSection(heading: Heading): boolean {
  return heading.id !== null && sectionIds.includes(heading.id);
}

/** `<Code> {/* #<anchor> *\/}`: the code a heading (other than a section heading) names, or null. */
function codeOf(heading: Heading): string | null {
  if (isSection(heading)) return null;
  const match = /^(\w+) \{\/\* #[A-Za-z0-9_-]+ \*\/\}$/.exec(heading.text);
  return match ? match[1]! : null;
}

/** The text from a code's heading to the next heading of level 3 or above. */
function sectionOf(text: string, heading: Heading): string {
  const lines = text.split('\n');
  const next = headingsOf(text).find((h) => h.line > heading.line && /^#{2,3} /.test(lines[h.line - 1]!));
  return lines.slice(heading.line, next ? next.line - 1 : lines.length).join('\n');
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

describe('the diagnostics reference (docs/reference/diagnostics.mdx)', () => {
  const text = readPage();
  const lines = text.split('\n');
  const headings = headingsOf(text);

  it('lives at the path every diagnostic url points to', () => {
    const frontMatter = /^---\n([\s\S]*?)\n---\n/.exec(text)?.[1] ?? '';
    expect(frontMatter.split('\n')).toContain(`slug: ${diagnosticsPagePath}`);
  });

  it('gives every code exactly one level-3 heading, "<Code>" with the id diagnosticAnchor(code), inside a group', () => {
    const problems: string[] = [];
    for (const code of codes) {
      const anchor = diagnosticAnchor(code);
      const withId = headings.filter((h) => h.id === anchor);
      if (withId.length !== 1) {
        problems.push(`${code}: ${withId.length} headings with id #${anchor}`);
        continue;
      }
      const heading = withId[0]!;
      if (lines[heading.line - 1] !== `### ${code} {/* #${anchor} */}`) {
        problems.push(`${code}: line ${heading.line} reads "${lines[heading.line - 1]}"`);
      }
      const group = headings.filter((h) => h.line < heading.line && lines[h.line - 1]!.startsWith('## ')).pop();
      if (!group || group.id === 'severities-and-origins' || group.id === 'build-check-parity') problems.push(`${code}: not inside a group`);
    }
    expect(problems).toEqual([]);
  });

  it('has no heading for a code that does not exist, and gives the other headings their own ids', () => {
    const anchors = new Set(codes.map((code) => diagnosticAnchor(code)));
    const problems: string[] = [];
    for (const heading of headings) {
      if (isSection(heading)) {
        if (anchors.has(heading.id!)) problems.push(`line ${heading.line}: section id #${heading.id} is also a code's anchor`);
        continue;
      }
      const code = codeOf(heading);
      if (code === null) {
        problems.push(`line ${heading.line}: "${heading.text}" is neither a code heading nor a known section`);
      } else if (!(code in diagnosticDefinitions)) {
        problems.push(`line ${heading.line}: "${heading.text}" is for ${code}, which diagnosticDefinitions lacks`);
      } else if (heading.id !== diagnosticAnchor(code)) {
        problems.push(`line ${heading.line}: "${heading.text}" should have the id #${diagnosticAnchor(code)}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('has each intro and group heading once', () => {
    for (const id of sectionIds) {
      expect(
        headings.filter((h) => h.id === id),
        `#${id}`,
      ).toHaveLength(1);
    }
  });

  it('shows a dockerfile example in every code section', () => {
    const missing = headings
      .filter((h) => codeOf(h) !== null)
      .filter((h) => !sectionOf(text, h).includes('```dockerfile'))
      .map((h) => codeOf(h));
    expect(missing).toEqual([]);
  });

  /** Checks BuildKit ships without a URL or page (linter/ruleset.go; linter/generate.go skips InvalidBaseImagePlatform). */
  const checksWithoutPage = ['InvalidBaseImagePlatform'];

  it("links every BuildKit build check to Docker's page for it, and names hadolint for hadolint codes", () => {
    const problems: string[] = [];
    for (const code of codes) {
      const {origin} = diagnosticDefinitions[code];
      const heading = headings.find((h) => h.id === diagnosticAnchor(code));
      if (!heading) continue; // reported above
      const section = sectionOf(text, heading);
      const checkPage = `https://docs.docker.com/reference/build-checks/${diagnosticAnchor(code)}/`;
      const hasPage = !checksWithoutPage.includes(code);
      if (origin === 'buildkit-check' && hasPage && !section.includes(checkPage)) problems.push(`${code}: no link to ${checkPage}`);
      if (!hasPage && !section.includes('no documentation page')) problems.push(`${code}: does not say BuildKit gives it no page`);
      if (origin === 'hadolint' && !section.includes('hadolint')) problems.push(`${code}: does not say it is a hadolint rule`);
    }
    expect(problems).toEqual([]);
  });

  it('has each group heading at level 2 and no code heading at level 2', () => {
    for (const id of sectionIds) {
      const heading = headings.find((h) => h.id === id)!;
      expect(lines[heading.line - 1], `#${id}`).toMatch(/^## /);
    }
    expect(
      headings
        .filter((h) => lines[h.line - 1]!.startsWith('## '))
        .map((h) => h.id)
        .sort(),
    ).toEqual([...sectionIds].sort());
  });

  it("labels every code as a BuildKit build check, a hadolint rule, or Stagecraft's own, as its origin says", () => {
    const problems: string[] = [];
    for (const code of codes) {
      const heading = headings.find((h) => h.id === diagnosticAnchor(code));
      if (!heading) continue; // reported above
      const firstLine =
        sectionOf(text, heading)
          .split('\n')
          .find((line) => line.trim() !== '') ?? '';
      const label = originLabels[diagnosticDefinitions[code].origin];
      if (!firstLine.includes(` · ${label}`)) problems.push(`${code}: first line does not say "${label}": ${firstLine}`);
    }
    expect(problems).toEqual([]);
  });

  it('gives every code an example that declares exactly its own code (checked by the example gate)', () => {
    const problems: string[] = [];
    for (const code of codes) {
      const heading = headings.find((h) => h.id === diagnosticAnchor(code));
      if (!heading) continue; // reported above
      const example = dockerfileBlocksOf(pageFile, sectionOf(text, heading))[0];
      const declared = (attributesOf(example?.meta ?? '').expect ?? '').split(',').filter((c) => c !== '');
      const wanted = [code, ...(companions[code] ?? [])];
      if (declared.sort().join() !== wanted.sort().join()) problems.push(`${code}: first example declares [${declared.join(', ')}]`);
    }
    expect(problems).toEqual([]);
  });
});
