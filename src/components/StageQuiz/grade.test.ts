import {describe, expect, it} from 'vitest';
import {analyze, findInFinalImage} from '../../core';
import {answerInFinalImage, answerWhichStages, gradeInFinalImage, gradeWhichStages, listWords} from './grade';
import {commandText, parseBuildArgs, toQuizBuild, type QuizBuild} from './quizBuild';

const lines = (...text: string[]) => `${text.join('\n')}\n`;

/** A build stage, a test stage built on it, and a runtime that copies only the binary. */
const goWithTests = lines(
  'FROM golang:1.27 AS build',
  'WORKDIR /src',
  'COPY go.mod go.sum ./',
  'RUN go mod download',
  'COPY . .',
  'RUN CGO_ENABLED=0 go build -o /out/server ./cmd/server',
  '',
  'FROM build AS test',
  'RUN go test ./...',
  '',
  'FROM gcr.io/distroless/static-debian13:nonroot AS runtime',
  'COPY --from=build /out/server /server',
  'ENTRYPOINT ["/server"]',
);

/** The base of the final stage chosen by a build argument. */
const variants = lines(
  'ARG VARIANT=prod',
  '',
  'FROM node:24-slim AS runtime-prod',
  'WORKDIR /app',
  'COPY server.js ./',
  '',
  'FROM runtime-prod AS runtime-debug',
  'COPY debug.js ./',
  '',
  'FROM runtime-${VARIANT} AS final',
  'CMD ["node", "server.js"]',
);

const plain: QuizBuild = {target: null, builder: 'buildkit', buildArgs: {}};
const legacy: QuizBuild = {...plain, builder: 'legacy'};

describe('quiz builds', () => {
  it('reads build arguments and refuses anything that is not NAME=VALUE', () => {
    expect(parseBuildArgs('VARIANT=debug NODE_VERSION=22')).toEqual({VARIANT: 'debug', NODE_VERSION: '22'});
    expect(parseBuildArgs(undefined)).toEqual({});
    expect(() => parseBuildArgs('VARIANT')).toThrow(/NAME=VALUE/);
    expect(() => toQuizBuild({builder: 'kaniko'})).toThrow(/builder/);
  });

  it('writes the command a reader would type', () => {
    expect(commandText(plain)).toBe('docker build .');
    expect(commandText(toQuizBuild({target: 'test', builder: 'legacy', buildArgs: 'VARIANT=debug'}))).toBe(
      'DOCKER_BUILDKIT=0 docker build --target test --build-arg VARIANT=debug .',
    );
  });
});

describe('which stages does a command build', () => {
  it('takes the answer from the analysis, per builder', () => {
    const analysis = analyze(goWithTests);
    expect(answerWhichStages(goWithTests, plain).built).toEqual([...analysis.builtStages].sort());
    expect(answerWhichStages(goWithTests, legacy).built).toEqual([...analysis.legacyBuiltStages].sort());
    expect(answerWhichStages(goWithTests, plain).built).not.toContain(1);
    expect(answerWhichStages(goWithTests, legacy).built).toContain(1);
  });

  it('offers every stage as a choice, with its name and line', () => {
    expect(answerWhichStages(goWithTests, plain).choices).toEqual([
      {index: 0, label: 'build', line: 1},
      {index: 1, label: 'test', line: 8},
      {index: 2, label: 'runtime', line: 11},
    ]);
  });

  it('follows --build-arg into FROM', () => {
    expect(answerWhichStages(variants, plain).built).toEqual([0, 2]);
    expect(answerWhichStages(variants, {...plain, buildArgs: {VARIANT: 'debug'}}).built).toEqual([0, 1, 2]);
  });

  it('grades ticks in any order, and names what was missed and what was extra', () => {
    const answer = answerWhichStages(goWithTests, plain);
    expect(gradeWhichStages(answer, [2, 0])).toMatchObject({correct: true, message: expect.stringMatching(/^Right: BuildKit builds build and runtime\./)});
    const wrong = gradeWhichStages(answer, [0, 1]);
    expect(wrong.correct).toBe(false);
    expect(wrong.message).toContain('also builds runtime');
    expect(wrong.message).toContain('does not build test');
    expect(gradeWhichStages(answerWhichStages(goWithTests, legacy), [0, 1, 2]).message).toMatch(/^Right: the legacy builder builds/);
  });
});

