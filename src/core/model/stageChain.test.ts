import {describe, expect, it} from 'vitest';
import {analyze} from '../analyze';
import {resolvePath} from '../contents/paths';
import {baseImageOf, stageChain} from './stageChain';

describe('resolvePath', () => {
  it.each([
    ['/app', 'dist', '/app/dist'],
    ['/app/', './dist/', '/app/dist'],
    ['/app', '/srv/x', '/srv/x'],
    ['/app/src', '../dist/server.js', '/app/dist/server.js'],
    ['/', '.', '/'],
    ['/', '../..', '/'],
  ])('%s + %s = %s', (workdir, path, expected) => {
    expect(resolvePath(workdir, path)).toBe(expected);
  });
});

describe('stage chains', () => {
  const analysis = analyze(
    [
      'FROM node:20 AS deps',
      'WORKDIR /app',
      'ONBUILD RUN echo trigger',
      'FROM deps AS build',
      'WORKDIR src',
      'COPY . .',
      'FROM build AS test',
      'RUN npm test',
    ].join('\n'),
  );
  const test = analysis.stages[2];

  it('walks FROM <stage> back to the image', () => {
    expect(stageChain(test!, analysis.stages).map((s) => s.name)).toEqual(['deps', 'build', 'test']);
    expect(baseImageOf(test!, analysis.stages)).toBe('node:20');
  });
});
