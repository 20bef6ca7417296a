import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {analyze} from '../analyze';
import {escapeMermaidLabel, toMermaid} from './toMermaid';

const safeLabel = /^(?:[A-Za-z0-9 ._\-/:@+,=]|#\d+;)*$/;

describe('escapeMermaidLabel', () => {
  it('keeps readable references readable', () => {
    expect(escapeMermaidLabel('gcr.io/distroless/static-debian12:nonroot')).toBe('gcr.io/distroless/static-debian12:nonroot');
  });

  it('turns quotes, brackets, pipes, angle brackets and # into entity codes', () => {
    expect(escapeMermaidLabel('a"b')).toBe('a#34;b');
    expect(escapeMermaidLabel('<img src=x onerror=alert(1)>')).toBe('#8249;img src=x onerror=alert#40;1#41;#8250;');
    expect(escapeMermaidLabel('x]-->y|z{w}#')).toBe('x#93;--#8250;y#124;z#123;w#125;#35;');
    expect(escapeMermaidLabel('😀')).toBe('#128512;');
  });

  it('never lets a character through that could end a label or start markup', () => {
    fc.assert(
      fc.property(fc.string({unit: 'binary'}), (text) => {
        expect(escapeMermaidLabel(text)).toMatch(safeLabel);
      }),
    );
  });
});

describe('toMermaid', () => {
  const text = [
    'FROM node:20 AS deps',
    'FROM deps AS build',
    'RUN --mount=type=cache,from=deps,target=/c true',
    'FROM build AS test',
    'FROM nginx:1.27-alpine',
    'COPY --from=build /app/dist /usr/share/nginx/html',
    'COPY --from=busybox:1.36 /bin/busybox /bin/busybox',
  ].join('\n');

  it('draws a node per stage, edges by kind, external images, the target and skipped stages', () => {
    expect(toMermaid(analyze(text))).toBe(
      [
        'flowchart TB',
        '  s0["deps<br/>node:20"]',
        '  s1["build<br/>FROM deps"]',
        '  s2["test<br/>FROM build"]',
        '  s3["#35;3<br/>nginx:1.27-alpine"]',
        '  img0(["busybox:1.36<br/>image"])',
        '  s0 ==>|FROM| s1',
        '  s0 -.->|mount| s1',
        '  s1 ==>|FROM| s2',
        '  s1 -->|COPY| s3',
        '  img0 -->|COPY| s3',
        '  class s3 target',
        '  class s2 skipped',
        '  class img0 image',
        '  classDef target stroke:#0f766e,stroke-width:3px',
        '  classDef skipped stroke-dasharray:5 4,opacity:0.55',
        '  classDef image stroke-dasharray:2 2',
        '',
      ].join('\n'),
    );
  });

  it('marks what the legacy builder skips when asked', () => {
    const legacy = toMermaid(analyze(text, {target: 'build'}), {builder: 'legacy'});
    expect(legacy).toContain('class s1 target');
    expect(legacy).toContain('class s2,s3 skipped');
  });

  it('escapes hostile stage names and image references in every label', () => {
    const hostile = 'FROM alpine:3.20 AS evil\nFROM evil\nCOPY --from="x\\"]);alert(1);//<img/src=x>" /a /b\n';
    const chart = toMermaid(analyze(hostile));
    for (const line of chart.split('\n')) {
      const labels = [...line.matchAll(/\["([^"]*)"\]|\(\["([^"]*)"\]\)/g)].map((m) => m[1] ?? m[2] ?? '');
      for (const label of labels) expect(label.replace(/<br\/>/g, '')).toMatch(safeLabel);
    }
    expect(chart).not.toContain('<img');
  });

  it('clips very long labels', () => {
    const chart = toMermaid(analyze(`FROM alpine:3.20 AS ${'a'.repeat(500)}`));
    expect(chart.split('\n')[1]!.length).toBeLessThan(140);
  });
});

describe('toMermaid with build contexts', () => {
  it('draws a replaced stage, a FROM and a --from of a context as build contexts', () => {
    const text = 'FROM node:24 AS deps\nRUN npm ci\nFROM base AS app\nCOPY --from=deps /a /a\nCOPY --from=docs . /docs\n';
    const contexts = ['deps', 'base', 'docs'];
    const chart = toMermaid(analyze(text, {buildContexts: contexts}), {contexts});
    expect(chart).toContain('s0["deps<br/>replaced by a build context"]');
    expect(chart).toContain('s1["app<br/>build context base"]');
    expect(chart).toContain('img0(["docs<br/>build context"])');
    expect(toMermaid(analyze(text))).toContain('img0(["docs<br/>image"])');
  });
});
