import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {isCheckId, type CheckId} from '../../src/core';
import {bothBuilders, parseBuildCommand} from '../../src/core/checks/predictBuild';
import {answerQuestion, checkExercise, exercises, findExercise, gradeQuestion} from '../../src/exercises';
import {nodeAdvice, nodeRequired} from '../../src/exercises/checkLists';
import type {DockerfileExercise, PredictExercise} from '../../src/exercises';
import {fixtureFolders, readFixtures} from './fixtures';

const exercisesDir = path.resolve(__dirname, '../../src/exercises');
const dockerfileExercises = exercises.filter((exercise): exercise is DockerfileExercise => exercise.kind === 'dockerfile');
const predictExercises = exercises.filter((exercise): exercise is PredictExercise => exercise.kind === 'predict');
const byId = (id: string): DockerfileExercise => dockerfileExercises.find((exercise) => exercise.id === id)!;

describe('the catalogue', () => {
  it('lists the exercises of design/exercises.md, in order', () => {
    expect(exercises.map((exercise) => exercise.id)).toEqual([
      'node-multi-stage',
      'go-multi-stage',
      'copy-paths',
      'test-stage',
      'fix-the-mistakes',
      'cache-friendly-deps',
      'secret-mount',
      'predict-the-build',
    ]);
  });

  it('has one folder per exercise, named by its kebab-case id', () => {
    const folders = readdirSync(exercisesDir, {withFileTypes: true})
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name);
    expect(folders.sort()).toEqual(exercises.map((exercise) => exercise.id).sort());
    for (const exercise of exercises) expect(exercise.id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
  });

  it('links each exercise to the next, ending with null', () => {
    exercises.forEach((exercise, index) => expect(exercise.next).toBe(exercises[index + 1]?.id ?? null));
  });

  it('finds exercises by id', () => {
    expect(findExercise('go-multi-stage')?.title).toBe('Convert a Go image');
    expect(findExercise('nope')).toBeNull();
  });

  it.each(exercises.map((exercise) => [exercise.id, exercise] as const))('%s has a title, a goal, 3–4 hints and an explanation', (_id, exercise) => {
    expect(exercise.title.length).toBeGreaterThan(3);
    expect(exercise.goal.length).toBeGreaterThan(40);
    expect(exercise.hints.length).toBeGreaterThanOrEqual(3);
    expect(exercise.hints.length).toBeLessThanOrEqual(4);
    for (const hint of exercise.hints) expect(hint.length).toBeGreaterThan(20);
    expect(new Set(exercise.hints).size).toBe(exercise.hints.length);
    expect(exercise.explanation.length).toBeGreaterThan(40);
  });
});

describe.each(dockerfileExercises.map((exercise) => [exercise.id, exercise] as const))('exercise %s', (id, exercise) => {
  it('imports its start and solution Dockerfiles as text', () => {
    expect(exercise.start).toBe(readFileSync(path.join(exercisesDir, id, 'start.Dockerfile'), 'utf8'));
    expect(exercise.solution).toBe(readFileSync(path.join(exercisesDir, id, 'solution.Dockerfile'), 'utf8'));
  });

  it('names only checks the engine has, each once', () => {
    const ids = exercise.checks.map((check) => check.id);
    for (const checkId of ids) expect(isCheckId(checkId), checkId).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
    expect(exercise.checks.some((check) => check.required)).toBe(true);
  });

  it('has a model solution that passes every check, required and advice', () => {
    const report = checkExercise(exercise, exercise.solution);
    const failed = report.checks.filter((check) => !check.passed).map((check) => `${check.id}: ${check.message}`);
    expect(failed).toEqual([]);
    expect(report.passed).toBe(true);
  });

  it('has a starting file that fails at least one required check', () => {
    const report = checkExercise(exercise, exercise.start);
    expect(report.checks.filter((check) => check.required && !check.passed).length).toBeGreaterThan(0);
    expect(report.passed).toBe(false);
    expect(report.error).toBeNull();
  });

  it('reports every check, in the order of the data', () => {
    const report = checkExercise(exercise, exercise.start);
    expect(report.exercise).toBe(id);
    expect(report.checks.map((check) => [check.id, check.required])).toEqual(exercise.checks.map((check) => [check.id, check.required]));
  });
});

