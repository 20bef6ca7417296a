import {readFileSync} from 'node:fs';
import path from 'node:path';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import fc from 'fast-check';
import {fromMarkdown} from 'mdast-util-from-markdown';
import {gfmFromMarkdown} from 'mdast-util-gfm';
import {gfm} from 'micromark-extension-gfm';
import {describe, expect, it} from 'vitest';
import {analyze, readShareFragment, toMarkdownReport, toSarifReport} from '../../src/core';
import {UsageError} from '../../src/cli/parseArguments';
import {readAnalysisFixtures} from '../core/fixtures';
import {repositoryRoot, runCli, spawnCli} from './runCli';

const fixture = (name: string) => path.join(repositoryRoot, 'tests/fixtures/analysis', name);

// The official schema, from oasis-tcs/sarif-spec (see tests/fixtures/sarif/README.md); it is JSON Schema draft-04.
const schema = JSON.parse(readFileSync(path.join(repositoryRoot, 'tests/fixtures/sarif/sarif-schema-2.1.0.json'), 'utf8'));
const ajv = new Ajv({allErrors: true, strict: false});
addFormats(ajv);
const validateSarif = ajv.compile(schema);

describe('stagecraft report --format sarif', () => {
  it.each(readAnalysisFixtures().map((entry) => [entry.dockerfile]))('%s is valid SARIF 2.1.0', (dockerfile) => {
    const {code, out} = runCli(['report', fixture(dockerfile), '--format', 'sarif']);
    expect(code).toBe(0);
    const log = JSON.parse(out);
    const valid = validateSarif(log);
    expect(validateSarif.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
    expect(log.runs[0].results.length).toBe(JSON.parse(runCli(['analyze', fixture(dockerfile), '--format', 'json']).out).diagnostics.length);
  });

  it('rejects a log that breaks the schema, so the check above can fail', () => {
    const log = JSON.parse(runCli(['report', fixture('typo-in-from.Dockerfile'), '--format', 'sarif']).out);
    log.runs[0].results[0].level = 'fatal';
    expect(validateSarif(log)).toBe(false);
  });
});

describe('stagecraft report', () => {
  it('prints Markdown by default and exits 0 without --fail-on', () => {
    const {code, out} = runCli(['report', fixture('typo-in-from.Dockerfile')]);
    expect(code).toBe(0);
    expect(out.startsWith(`## Stagecraft report for \`${fixture('typo-in-from.Dockerfile')}\``)).toBe(true);
    expect(out).toContain('```mermaid\nflowchart TB\n');
  });

  it('carries --build-context in the playground link, which opens with the same contexts', () => {
    const {out} = runCli(['report', fixture('targets.Dockerfile'), '--build-context', 'deps=docker-image://node:20']);
    const fragment = /\]\(https:\/\/[^)]*\/playground(#v=2&[^)\s]*)\)/.exec(out)?.[1];
    expect(fragment).toContain('&contexts=deps%3Ddocker-image%3A%2F%2Fnode%3A20');
    expect(readShareFragment(fragment!)).toMatchObject({kind: 'ok', state: {simulation: {buildContexts: {deps: 'docker-image://node:20'}}}});
  });

  it('exits 1 when a diagnostic at or above --fail-on exists, else 0', () => {
    // typo-in-from has warnings and a note; the playground's example has none; cycle has an error.
    expect(runCli(['report', fixture('typo-in-from.Dockerfile'), '--fail-on', 'warning']).code).toBe(1);
    expect(runCli(['report', fixture('typo-in-from.Dockerfile'), '--fail-on', 'error']).code).toBe(0);
    expect(runCli(['report', fixture('cycle.Dockerfile'), '--fail-on', 'error', '--format', 'sarif']).code).toBe(1);
    expect(runCli(['report', path.join(repositoryRoot, 'src/examples/node-three-stage.Dockerfile'), '--fail-on', 'warning']).code).toBe(0);
  });

  it('prints the analysis JSON with the report additions', () => {
    const {out} = runCli(['report', fixture('targets.Dockerfile'), '--target', 'test', '--format', 'json', '--fail-on', 'error']);
    const json = JSON.parse(out);
    expect(json).toMatchObject({file: fixture('targets.Dockerfile'), target: 2, failOn: 'error', failed: false});
    expect(json.mermaid).toMatch(/^flowchart TB/);
    expect(json.summary).toEqual({errors: 0, warnings: expect.any(Number), notes: expect.any(Number)});
    expect(new URL(json.playgroundUrl).hash).toMatch(/^#v=2&code=.*&target=test(&|$)/);
  });

  it('takes --build-arg like analyze', () => {
    const {out} = runCli(['report', fixture('platform-and-args.Dockerfile'), '--build-arg', 'GO_VERSION=1.27', '--format', 'json']);
    expect(JSON.parse(out).stages[0].from).toBe('golang:1.27-bookworm');
  });

  it.each([
    [['report'], /exactly one file/],
    [['report', 'x', '--format', 'text'], /report --format must be markdown, sarif or json/],
    [['report', 'x', '--fail-on', 'info'], /--fail-on must be error or warning/],
    [['analyze', 'x', '--fail-on', 'error'], /analyze takes no --fail-on/],
    [['analyze', 'x', '--format', 'sarif'], /analyze --format must be json or text/],
  ])('%j is a usage mistake', (argv, message) => {
    expect(() => runCli(argv)).toThrow(UsageError);
    expect(() => runCli(argv)).toThrow(message);
  });

  it('runs as a real command and reads standard input', () => {
    const result = spawnCli(['report', '-', '--format', 'sarif', '--fail-on', 'warning'], 'FROM node:24 AS a\nFROM node:24\nCOPY --from=b /x /x\n');
    expect(result.status).toBe(1);
    expect(result.stderr).toBe('');
    const log = JSON.parse(result.stdout);
    expect(validateSarif(log)).toBe(true);
    expect(log.runs[0].tool.driver.version).toBe(JSON.parse(readFileSync(path.join(repositoryRoot, 'package.json'), 'utf8')).version);
    expect(log.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri).toBe('stdin');
  });
});

interface MarkdownNode {
  type: string;
  value?: string;
  children?: MarkdownNode[];
}

/** Raw HTML in the report as GitHub's parser sees it (block and inline). */
function htmlNodes(node: MarkdownNode): string[] {
  const own = node.type === 'html' ? [node.value ?? ''] : [];
  return [...own, ...(node.children ?? []).flatMap(htmlNodes)];
}

describe('report on hostile input', () => {
  const line = fc.oneof(
    fc.constantFrom('FROM node:24 AS build', 'FROM alpine:3.24', 'COPY --from=build /a /b', 'RUN echo hi', 'ARG X', '# c', ''),
    fc.string({maxLength: 40}).map((text) => `FROM ${text} AS ${text}`),
    fc.string({maxLength: 40}).map((text) => `COPY --from=${text} /x /y`),
    fc.string({maxLength: 60}),
  );
  const dockerfile = fc.array(line, {maxLength: 12}).map((lines) => lines.join('\n'));

  it('always prints schema-valid SARIF, and Markdown with no HTML made from the file', () => {
    fc.assert(
      fc.property(dockerfile, (text) => {
        const analysis = analyze(text);
        expect(validateSarif(toSarifReport(analysis, {file: 'Dockerfile'}))).toBe(true);
        const markdown = toMarkdownReport(analysis, {file: 'Dockerfile', text});
        const html = htmlNodes(fromMarkdown(markdown, {extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()]}));
        expect(html.filter((value) => !/^<details><summary>How the sizes are estimated<\/summary>$|^<\/details>$/.test(value))).toEqual([]);
      }),
      {numRuns: 150},
    );
  });
});
