/**
 * One interpreter: the contents panel (the estimate), the exercise checks and the diagnostics read the same
 * stage-contents model, so they agree on what the final image holds. Regression tests for each
 * disagreement the two former interpreters had, then a property over every Dockerfile we ship and
 * generated ones.
 */
import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {stagePurpose} from '../../src/core/contents/stagePurpose';
import {analyze} from '../../src/core/analyze';
import {runChecks} from '../../src/core/checks/runChecks';
import type {Analysis} from '../../src/core/types';
import {docsDockerfiles, exerciseDockerfiles} from '../content/dockerfileExamples';
import {exerciseFixtureDir} from '../exercises/fixtures';
import {readAnalysisFixtures} from './fixtures';

const check = (text: string, id: Parameters<typeof runChecks>[0][number]) => runChecks([id], text).checks[0]!;
const finalItems = (analysis: Analysis) => analysis.estimate.stages.find((stage) => stage.index === analysis.estimate.final?.index)?.contents ?? [];
const present = (analysis: Analysis, category: string) => finalItems(analysis).filter((item) => item.category === category && item.removedAt === null);

describe('the disagreements of the two former interpreters are gone', () => {
  it("golang's WORKDIR is /go: the copied binary is build output, not source", () => {
    const text =
      'FROM golang:1.27 AS build\nCOPY . .\nRUN CGO_ENABLED=0 go build -o server .\nFROM scratch\nCOPY --from=build /go/server /server\nCMD ["/server"]\n';
    const analysis = analyze(text);
    expect(check(text, 'build-output-in-runtime').passed).toBe(true);
    expect(present(analysis, 'build-output').map((item) => item.paths)).toEqual([['/server']]);
    expect(present(analysis, 'source')).toEqual([]);
    expect(analysis.estimate.warnings.filter((warning) => warning.category === 'source')).toEqual([]);
  });

  it('NPM_CONFIG_OMIT=dev,optional means production dependencies to the estimate and to prod-deps-only', () => {
    const text = 'FROM node:24-slim\nWORKDIR /app\nENV NPM_CONFIG_OMIT=dev,optional\nCOPY package*.json ./\nRUN npm ci\nCMD ["node", "server.js"]\n';
    expect(present(analyze(text), 'dev-dependencies')).toEqual([]);
    expect(check(text, 'prod-deps-only').passed).toBe(true);
  });

  it('COPY * ./ in the final stage is the whole context to the estimate, the check and SourceInFinalStage', () => {
    const text =
      'FROM node:24 AS build\nWORKDIR /app\nCOPY . .\nRUN npm ci && npm run build\nFROM node:24-slim\nWORKDIR /app\nCOPY * ./\nCMD ["node", "dist/server.js"]\n';
    const analysis = analyze(text);
    expect(analysis.diagnostics.map((diagnostic) => diagnostic.code)).toContain('SourceInFinalStage');
    expect(analysis.estimate.warnings.some((warning) => warning.finding === 'whole-source' && warning.line === 7)).toBe(true);
    expect(check(text, 'no-source-in-runtime').passed).toBe(false);
  });

  it('.npmrc is install configuration for the cache order and a possible secret in the contents', () => {
    const text =
      'FROM node:24 AS build\nWORKDIR /app\nCOPY package.json package-lock.json .npmrc ./\nRUN npm ci\nCOPY . .\nRUN npm run build\nFROM node:24-slim\nCOPY --from=build /app/dist /app/dist\nCMD ["node", "/app/dist/server.js"]\n';
    expect(check(text, 'deps-cached-before-source').passed).toBe(true);
    expect(analyze(text).estimate.stages[0]!.contents.some((item) => item.category === 'secret' && item.paths.includes('/app/.npmrc'))).toBe(true);
  });

  it('WORKDIR and COPY destinations with variables are expanded for the estimate and the checks alike', () => {
    const text =
      'FROM node:24 AS build\nENV APP=/srv/app\nWORKDIR $APP\nCOPY . .\nRUN npm ci && npm run build\nFROM node:24-slim\nARG DEST=/opt/app\nCOPY --from=build ${APP:-/srv/app}/dist $DEST/dist\nCMD ["node", "/opt/app/dist/server.js"]\n';
    const analysis = analyze(text);
    expect(analysis.estimate.stages[0]!.contents.find((item) => item.category === 'source')?.paths).toEqual(['/srv/app']);
    expect(present(analysis, 'build-output').flatMap((item) => item.paths)).toContain('/opt/app/dist');
    expect(check(text, 'start-file-present').passed).toBe(true);
  });

  it('a glob such as x[ is a path, not a crash', () => {
    const text =
      'FROM node:24 AS build\nWORKDIR /app\nCOPY . .\nRUN npm ci && npm run build\nFROM node:24-slim\nWORKDIR /app\nCOPY --from=build /app/x[ ./\nCMD ["node", "dist/server.js"]\n';
    for (const result of runChecks(['build-output-in-runtime', 'start-file-present', 'prod-deps-only'], text).checks)
      expect(result.message).not.toContain('bug in Stagecraft');
  });
});