describe('the check lists follow design/exercises.md', () => {
  const required = (exercise: DockerfileExercise): CheckId[] => exercise.checks.filter((c) => c.required).map((c) => c.id);
  const advice = (exercise: DockerfileExercise): CheckId[] => exercise.checks.filter((c) => !c.required).map((c) => c.id);
  const nodeRequiredIds = nodeRequired.map((check) => check.id);
  const nodeAdviceIds = nodeAdvice.map((check) => check.id);

  it('node-multi-stage', () => {
    expect(required(byId('node-multi-stage'))).toEqual(nodeRequiredIds);
    expect(advice(byId('node-multi-stage'))).toEqual(['prod-deps-only', 'deps-cached-before-source', 'non-root-user', 'pinned-base-tags']);
  });

  it('go-multi-stage', () => {
    expect(required(byId('go-multi-stage'))).toEqual([...nodeRequiredIds, 'static-binary-for-minimal-base']);
    expect(advice(byId('go-multi-stage'))).toEqual(['ca-certificates-on-scratch', 'non-root-user', 'deps-cached-before-source', 'pinned-base-tags']);
  });

  it('test-stage keeps every node-multi-stage check', () => {
    expect(required(byId('test-stage'))).toEqual([
      'test-stage-exists',
      'test-stage-builds-on-build',
      'test-stage-runs-tests',
      'runtime-is-default',
      ...nodeRequiredIds,
    ]);
    expect(advice(byId('test-stage'))).toEqual(nodeAdviceIds);
  });

  it('fix-the-mistakes', () => {
    expect(required(byId('fix-the-mistakes'))).toEqual([
      'copy-from-defined-stage',
      'no-source-in-runtime',
      'smaller-runtime-base',
      'start-file-present',
      'build-output-in-runtime',
    ]);
    expect(advice(byId('fix-the-mistakes'))).toEqual(expect.arrayContaining(['stage-name-casing', ...nodeAdviceIds]));
  });

  it('cache-friendly-deps makes deps-cached-before-source required', () => {
    expect(required(byId('cache-friendly-deps'))).toEqual(['deps-cached-before-source', ...nodeRequiredIds]);
    expect(advice(byId('cache-friendly-deps'))).toEqual(['cache-mount', ...nodeAdviceIds.filter((id) => id !== 'deps-cached-before-source')]);
  });

  it('secret-mount requires no secret anywhere and a secret mount, on top of node-multi-stage', () => {
    expect(required(byId('secret-mount'))).toEqual([
      'no-secret-in-arg-or-env',
      'no-secret-file-in-image',
      'no-secret-in-build-stages',
      'secret-via-mount',
      ...nodeRequiredIds,
    ]);
    expect(advice(byId('secret-mount'))).toEqual(['secret-mount-required', 'cache-mount', ...nodeAdviceIds]);
  });

  it('copy-paths requires found sources, a named start file, owned data and a non-root user', () => {
    expect(required(byId('copy-paths'))).toEqual([
      'copy-from-paths-exist',
      'start-file-named',
      'writable-data-owned-by-user',
      'non-root-user',
      ...nodeRequiredIds,
    ]);
    expect(advice(byId('copy-paths'))).toEqual(['code-owned-by-root', 'deps-cached-before-source', 'pinned-base-tags']);
  });

  it('starts secret-mount with the token in an ARG, in a build layer, in the shipped image and in no mount', () => {
    const report = checkExercise(byId('secret-mount'), byId('secret-mount').start);
    const failed = report.checks.filter((check) => check.required && !check.passed).map((check) => check.id);
    expect(failed).toEqual(['no-secret-in-arg-or-env', 'no-secret-file-in-image', 'no-secret-in-build-stages', 'secret-via-mount']);
  });

  it('starts copy-paths with a relative source, a jar of unknown name and root-owned data', () => {
    const report = checkExercise(byId('copy-paths'), byId('copy-paths').start);
    const failed = report.checks.filter((check) => check.required && !check.passed).map((check) => check.id);
    expect(failed).toEqual(expect.arrayContaining(['copy-from-paths-exist', 'start-file-named', 'writable-data-owned-by-user']));
  });

  it("starts fix-the-mistakes with the design's mistakes, each caught by its check", () => {
    const report = checkExercise(byId('fix-the-mistakes'), byId('fix-the-mistakes').start);
    const failed = report.checks.filter((check) => !check.passed).map((check) => check.id);
    expect(failed).toEqual(expect.arrayContaining(['copy-from-defined-stage', 'no-source-in-runtime', 'smaller-runtime-base', 'stage-name-casing']));
  });
});

