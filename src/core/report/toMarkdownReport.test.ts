import {fromMarkdown} from 'mdast-util-from-markdown';
import {gfmFromMarkdown} from 'mdast-util-gfm';
import {gfm} from 'micromark-extension-gfm';
import {describe, expect, it} from 'vitest';
import {analyze} from '../analyze';
import {defaultSimulation} from '../plan/simulationInputs';
import {toMermaid} from '../graph/toMermaid';
import {readShareFragment} from '../share/shareState';
import {toMarkdownReport} from './toMarkdownReport';

/** The report as GitHub reads it: a GFM syntax tree, so the tests check structure rather than wording. */
interface Node {
  type: string;
  value?: string;
  depth?: number;
  lang?: string | null;
  url?: string;
  children?: Node[];
}

function parse(markdown: string): Node {
  return fromMarkdown(markdown, {extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()]}) as Node;
}

function textOf(node: Node): string {
  return node.value ?? (node.children ?? []).map(textOf).join('');
}

function all(node: Node, type: string): Node[] {
  const found = node.type === type ? [node] : [];
  return [...found, ...(node.children ?? []).flatMap((child) => all(child, type))];
}

/** Each `###` section's nodes, by heading text. */
function sections(root: Node): Map<string, Node[]> {
  const map = new Map<string, Node[]>();
  let current: Node[] = [];
  for (const node of root.children ?? []) {
    if (node.type === 'heading' && node.depth === 3) map.set(textOf(node), (current = []));
    else current.push(node);
  }
  return map;
}

function tableRows(nodes: Node[]): string[][] {
  const table = nodes.find((node) => node.type === 'table');
  if (!table) throw new Error('no table');
  return (table.children ?? []).slice(1).map((row) => (row.children ?? []).map(textOf));
}

const typo = `FROM node:24 AS builder
RUN npm run build

FROM node:24-slim
COPY --from=biulder /app/dist /app/dist
`;

const threeStage = `FROM node:24 AS build
WORKDIR /app
COPY . .
RUN npm ci && npm run build

FROM node:24 AS test
RUN npm test

FROM node:24-slim AS runtime
COPY --from=build /app/dist /app
CMD ["node", "/app/server.js"]
`;

