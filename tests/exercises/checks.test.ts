import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {checkIds, isCheckId, runChecks} from '../../src/core';
import {checkRegistry} from '../../src/core/checks/registry';
import {fixtureFolders, readFixtures} from './fixtures';

describe('every check has fixtures', () => {
  it.each(checkIds)('%s has at least two passing and two failing files', (id) => {
    const fixtures = readFixtures(id);
    expect(fixtures.filter((f) => f.expect === 'pass').length).toBeGreaterThanOrEqual(2);
    expect(fixtures.filter((f) => f.expect === 'fail').length).toBeGreaterThanOrEqual(2);
  });

  it('every check id has a function in the registry, and nothing else does', () => {
    expect(Object.keys(checkRegistry).sort()).toEqual([...checkIds].sort());
  });
});

const checkFolders = fixtureFolders().filter(isCheckId);

describe.each(checkFolders)('check %s', (id) => {
  it.each(readFixtures(id).map((fixture) => [fixture.name, fixture] as const))('%s', (_name, fixture) => {
    const report = runChecks([{id, required: true}], fixture.text);
    const result = report.checks[0]!;
    expect(result.id).toBe(id);
    expect(result.message.length).toBeGreaterThan(10);
    expect(result.passed, result.message).toBe(fixture.expect === 'pass');
    expect(report.passed).toBe(fixture.expect === 'pass');
    if (fixture.line !== null) {
      expect(result.line, result.message).toBe(fixture.line);
      expect(result.message.toLowerCase()).toContain(`line ${fixture.line}`);
    }
    for (const text of fixture.texts) expect(result.message).toContain(text);
  });
});

describe('runChecks', () => {
  const text = readFileSync(path.resolve(__dirname, '../fixtures/exercises/named-build-stage/fail-unnamed.Dockerfile'), 'utf8');

  it('returns every check in the order given, with the exercise id and the contract fields', () => {
    const report = runChecks(
      [
        {id: 'pinned-base-tags', required: false},
        {id: 'named-build-stage', required: true},
        {id: 'multiple-stages', required: true},
      ],
      text,
      {exercise: 'node-multi-stage'},
    );
    expect(report.exercise).toBe('node-multi-stage');
    expect(report.checks.map((check) => check.id)).toEqual(['pinned-base-tags', 'named-build-stage', 'multiple-stages']);
    for (const check of report.checks) expect(Object.keys(check)).toEqual(['id', 'required', 'passed', 'message', 'line', 'because']);
    expect(report.passed).toBe(false);
  });

  it('passes when only advice fails, and counts a bare id as required', () => {
    expect(
      runChecks(
        [
          {id: 'multiple-stages', required: true},
          {id: 'named-build-stage', required: false},
        ],
        text,
      ).passed,
    ).toBe(true);
    expect(runChecks(['multiple-stages', 'named-build-stage'], text).checks.map((check) => check.required)).toEqual([true, true]);
    expect(runChecks(['named-build-stage'], text).passed).toBe(false);
  });

  it('throws on a check id that does not exist (a mistake in authored data)', () => {
    expect(() => runChecks(['no-such-check' as never], text)).toThrow(/unknown check id no-such-check/);
  });

  it('reports why BuildKit would refuse the file, beside the checks', () => {
    expect(runChecks(['multiple-stages'], 'FROM alpine:3.20 AS a\nCOPY --from=b /x /x\nFROM alpine:3.20 AS b\nCOPY --from=a /y /y\n').error).toMatch(
      /circular/,
    );
    expect(runChecks(['multiple-stages'], text).error).toBeNull();
  });
});

describe('the checks never throw on odd input', () => {
  const analysisFixtures = path.resolve(__dirname, '../fixtures/analysis');
  const files = readdirSync(analysisFixtures).filter((file) => file.endsWith('.Dockerfile'));
  const odd = [
    '',
    '# only a comment\n',
    'FROM',
    'RUN echo before from',
    'FROM scratch\nCMD',
    'FROM a\nCOPY --from= x y\nCMD [',
    '\u0000\uffff',
    'FROM node:20 AS build\nFROM build AS build\nCOPY --from=build . .',
  ];
  const inputs = [
    ...files.map((file) => [file, readFileSync(path.join(analysisFixtures, file), 'utf8')] as const),
    ...odd.map((text, i) => [`odd input ${i}`, text] as const),
  ];

  it.each(inputs)('%s', (_name, text) => {
    const report = runChecks(checkIds, text);
    expect(report.checks).toHaveLength(checkIds.length);
    for (const check of report.checks) {
      expect(check.message).not.toMatch(/bug in Stagecraft/);
      expect(check.message.length).toBeGreaterThan(0);
      expect(check.line === null || (Number.isInteger(check.line) && check.line > 0)).toBe(true);
    }
  });
});

describe('src/core/checks stays independent of the exercises', () => {
  const directory = path.resolve(__dirname, '../../src/core/checks');
  it.each(readdirSync(directory).filter((file) => file.endsWith('.ts')))('%s imports nothing from src/exercises', (file) => {
    expect(readFileSync(path.join(directory, file), 'utf8')).not.toMatch(/from\s+['"][^'"]*exercises/);
  });
});

describe('runChecks with an analysis the caller already has', () => {
  it('gives the same report as analysing the text itself', async () => {
    const {analyze} = await import('../../src/core/analyze');
    const text = readFileSync(path.resolve(__dirname, '../fixtures/exercises/start-file-present/fail-contents-into-workdir.Dockerfile'), 'utf8');
    expect(runChecks(checkIds, text, {analysis: analyze(text)})).toEqual(runChecks(checkIds, text));
  });
});

describe('the checks stay fast on a pathological file', () => {
  it('handles 300 stages copying from each other', () => {
    const parts = ['FROM node:20 AS s0\nWORKDIR /app\nCOPY package.json ./\nRUN npm ci\nCOPY . .\nRUN npm run build\n'];
    for (let i = 1; i < 300; i++) {
      parts.push(
        `FROM ${i % 3 === 0 ? `s${i - 1}` : 'node:20-slim'} AS s${i}\nWORKDIR /app\nCOPY --from=s${i - 1} /app/dist ./dist\n` +
          `COPY --from=s${Math.floor(i / 2)} /app/node_modules ./node_modules\nRUN npm ci --omit=dev && npm run build\nUSER node\nCMD ["node", "dist/server.js"]\n`,
      );
    }
    const started = performance.now();
    const report = runChecks(checkIds, parts.join('\n'));
    expect(report.checks).toHaveLength(checkIds.length);
    expect(performance.now() - started).toBeLessThan(5_000);
  });
});
