import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {compressToEncodedURIComponent} from 'lz-string';
import {defaultSimulation} from '../plan/simulationInputs';
import {maxFragmentLength, readShareFragment, toShareFragment} from './shareState';

describe('share links', () => {
  it('round-trip a Dockerfile and a target', () => {
    const code = 'FROM node:20 AS build\nRUN echo "${HOME}" \\\n  && echo ok\n';
    const fragment = toShareFragment({code, target: 'build'});
    expect(fragment).toMatch(/^#v=2&code=[A-Za-z0-9+\-$]+&target=build$/);
    expect(readShareFragment(fragment)).toEqual({kind: 'ok', state: {code, target: 'build', simulation: defaultSimulation}});
  });

  it('round-trip any text and target', () => {
    fc.assert(
      fc.property(fc.string({unit: 'binary', maxLength: 2000}), fc.option(fc.string({maxLength: 50})), (code, target) => {
        const expectedTarget = target === '' ? null : target;
        expect(readShareFragment(toShareFragment({code, target}))).toEqual({kind: 'ok', state: {code, target: expectedTarget, simulation: defaultSimulation}});
      }),
    );
  });

  it('ignores fragments without code', () => {
    expect(readShareFragment('')).toEqual({kind: 'none'});
    expect(readShareFragment('#naming-stages')).toEqual({kind: 'none'});
  });

  it('reports broken, hostile and oversized links instead of throwing', () => {
    expect(readShareFragment('#code=%%%')).toMatchObject({kind: 'invalid'});
    const whole = toShareFragment({code: 'FROM node:24 AS build\nRUN npm run build\n', target: null});
    expect(readShareFragment(whole.slice(0, -3))).toMatchObject({kind: 'invalid', reason: expect.stringMatching(/cut short/)});
    expect(readShareFragment('#code=<script>alert(1)</script>')).toMatchObject({kind: 'invalid'});
    expect(readShareFragment(`#code=${'A'.repeat(maxFragmentLength)}`)).toMatchObject({kind: 'invalid', reason: expect.stringMatching(/too long/)});
    expect(readShareFragment(`${toShareFragment({code: 'FROM a', target: null})}&target=%E0%A4%A`)).toEqual({
      kind: 'ok',
      state: {code: 'FROM a', target: null, simulation: defaultSimulation},
    });
    fc.assert(
      fc.property(fc.string({maxLength: 300}), (junk) => {
        const result = readShareFragment(`#code=${junk}`);
        expect(['ok', 'invalid', 'none']).toContain(result.kind);
      }),
    );
  });
});

describe('version 2 links', () => {
  const simulation = {
    builder: 'kaniko-skip-unused',
    buildArgs: {BASE: 'node:24-alpine', EMPTY: '', ODD: 'a&b=c#d'},
    buildContexts: {base: 'docker-image://alpine:3.24', 'alpine:3.24': './a&b=c#d'},
    platform: 'linux/arm64',
    changes: ['src/app.ts', 'arg:BASE'],
  } as const;
  it('carry the builder, build args, build contexts, platform and changes', () => {
    const fragment = toShareFragment({
      code: 'FROM ${BASE}',
      target: 'x',
      simulation: {...simulation, buildArgs: {...simulation.buildArgs}, buildContexts: {...simulation.buildContexts}, changes: [...simulation.changes]},
    });
    expect(fragment.startsWith('#v=2&code=')).toBe(true);
    expect(readShareFragment(fragment)).toEqual({kind: 'ok', state: {code: 'FROM ${BASE}', target: 'x', simulation}});
  });
  it('open a version 2 link made before contexts existed with none', () => {
    const before = `#v=2&code=${compressToEncodedURIComponent('FROM base')}&args=${encodeURIComponent('A=1')}`;
    expect(readShareFragment(before)).toEqual({kind: 'ok', state: {code: 'FROM base', target: null, simulation: {...defaultSimulation, buildArgs: {A: '1'}}}});
  });
  it('still open version 1 links (#code=… without v) with the default inputs', () => {
    const old = `#code=${compressToEncodedURIComponent('FROM alpine:3.24 AS a')}&target=a`;
    expect(readShareFragment(old)).toEqual({kind: 'ok', state: {code: 'FROM alpine:3.24 AS a', target: 'a', simulation: defaultSimulation}});
  });
  it('refuse hostile or oversized inputs with a reason', () => {
    const base = `#v=2&code=${compressToEncodedURIComponent('FROM alpine:3.24')}`;
    const cases: [string, RegExp][] = [
      [`${base}&builder=docker`, /builder/],
      [`${base}&platform=%3Cscript%3E`, /platform/],
      [`${base}&args=${encodeURIComponent('1X=2')}`, /build args/],
      [`${base}&args=${encodeURIComponent(`A=${'x'.repeat(1001)}`)}`, /longer than/],
      [`${base}&args=${encodeURIComponent(Array.from({length: 51}, (_, i) => `A${i}=1`).join('\n'))}`, /at most 50/],
      [`${base}${'&change=a'.repeat(21)}`, /more than 20/],
      [`${base}&contexts=${encodeURIComponent('Base=./x')}`, /build contexts are not valid/],
      [`${base}&contexts=${encodeURIComponent('<script>=x')}`, /build contexts are not valid/],
      [`${base}&contexts=${encodeURIComponent(`docs=${'x'.repeat(1001)}`)}`, /longer than 1000/],
      [`${base}&contexts=${encodeURIComponent(Array.from({length: 21}, (_, i) => `c${i}=./x`).join('\n'))}`, /at most 20 build contexts/],
      [`${base}&contexts=%E0%A4%A`, /build contexts/],
      [`${base}&change=%E0%A4%A`, /change/],
      [`${base}&change=line%3A0`, /change/],
      [`#v=3&code=${compressToEncodedURIComponent('FROM a')}`, /another version/],
    ];
    for (const [fragment, reason] of cases) expect(readShareFragment(fragment)).toEqual({kind: 'invalid', reason: expect.stringMatching(reason)});
  });
});
