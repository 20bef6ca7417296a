import {describe, expect, it} from 'vitest';
import {analyze} from '../analyze';
import {baseImageOf, effectiveInstructions, resolvePath, stageChain, workdirAt} from './stageChain';

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
  const [deps, build, test] = analysis.stages;

  it('walks FROM <stage> back to the image', () => {
    expect(stageChain(test!, analysis.stages).map((s) => s.name)).toEqual(['deps', 'build', 'test']);
    expect(baseImageOf(test!, analysis.stages)).toBe('node:20');
  });

  it('resolves WORKDIR across the chain', () => {
    expect(workdirAt(deps!, analysis.stages)).toBe('/app');
    expect(workdirAt(test!, analysis.stages)).toBe('/app/src');
    const copy = build!.instructions.find((i) => i.kind === 'copy')!;
    expect(workdirAt(build!, analysis.stages, copy)).toBe('/app/src');
  });

  it('runs a parent ONBUILD trigger in the direct child only', () => {
    const keywords = (stage: typeof test) => effectiveInstructions(stage!, analysis.stages).map((e) => `${e.stage.name}:${e.instruction.keyword}`);
    expect(keywords(build)).toEqual(['deps:WORKDIR', 'build:RUN', 'build:WORKDIR', 'build:COPY']);
    expect(keywords(test)).toEqual(['deps:WORKDIR', 'build:RUN', 'build:WORKDIR', 'build:COPY', 'test:RUN']);
  });
});