describe("learners' answers", () => {
  const folders = fixtureFolders().filter((folder) => findExercise(folder)?.kind === 'dockerfile');

  it('cover every Dockerfile exercise', () => {
    expect(folders.sort()).toEqual(dockerfileExercises.map((exercise) => exercise.id).sort());
  });

  describe.each(folders)('%s', (id) => {
    it.each(readFixtures(id).map((fixture) => [fixture.name, fixture] as const))('%s', (_name, fixture) => {
      const report = checkExercise(byId(id), fixture.text);
      const failed = report.checks.filter((check) => check.required && !check.passed);
      if (fixture.expect === 'pass') {
        expect(failed.map((check) => `${check.id}: ${check.message}`)).toEqual([]);
        expect(report.passed).toBe(true);
      } else {
        expect(fixture.fails.length).toBeGreaterThan(0);
        expect(failed.map((check) => check.id).sort()).toEqual([...fixture.fails].sort());
        expect(report.passed).toBe(false);
      }
    });
  });
});

describe('predict-the-build', () => {
  const exercise = predictExercises[0]!;
  const questions = exercise.questions;

  it('has at least four questions with distinct ids', () => {
    expect(questions.length).toBeGreaterThanOrEqual(4);
    expect(new Set(questions.map((question) => question.id)).size).toBe(questions.length);
  });

  it.each(questions.map((question) => [question.id, question] as const))('%s: the engine answers, and the data agrees with it', (_id, question) => {
    const parsed = parseBuildCommand(question.command);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.command.builder).toBe(question.builder);
    const answer = answerQuestion(question);
    expect(answer.error).toBeNull();
    expect(answer.built.length).toBeGreaterThan(0);
    expect(answer.built).toContain(answer.target);
    const both = bothBuilders(question.dockerfile, question.command);
    expect(both.buildkit.join() !== both.legacy.join()).toBe(question.buildersDiffer);
    expect(gradeQuestion(question, answer.built).correct).toBe(true);
    expect(
      gradeQuestion(
        question,
        answer.stages.map((stage) => stage.index),
      ).correct,
    ).toBe(answer.built.length === answer.stages.length);
    expect(question.prompt.length).toBeGreaterThan(10);
    expect(question.explanation.length).toBeGreaterThan(20);
  });

  it('includes a question where BuildKit skips a stage that the legacy builder builds', () => {
    const skipping = questions.filter((question) => {
      const both = bothBuilders(question.dockerfile, question.command);
      return both.buildkit.every((stage) => both.legacy.includes(stage)) && both.legacy.some((stage) => !both.buildkit.includes(stage));
    });
    expect(skipping.length).toBeGreaterThan(0);
    expect(questions.some((question) => question.builder === 'legacy')).toBe(true);
    expect(questions.some((question) => question.builder === 'buildkit')).toBe(true);
  });
});