interface Sample {
  name: string;
  text: string;
}

function walkFixtures(directory: string): Sample[] {
  return readdirSync(directory, {recursive: true, encoding: 'utf8'})
    .filter((file) => file.endsWith('.Dockerfile'))
    .map((file) => ({name: file, text: readFileSync(path.join(directory, file), 'utf8')}));
}

/** The three findings the panel shows and the checks judge, read from each side. */
function expectAgreement(text: string): void {
  const analysis = analyze(text);
  if (analysis.stages.length === 0 || analysis.estimate.final === null) return;
  const report = runChecks(['build-output-in-runtime', 'prod-deps-only', 'no-source-in-runtime', 'multiple-stages'], text, {analysis});
  const [buildOutput, prodDeps, noSource, multiple] = report.checks;

  const wholeSource = analysis.estimate.warnings.some((warning) => warning.finding === 'whole-source');
  expect(noSource!.passed, 'no-source-in-runtime vs the whole-source warning').toBe(!wholeSource);
  // The diagnostic is the whole-source finding about a final stage that ships (not a test, lint or dev stage, nor an interpreter running source).
  const ships = stagePurpose(analysis.stages[analysis.stages.length - 1]!, analysis.contents).kind === 'ships';
  if (multiple!.passed && ships)
    expect(
      analysis.diagnostics.some((d) => d.code === 'SourceInFinalStage'),
      'SourceInFinalStage vs the whole-source warning',
    ).toBe(wholeSource);

  const devDependencies = present(analysis, 'dev-dependencies').length > 0;
  if (devDependencies) expect(prodDeps!.passed, 'devDependencies shown, so prod-deps-only fails').toBe(false);
  if (prodDeps!.passed) expect(devDependencies, 'prod-deps-only passes, so none shown').toBe(false);
  if (!prodDeps!.passed && !devDependencies) expect(prodDeps!.message).toMatch(/^Stagecraft cannot tell/);

  const copiedOutput = present(analysis, 'build-output').some((item) => item.copiedFrom?.stage != null);
  if (buildOutput!.passed) expect(copiedOutput, 'build-output-in-runtime passes, so copied build output is shown').toBe(true);
}

