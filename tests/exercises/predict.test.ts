import {readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {gradePrediction, predictionAnswer} from '../../src/core';
import {bothBuilders, parseBuildCommand} from '../../src/core/checks/predictBuild';

const targets = readFileSync(path.resolve(__dirname, '../fixtures/analysis/targets.Dockerfile'), 'utf8');

describe('parseBuildCommand', () => {
  it.each([
    ['docker build .', {target: null, builder: 'buildkit', buildArgs: {}}],
    ['docker build --target test .', {target: 'test', builder: 'buildkit', buildArgs: {}}],
    ['docker build --target=test -t app:dev -f Dockerfile .', {target: 'test', builder: 'buildkit', buildArgs: {}}],
    ['docker buildx build --no-cache --build-arg NODE=22 --target build .', {target: 'build', builder: 'buildkit', buildArgs: {NODE: '22'}}],
    ['DOCKER_BUILDKIT=0 docker build .', {target: null, builder: 'legacy', buildArgs: {}}],
    ['DOCKER_BUILDKIT=1 docker image build --target docs .', {target: 'docs', builder: 'buildkit', buildArgs: {}}],
  ])('%s', (text, command) => {
    expect(parseBuildCommand(text)).toEqual({ok: true, command});
  });

  it.each(['', 'podman build .', 'docker run app', 'docker build', 'docker build --target', 'docker build . && docker push app', 'docker build . other'])(
    '%j is not a build command it can read',
    (text) => {
      expect(parseBuildCommand(text).ok).toBe(false);
    },
  );
});

describe('predictionAnswer', () => {
  it('is builtStages for BuildKit and legacyBuiltStages for the legacy builder', () => {
    const buildkit = predictionAnswer(targets, 'docker build .');
    const legacy = predictionAnswer(targets, 'DOCKER_BUILDKIT=0 docker build .');
    expect(buildkit.built).toEqual([0, 1, 4]);
    expect(legacy.built).toEqual([0, 1, 2, 3, 4]);
    expect(buildkit.stages.map((stage) => stage.label)).toEqual(['deps', 'build', 'test', 'docs', 'runtime']);
    expect(bothBuilders(targets, 'docker build --target test .')).toEqual({buildkit: [0, 1, 2], legacy: [0, 1, 2]});
  });

  it('follows --target and reports a target BuildKit cannot find', () => {
    expect(predictionAnswer(targets, 'docker build --target docs .')).toMatchObject({built: [3], target: 3, error: null});
    expect(predictionAnswer(targets, 'docker build --target nope .').error).toMatch(/nope/);
  });

  it('throws on a command it cannot read (authored data, caught by the content tests)', () => {
    expect(() => predictionAnswer(targets, 'make image')).toThrow(/cannot read/);
  });
});

describe('gradePrediction', () => {
  const answer = predictionAnswer(targets, 'docker build .');

  it('accepts exactly the built stages, in any order', () => {
    expect(gradePrediction(answer, [4, 1, 0])).toMatchObject({correct: true, missed: [], extra: [], expected: [0, 1, 4]});
  });

  it('names what was missed and what is not built', () => {
    const grade = gradePrediction(answer, [0, 2, 3, 4]);
    expect(grade).toMatchObject({correct: false, missed: [1], extra: [2, 3]});
    expect(grade.message).toContain('BuildKit also builds build.');
    expect(grade.message).toContain('BuildKit does not build test, docs.');
  });

  it('explains the legacy builder', () => {
    const legacy = predictionAnswer(targets, 'DOCKER_BUILDKIT=0 docker build .');
    expect(gradePrediction(legacy, [0, 1, 4]).message).toContain('The legacy builder also builds test, docs.');
    expect(gradePrediction(legacy, [0, 1, 2, 3, 4]).message).toMatch(/^Right: the legacy builder builds/);
  });
});
