import {describe, expect, it} from 'vitest';
import {analyze} from '../analyze';
import {checkSimulation, readBuildContextLines, summariseInputs, toAnalyzeOptions, toBuildContextLines, defaultSimulation} from './simulationInputs';

describe('build contexts as NAME=VALUE lines', () => {
  it('read image-like names and one-line values, skipping blank lines', () => {
    const text = 'base=docker-image://alpine:3.24\n\nalpine:3.24=./vendor/alpine\ndocker.io/library/node = https://example.org/node.tar\n';
    expect(readBuildContextLines(text)).toEqual({
      ok: true,
      buildContexts: {base: 'docker-image://alpine:3.24', 'alpine:3.24': './vendor/alpine', 'docker.io/library/node': 'https://example.org/node.tar'},
    });
    const read = readBuildContextLines('docs=./my docs\nsrc=../src');
    expect(read.ok && readBuildContextLines(toBuildContextLines(read.buildContexts))).toEqual(read);
  });
  it('refuse names BuildKit would not read as an image name, empty and oversized values', () => {
    const cases: [string, RegExp][] = [
      ['Base=./x', /lower-case name/],
      ['my context=./x', /lower-case name/],
      ['=./x', /lower-case name/],
      ['docs', /lower-case name/],
      ['docs=', /no value/],
      ['docs=  ', /no value/],
      [`docs=${'x'.repeat(1001)}`, /longer than 1000/],
      ['docs=./a\u0007b', /control character/],
      [Array.from({length: 21}, (_, i) => `c${i}=./x`).join('\n'), /at most 20/],
    ];
    for (const [text, reason] of cases) expect(readBuildContextLines(text)).toEqual({ok: false, reason: expect.stringMatching(reason)});
  });
  it('are checked with the rest of a link’s inputs', () => {
    expect(checkSimulation({buildContexts: 'base=./base'})).toEqual({ok: true, inputs: {...defaultSimulation, buildContexts: {base: './base'}}});
    expect(checkSimulation({buildContexts: 'BASE=./base'})).toEqual({ok: false, reason: expect.stringMatching(/build contexts are not valid/)});
  });
  it('reach the analysis by name: a FROM naming one is no unknown image', () => {
    const text = 'FROM base\nCOPY --from=docs . /docs\n';
    const codes = (contexts: Record<string, string>) =>
      analyze(text, toAnalyzeOptions({...defaultSimulation, buildContexts: contexts})).diagnostics.map((d) => d.code);
    expect(codes({})).toContain('UnknownStageOrContext');
    expect(codes({base: 'docker-image://alpine:3.24', docs: './docs'})).toEqual([]);
    expect(toAnalyzeOptions({...defaultSimulation, buildContexts: {base: './b'}}).buildContexts).toEqual(['base']);
  });
});

describe('summariseInputs', () => {
  it('names the builder and platform, and counts args and contexts only when there are some', () => {
    expect(summariseInputs(defaultSimulation)).toBe('BuildKit · linux/amd64');
    const inputs = {
      ...defaultSimulation,
      builder: 'kaniko-skip-unused',
      platform: 'linux/arm64',
      buildArgs: {A: '1', B: '2'},
      buildContexts: {base: './b'},
    } as const;
    expect(summariseInputs({...inputs, buildArgs: {...inputs.buildArgs}, buildContexts: {...inputs.buildContexts}})).toBe(
      'Kaniko (skip unused) · linux/arm64 · 2 args · 1 context',
    );
  });
});