describe('the contents panel and the checks agree', () => {
  const samples: Sample[] = [
    ...readAnalysisFixtures().map((fixture) => ({name: `analysis/${fixture.name}`, text: fixture.text})),
    ...walkFixtures(exerciseFixtureDir).map((sample) => ({...sample, name: `exercises/${sample.name}`})),
    ...docsDockerfiles().map((example) => ({name: `${example.file}:${example.line}`, text: example.text})),
    ...exerciseDockerfiles().map((example) => ({name: `${example.file}:${example.line}`, text: example.text})),
  ];

  it('has many real files to compare', () => {
    expect(samples.length).toBeGreaterThan(300);
  });

  it.each(samples.map((sample) => [sample.name, sample.text] as const))('%s', (_name, text) => expectAgreement(text));

  const base = fc.constantFrom('node:24', 'node:24-slim', 'golang:1.27', 'scratch', 'alpine:3.24', 'gcr.io/distroless/nodejs24-debian13');
  const instruction = fc.constantFrom(
    'WORKDIR /app',
    'WORKDIR /src',
    'COPY . .',
    'COPY * ./',
    'COPY package*.json ./',
    'COPY src ./src',
    'RUN npm ci',
    'RUN npm ci --omit=dev',
    'RUN npm run build',
    'RUN npm prune --omit=dev',
    'ENV NODE_ENV=production',
    'RUN CGO_ENABLED=0 go build -o /bin/server .',
    'COPY --from=0 /app/dist ./dist',
    'COPY --from=0 /app .',
    'COPY --from=0 /app/node_modules ./node_modules',
    'COPY --from=0 /bin/server /server',
    'COPY --from=build /app ./',
    'CMD ["node", "dist/server.js"]',
  );
  const stage = fc.tuple(base, fc.array(instruction, {maxLength: 6}));

  it('on generated multi-stage files', () => {
    fc.assert(
      fc.property(fc.array(stage, {minLength: 1, maxLength: 3}), (stages) => {
        const text = stages.map(([from, lines], index) => [`FROM ${from}${index === 0 ? ' AS build' : ''}`, ...lines].join('\n')).join('\n');
        expectAgreement(`${text}\n`);
      }),
      {numRuns: 300},
    );
  });
});

