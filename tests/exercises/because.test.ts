import {describe, expect, it} from 'vitest';
import {runChecks, type CheckId, type CheckReport} from '../../src/core';
import {checkExercise, exercises, type DockerfileExercise} from '../../src/exercises';
import {nodeAdvice, nodeRequired} from '../../src/exercises/checkLists';
import {firstToFix, groupChecks} from '../../src/exercises/groupChecks';
import {formatCheckReport} from '../../src/cli/formatCheckReport';
import {readFixtures} from './fixtures';

const dockerfileExercises = exercises.filter((exercise): exercise is DockerfileExercise => exercise.kind === 'dockerfile');

/** root → the failures it explains, for a report. */
function causes(report: CheckReport): Record<string, string[]> {
  const map: Record<string, string[]> = {};
  for (const check of report.checks) if (check.because) (map[check.because] ??= []).push(check.id);
  return map;
}

/** What each exercise's start file should lead with, and what each root explains. */
const startExpectations: Record<string, {first: CheckId; causes: Record<string, CheckId[]>}> = {
  'node-multi-stage': {
    first: 'multiple-stages',
    causes: {'multiple-stages': ['named-build-stage', 'copy-from-build-stage', 'build-output-in-runtime', 'smaller-runtime-base']},
  },
  'go-multi-stage': {
    first: 'multiple-stages',
    causes: {
      'multiple-stages': ['named-build-stage', 'copy-from-build-stage', 'build-output-in-runtime', 'smaller-runtime-base', 'static-binary-for-minimal-base'],
    },
  },
  'test-stage': {first: 'test-stage-exists', causes: {'test-stage-exists': ['test-stage-builds-on-build', 'test-stage-runs-tests']}},
  'fix-the-mistakes': {first: 'copy-from-defined-stage', causes: {'copy-from-defined-stage': ['start-file-present', 'build-output-in-runtime']}},
  'cache-friendly-deps': {first: 'deps-cached-before-source', causes: {}},
  'copy-paths': {first: 'copy-from-paths-exist', causes: {}},
  'secret-mount': {first: 'no-secret-in-arg-or-env', causes: {}},
};

describe('the start file of every exercise leads with the failure to fix first', () => {
  it('has an expectation for every Dockerfile exercise', () => {
    expect(Object.keys(startExpectations).sort()).toEqual(dockerfileExercises.map((exercise) => exercise.id).sort());
  });

  describe.each(dockerfileExercises.map((exercise) => [exercise.id, exercise] as const))('%s', (id, exercise) => {
    const report = checkExercise(exercise, exercise.start);
    const expected = startExpectations[id]!;

    it('names, for each failure another explains, that root failure', () => {
      expect(causes(report)).toEqual(expected.causes);
    });

    it('points only at failed roots of the same report, from failed checks', () => {
      const byId = new Map(report.checks.map((check) => [check.id, check]));
      for (const check of report.checks) {
        expect(check.because === null || !check.passed, check.id).toBe(true);
        if (check.because == null) continue;
        const root = byId.get(check.because);
        expect(root?.passed, `${check.id} → ${check.because}`).toBe(false);
        expect(root?.because, `${check.because} is itself a root`).toBeNull();
      }
    });

    it('groups the explained failures under their root, and starts with the right one', () => {
      const groups = groupChecks(report);
      const top = groups.map((group) => group.check.id);
      const explained = Object.values(expected.causes).flat();
      expect(top).toEqual(report.checks.map((check) => check.id).filter((checkId) => !explained.includes(checkId)));
      for (const [root, dependents] of Object.entries(expected.causes)) {
        const group = groups.find((candidate) => candidate.check.id === root)!;
        expect(group.dependents.flatMap((dependent) => dependent.checks.map((check) => check.id))).toEqual(dependents);
        expect(group.explains).toBe(dependents.length);
      }
      expect(firstToFix(groups)?.check.id).toBe(expected.first);
    });

    it('prints the same grouping in the CLI text report, with what to fix first', () => {
      const text = formatCheckReport(report, exercise.title, 'Dockerfile');
      expect(text).toMatch(new RegExp(`Start with ${expected.first}[:.]`));
      for (const [root, dependents] of Object.entries(expected.causes)) {
        const section = text.slice(text.indexOf(`] ${root} (`));
        expect(section).toMatch(/^[^\n]+\n[^\n]+\n {9}Also fails because of this:\n/);
        for (const dependent of dependents) expect(section).toMatch(new RegExp(`^ {11}\\[(?:FAIL|tip )\\] ${dependent} \\(`, 'm'));
      }
    });
  });

  it('says the shared reason of the explained failures once (node-multi-stage)', () => {
    const exercise = dockerfileExercises.find((candidate) => candidate.id === 'node-multi-stage')!;
    const text = formatCheckReport(checkExercise(exercise, exercise.start), exercise.title, 'Dockerfile');
    expect(text.match(/There is only one stage, so there is no separate build stage/g)).toHaveLength(1);
  });
});

