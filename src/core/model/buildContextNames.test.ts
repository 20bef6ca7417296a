import {describe, expect, it} from 'vitest';
import {analyze} from '../analyze';
import {buildContextMatcher, contextLookupName} from './buildContextNames';

describe('build context names, as BuildKit and buildx normalise them', () => {
  it('looks a reference up by its familiar form without :latest', () => {
    for (const name of ['node', 'node:latest', 'docker.io/library/node', 'index.docker.io/library/node:latest']) expect(contextLookupName(name)).toBe('node');
    expect(contextLookupName('node:24')).toBe('node:24');
    expect(contextLookupName('ghcr.io/acme/tools:latest')).toBe('ghcr.io/acme/tools');
    expect(contextLookupName('docker.io/acme/tools')).toBe('acme/tools');
  });

  it('reads no name from what is not a reference', () => {
    expect([contextLookupName('$BASE'), contextLookupName('Base'), contextLookupName('')]).toEqual([null, null, null]);
  });

  it('matches either side written in any of its forms', () => {
    const contexts = buildContextMatcher(['docker.io/library/alpine']);
    expect(['alpine', 'alpine:latest', 'library/alpine'].map(contexts.has)).toEqual([true, true, true]);
    expect(['alpine:3.24', 'alpines', '$X'].map(contexts.has)).toEqual([false, false, false]);
    expect(buildContextMatcher().has('alpine')).toBe(false);
  });

  it('lets a context written another way stand in for the FROM and its size', () => {
    const text = 'FROM alpine:latest AS app\nRUN echo hi\n';
    const codes = (contexts: string[]) => analyze(text, {buildContexts: contexts}).diagnostics.map((d) => d.code);
    expect(codes([])).toContain('DL3007');
    expect(codes(['docker.io/library/alpine'])).not.toContain('DL3007');
    const stage = analyze(text, {buildContexts: ['alpine']}).contents[0]!;
    expect(stage.baseKnown).toBe(false);
  });
});