describe('contents model fidelity', () => {
  it('copies a directory among several sources as its contents, and a manifest from a stage as a manifest', () => {
    const analysis = analyze(
      'FROM node:24 AS b\nWORKDIR /app\nCOPY . .\nRUN npm ci && npm run build\nFROM node:24-slim\nWORKDIR /srv\nCOPY --from=b /app/package.json /app/dist ./\nCMD ["node", "server.js"]\n',
    );
    const items = finalItems(analysis);
    expect(items.find((item) => item.category === 'build-output')?.paths).toEqual(['/srv']);
    expect(items.find((item) => item.paths.includes('/srv/package.json'))?.category).toBe('other');
    expect(items.some((item) => item.category === 'source')).toBe(false);
  });

  const nodeBuild = 'FROM node:24 AS b\nWORKDIR /app\nCOPY package*.json ./\nRUN npm ci\nCOPY . .\nRUN npm run build\nFROM node:24-slim\nWORKDIR /app\n';

  it('a file among several sources holds nothing below it: dist/server.js is not inside package.json', () => {
    const text = `${nodeBuild}COPY --from=b /app/package.json /app/dist ./\nCMD ["node", "dist/server.js"]\n`;
    const record = analyze(text).contents.at(-1)!.copies.at(-1)!;
    expect(record.sourceShapes[0]).toBe('file');
    const present = check(text, 'start-file-present');
    expect(present.passed).toBe(false);
    expect(present.message).toContain('so the file is at /app/server.js');
    expect(check(`${nodeBuild}COPY --from=b /app/package.json /app/dist ./\nCMD ["node", "server.js"]\n`, 'start-file-present').passed).toBe(true);
  });

  it('reads a source as a directory when the source stage holds something below it, and as a file when it holds one file there', () => {
    const text =
      'FROM golang:1.27 AS b\nWORKDIR /src\nCOPY . .\nRUN go build -o /out/bin/server .\nFROM scratch\nCOPY --from=b /out/bin /out/bin/server /srv/\nCMD ["/srv/server"]\n';
    expect(analyze(text).contents.at(-1)!.copies.at(-1)!.sourceShapes).toEqual(['directory', 'file']);
    expect(analyze('FROM alpine:3.24\nCOPY src ./\n').contents[0]!.copies[0]!.sourceShapes).toEqual(['unknown']);
  });

  it('puts the output of a workspaces build in the workspaces, not in the root or the source', () => {
    const build = (run: string) =>
      analyze(
        `FROM node:24 AS b\nWORKDIR /app\nCOPY . .\nRUN npm ci && ${run}\nFROM node:24-slim\nWORKDIR /app\nCOPY --from=b /app/packages/api/dist ./dist\nCMD ["node", "dist/server.js"]\n`,
      );
    for (const run of ['npm run build --workspaces', 'npm run build -w packages/api', 'pnpm -r build', 'yarn workspaces foreach -A run build']) {
      const analysis = build(run);
      expect(
        present(analysis, 'build-output').map((item) => item.paths),
        run,
      ).toEqual([['/app/dist']]);
      expect(present(analysis, 'source'), run).toEqual([]);
      const output = analysis.estimate.stages[0]!.contents.find((item) => item.category === 'build-output')!;
      expect(
        output.paths.some((path) => path === '/app/dist'),
        run,
      ).toBe(false);
    }
    expect(build('npm run build -w packages/api').estimate.stages[0]!.contents.find((item) => item.category === 'build-output')!.paths).toContain(
      '/app/packages/api/dist',
    );
    // Without workspaces, the build writes to the root's dist/, so packages/api/dist is part of the copied source.
    expect(present(build('npm run build'), 'source').map((item) => item.paths)).toEqual([['/app/dist']]);
    // pnpm's -w is the workspace root.
    expect(present(build('pnpm -w run build'), 'source')).toHaveLength(1);
  });

  it('follows cp and mv in a RUN: the jar copied to /out/app.jar is the built jar there', () => {
    const text = (run: string) =>
      `FROM maven:3.9-eclipse-temurin-21 AS b\nWORKDIR /src\nCOPY . .\n${run}\nFROM eclipse-temurin:21-jre\nCOPY --from=b /out/app.jar /app.jar\nCMD ["java", "-jar", "/app.jar"]\n`;
    const copied = analyze(text('RUN mvn -B package && mkdir -p /out && cp target/*.jar /out/app.jar'));
    expect(present(copied, 'build-output').map((item) => item.paths)).toEqual([['/app.jar']]);
    expect(present(copied, 'other')).toEqual([]);
    expect(check(text('RUN mvn -B package && cp target/*.jar /out/app.jar'), 'build-output-in-runtime').passed).toBe(true);

    const build = analyze(text('RUN mvn -B package\nRUN mv target/*.jar /out/app.jar')).estimate.stages[0]!.contents;
    const jars = build.filter((item) => item.category === 'build-output');
    expect(jars.map((item) => [item.paths, item.removedAt])).toEqual([
      [['/src/target/*.jar'], 5],
      [['/out/app.jar'], null],
    ]);
    // In the RUN that built it, the moved jar never reaches a layer where it was.
    const sameRun = analyze(text('RUN mvn -B package && mv target/*.jar /out/app.jar')).estimate.stages[0]!.contents;
    expect(sameRun.filter((item) => item.category === 'build-output').map((item) => item.paths)).toEqual([['/out/app.jar']]);
  });

  it('cp into a folder keeps the name of what it copies; several sources or -t make a folder', () => {
    const paths = (run: string) =>
      analyze(`FROM golang:1.27\nWORKDIR /src\nCOPY . .\nRUN go build -o /build/server . && ${run}\n`)
        .estimate.stages[0]!.contents.filter((item) => item.category === 'build-output' && item.removedAt === null)
        .map((item) => item.paths[0]);
    expect(paths('cp /build/server /usr/local/bin/')).toContain('/usr/local/bin/server');
    expect(paths('cp -t /usr/local/bin /build/server')).toContain('/usr/local/bin/server');
    expect(paths('cp /build/server /usr/local/bin/app')).toContain('/usr/local/bin/app');
    expect(paths('cp -r /build /opt/')).toContain('/opt/build/server');
    expect(paths('cp $OUT /usr/local/bin/')).toEqual(['/build/server']);
  });
});