describe('is a path in the final image', () => {
  it('says a copied file is there, and which line copied it from where', () => {
    const answer = answerInFinalImage(goWithTests, plain, '/server');
    expect(answer).toMatchObject({present: true, finalStage: 'runtime', error: null});
    expect(answer.reason).toBe('Line 12 copies it from build.');
    expect(gradeInFinalImage(answer, true)).toMatchObject({correct: true});
    expect(gradeInFinalImage(answer, false)).toEqual({
      correct: false,
      message: 'Not quite: /server is in the final image (stage "runtime"). Line 12 copies it from build.',
    });
  });

  it('says the source is not there, and where it is instead', () => {
    const answer = answerInFinalImage(goWithTests, plain, '/src/main.go');
    expect(answer.present).toBe(false);
    expect(answer.reason).toContain('It exists in build (line 5)');
    expect(gradeInFinalImage(answer, false).message).toMatch(/^Right: \/src\/main.go is not in the final image \(stage "runtime"\)\. It exists in build/);
  });

  it('answers for the target stage when --target names one', () => {
    const answer = answerInFinalImage(goWithTests, {...plain, target: 'test'}, '/usr/local/go');
    expect(answer).toMatchObject({present: true, finalStage: 'test'});
    expect(answer.reason).toMatch(/comes from build \(line 1\), a stage the final stage is built on/);
  });

  it('counts a deleted path as gone, and says where it was deleted', () => {
    const deleted = lines('FROM node:24-slim', 'WORKDIR /app', 'COPY package.json package-lock.json ./', 'RUN npm ci', 'RUN rm -rf /app/node_modules');
    const answer = answerInFinalImage(deleted, plain, '/app/node_modules');
    expect(answer.present).toBe(false);
    expect(answer.reason).toMatch(/^Line 4 put it there, but line 5 deleted it/);
  });

  it('does not take a copy into / as holding every path', () => {
    const exportStage = lines(
      'FROM node:24 AS build',
      'WORKDIR /app',
      'COPY package.json package-lock.json ./',
      'RUN npm ci',
      'COPY . .',
      'RUN npm run build',
      '',
      'FROM scratch AS export',
      'COPY --from=build /app/dist /',
    );
    const answer = answerInFinalImage(exportStage, plain, '/app/node_modules');
    expect(answer).toMatchObject({present: false, finalStage: 'export'});
    expect(answer.reason).toContain('It exists in build (line 4)');
  });

  it('follows the stage a build argument selects', () => {
    expect(answerInFinalImage(variants, plain, '/app/server.js').present).toBe(true);
    expect(answerInFinalImage(variants, plain, '/app/debug.js').present).toBe(false);
    expect(answerInFinalImage(variants, {...plain, buildArgs: {VARIANT: 'debug'}}, '/app/debug.js').present).toBe(true);
  });
});

describe('findInFinalImage', () => {
  const node = lines(
    'FROM node:24 AS build',
    'WORKDIR /app',
    'COPY package.json package-lock.json ./',
    'RUN npm ci',
    'COPY . .',
    'RUN npm run build',
    '',
    'FROM node:24-slim AS runtime',
    'WORKDIR /app',
    'COPY --from=build /app/dist ./dist',
    'CMD ["node", "dist/server.js"]',
  );
  const find = (path: string) => findInFinalImage(analyze(node), path);

  it('finds a path by its own name, inside a copied directory, or as a directory holding it', () => {
    expect(find('/app/dist')?.line).toBe(10);
    expect(find('/app/dist/server.js')?.line).toBe(10);
    expect(find('/app/dist/')?.line).toBe(10);
    expect(find('/app')?.line).toBe(10);
  });

  it('does not take the base image as holding every file', () => {
    expect(find('/usr/bin/gcc')).toBeNull();
    expect(find('/app/node_modules')).toBeNull();
    expect(find('/usr/local/bin/node')?.via).toBe('base-image');
  });
});

describe('listWords', () => {
  it('joins with commas and a final "and"', () => {
    expect(listWords([])).toBe('');
    expect(listWords(['a'])).toBe('a');
    expect(listWords(['a', 'b', 'c'])).toBe('a, b and c');
  });
});