describe('a correct answer has no because', () => {
  const answers = dockerfileExercises.flatMap((exercise) => [
    [`${exercise.id} model solution`, exercise, exercise.solution] as const,
    ...readFixtures(exercise.id)
      .filter((fixture) => fixture.expect === 'pass')
      .map((fixture) => [`${exercise.id} ${fixture.name}`, exercise, fixture.text] as const),
  ]);

  it.each(answers)('%s', (_name, exercise, text) => {
    const report = checkExercise(exercise, text);
    expect(report.passed).toBe(true);
    expect(report.checks.filter((check) => check.because !== null).map((check) => `${check.id} → ${check.because}`)).toEqual([]);
  });
});

describe('because only where the root really is the reason', () => {
  const checks = [...nodeRequired, ...nodeAdvice, {id: 'copy-from-defined-stage', required: true} as const];
  const lines = (...parts: string[]) => `${parts.join('\n')}\n`;

  it('an unnamed build stage explains a --from that names it', () => {
    const text = lines(
      'FROM node:24',
      'WORKDIR /app',
      'COPY . .',
      'RUN npm ci && npm run build',
      'FROM node:24-slim',
      'WORKDIR /app',
      'COPY --from=build /app/dist ./dist',
      'CMD ["node", "dist/server.js"]',
    );
    expect(causes(runChecks(checks, text))).toEqual({
      'named-build-stage': ['copy-from-build-stage', 'build-output-in-runtime', 'start-file-present', 'copy-from-defined-stage'],
    });
  });

  it('a final stage that builds explains the missing build stage', () => {
    const text = lines(
      'FROM node:24 AS deps',
      'WORKDIR /app',
      'COPY package.json ./',
      'RUN npm ci',
      'FROM node:24-slim',
      'WORKDIR /app',
      'COPY --from=deps /app/node_modules ./node_modules',
      'COPY . .',
      'RUN npm run build',
      'CMD ["node", "dist/server.js"]',
    );
    expect(causes(runChecks(checks, text))).toEqual({
      'no-build-in-runtime': ['named-build-stage', 'copy-from-build-stage', 'build-output-in-runtime', 'smaller-runtime-base', 'deps-cached-before-source'],
    });
  });

  it('no COPY from the build stage explains the missing build output, not the start file', () => {
    const text = lines(
      'FROM node:24 AS build',
      'WORKDIR /app',
      'COPY . .',
      'RUN npm ci && npm run build',
      'FROM node:24-slim',
      'WORKDIR /app',
      'CMD ["node", "dist/server.js"]',
    );
    const report = runChecks(checks, text);
    expect(causes(report)).toEqual({'copy-from-build-stage': ['build-output-in-runtime']});
    expect(report.checks.find((check) => check.id === 'start-file-present')).toMatchObject({passed: false, because: null});
  });

  it('a typo in --from explains the build output, but not a start command that names the wrong file', () => {
    const text = lines(
      'FROM node:24 AS builder',
      'WORKDIR /app',
      'COPY . .',
      'RUN npm ci && npm run build',
      'FROM node:24-slim',
      'WORKDIR /app',
      'COPY --from=biulder /app/dist ./dist',
      'CMD ["node", "server.js"]',
    );
    const report = runChecks(checks, text);
    expect(causes(report)).toEqual({'copy-from-defined-stage': ['copy-from-build-stage', 'build-output-in-runtime']});
    expect(report.checks.find((check) => check.id === 'start-file-present')).toMatchObject({passed: false, because: null});
  });

  it('an unknown --from with no near stage name explains nothing', () => {
    const text = lines(
      'FROM node:24 AS build',
      'WORKDIR /app',
      'COPY . .',
      'RUN npm ci && npm run build',
      'FROM node:24-slim',
      'WORKDIR /app',
      'COPY --from=assets /app/dist ./dist',
      'CMD ["node", "dist/server.js"]',
    );
    const report = runChecks(checks, text);
    expect(report.checks.find((check) => check.id === 'copy-from-defined-stage')?.passed).toBe(false);
    expect(causes(report)).toEqual({'copy-from-build-stage': ['build-output-in-runtime']});
  });

  it('a file with no FROM explains every other failure by the missing stages', () => {
    const report = runChecks(checks, '# nothing yet\n');
    const failedOthers = report.checks.filter((check) => !check.passed && check.id !== 'multiple-stages').map((check) => check.id);
    expect(failedOthers.length).toBeGreaterThan(5);
    expect(causes(report)).toEqual({'multiple-stages': failedOthers});
  });

  it('no because when the root is not among the checks asked for', () => {
    const report = runChecks(['named-build-stage', 'copy-from-build-stage'], 'FROM node:24\nRUN npm ci && npm run build\n');
    expect(report.checks.map((check) => [check.passed, check.because])).toEqual([
      [false, null],
      [false, null],
    ]);
  });
});
