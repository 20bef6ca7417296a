import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {maxFragmentLength, readShareFragment, toShareFragment} from './shareState';

describe('share links', () => {
  it('round-trip a Dockerfile and a target', () => {
    const code = 'FROM node:20 AS build\nRUN echo "${HOME}" \\\n  && echo ok\n';
    const fragment = toShareFragment({code, target: 'build'});
    expect(fragment).toMatch(/^#code=[A-Za-z0-9+\-$]+&target=build$/);
    expect(readShareFragment(fragment)).toEqual({kind: 'ok', state: {code, target: 'build'}});
  });

  it('round-trip any text and target', () => {
    fc.assert(
      fc.property(fc.string({unit: 'binary', maxLength: 2000}), fc.option(fc.string({maxLength: 50})), (code, target) => {
        const expectedTarget = target === '' ? null : target;
        expect(readShareFragment(toShareFragment({code, target}))).toEqual({kind: 'ok', state: {code, target: expectedTarget}});
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
      state: {code: 'FROM a', target: null},
    });
    fc.assert(
      fc.property(fc.string({maxLength: 300}), (junk) => {
        const result = readShareFragment(`#code=${junk}`);
        expect(['ok', 'invalid', 'none']).toContain(result.kind);
      }),
    );
  });
});