describe('toMarkdownReport', () => {
  it('has a title naming the file, then the graph, the build, the estimate and the diagnostics', () => {
    const root = parse(toMarkdownReport(analyze(threeStage), {file: 'services/api/Dockerfile'}));
    const headings = all(root, 'heading').map((heading) => [heading.depth, textOf(heading)]);
    expect(headings).toEqual([
      [2, 'Stagecraft report for services/api/Dockerfile'],
      [3, 'Stage graph'],
      [3, 'What the target builds'],
      [3, 'Size estimate'],
      [3, 'Diagnostics'],
    ]);
  });

  it('carries the stage graph as a mermaid block GitHub renders, the same one the CLI prints', () => {
    const analysis = analyze(threeStage);
    const code = all(parse(toMarkdownReport(analysis, {file: 'Dockerfile'})), 'code');
    expect(code).toHaveLength(1);
    expect(code[0]).toMatchObject({lang: 'mermaid', value: toMermaid(analysis).trimEnd()});
  });

  it('names the target, the stages BuildKit builds for it and the ones it skips', () => {
    const analysis = analyze(threeStage, {target: 'runtime'});
    const build = sections(parse(toMarkdownReport(analysis, {file: 'Dockerfile'}))).get('What the target builds')!;
    const inline = build.flatMap((node) => all(node, 'inlineCode')).map((node) => node.value);
    expect(inline[0]).toBe('runtime');
    const items = build.flatMap((node) => all(node, 'listItem')).map(textOf);
    expect(items[0]).toContain('build, runtime');
    expect(items[0]).not.toContain('test');
    expect(items[1]).toMatch(/skips test/);
  });

  it('compares the final image with the same steps built as one stage', () => {
    const analysis = analyze(threeStage);
    const estimate = sections(parse(toMarkdownReport(analysis, {file: 'Dockerfile'}))).get('Size estimate')!;
    const rows = tableRows(estimate);
    expect(rows.map((row) => row[0])).toEqual(['Final image (runtime)', 'The same steps as one stage on node:24', 'Multi-stage against single-stage']);
    expect(analysis.estimate.savings.bytes).toBeGreaterThan(0);
    expect(rows[2]![1]).toMatch(/smaller \(\d+%\)$/);
    expect(estimate.some((node) => node.type === 'html' && node.value?.startsWith('<details>'))).toBe(true);
  });

  it('lists each diagnostic once, its code linking to its explanation on the site', () => {
    const analysis = analyze(typo);
    const diagnostics = sections(parse(toMarkdownReport(analysis, {file: 'Dockerfile'}))).get('Diagnostics')!;
    const rows = tableRows(diagnostics);
    expect(rows.map((row) => row[2])).toEqual(analysis.diagnostics.map((diagnostic) => diagnostic.code));
    expect(rows.map((row) => row[1])).toEqual(analysis.diagnostics.map((diagnostic) => String(diagnostic.line)));
    const links = diagnostics.flatMap((node) => all(node, 'link')).map((link) => link.url);
    expect(links).toContain('https://stagecraft.dev/reference/diagnostics/stage-names-and-references#undefined-stage');
    expect(links).toHaveLength(analysis.diagnostics.length);
  });

  it('says so when there is nothing to report', () => {
    const clean = 'FROM alpine:3.24\nRUN echo hi\n';
    const diagnostics = sections(parse(toMarkdownReport(analyze(clean), {file: 'Dockerfile'}))).get('Diagnostics')!;
    expect(diagnostics.some((node) => node.type === 'table')).toBe(false);
  });

  it('puts a refusal first, as a GitHub alert', () => {
    const cycle = 'FROM alpine:3.24 AS a\nCOPY --from=b /x /x\nFROM alpine:3.24 AS b\nCOPY --from=a /y /y\n';
    const root = parse(toMarkdownReport(analyze(cycle, {target: 'b'}), {file: 'Dockerfile'}));
    const alert = root.children![1]!;
    expect(alert.type).toBe('blockquote');
    expect(textOf(alert)).toMatch(/^\[!CAUTION\]/);
  });

  it('links to the playground with the same share fragment the lab reads, or leaves the link out when too long', () => {
    const links = (markdown: string) => all(parse(markdown), 'link').filter((link) => link.url?.startsWith('https://stagecraft.dev/playground'));
    const [link] = links(toMarkdownReport(analyze(threeStage), {file: 'Dockerfile', text: threeStage, target: 'test'}));
    const fragment = new URL(link!.url!).hash;
    expect(readShareFragment(fragment)).toEqual({kind: 'ok', state: {code: threeStage, target: 'test', simulation: defaultSimulation}});
    const huge = `${threeStage}${'# padding that does not compress into a short link\n'.repeat(4000)}`;
    expect(links(toMarkdownReport(analyze(huge), {file: 'Dockerfile', text: huge}))).toHaveLength(0);
  });

  it('keeps hostile names and messages as text: no HTML, no extra table cells, no links', () => {
    const hostile = 'FROM node:24 AS build\nFROM alpine:3.24\nCOPY --from=x|y<img/src=x/onerror=alert(1)>[a](javascript:b) /a /b\n';
    const analysis = analyze(hostile);
    const root = parse(toMarkdownReport(analysis, {file: 'a|b<script>.Dockerfile'}));
    expect(all(root, 'html').every((node) => /^<\/?details>|^<details><summary>/.test(node.value ?? ''))).toBe(true);
    expect(all(root, 'link').every((link) => link.url?.startsWith('https://stagecraft.dev/'))).toBe(true);
    const rows = tableRows(sections(root).get('Diagnostics')!);
    expect(rows.every((row) => row.length === 4)).toBe(true);
    expect(textOf(all(root, 'heading')[0]!)).toBe('Stagecraft report for a|b<script>.Dockerfile');
  });
});
