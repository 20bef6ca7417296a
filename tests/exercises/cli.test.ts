import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {repositoryRoot, runCli, spawnCli} from '../cli/runCli';
import {UsageError} from '../../src/cli/parseArguments';

const exerciseFile = (id: string, name: string) => path.join(repositoryRoot, 'src/exercises', id, name);
const fixture = (folder: string, name: string) => path.join(repositoryRoot, 'tests/fixtures/exercises', folder, name);

describe('stagecraft check', () => {
  it('exits 0 and prints the contract JSON for a passing file', () => {
    const {code, out} = runCli(['check', 'node-multi-stage', exerciseFile('node-multi-stage', 'solution.Dockerfile'), '--format', 'json']);
    expect(code).toBe(0);
    const report = JSON.parse(out);
    expect(Object.keys(report).slice(0, 3)).toEqual(['exercise', 'passed', 'checks']);
    expect(report).toMatchObject({exercise: 'node-multi-stage', passed: true});
    expect(report.checks.map((check: {id: string}) => check.id)).toEqual([
      'multiple-stages',
      'named-build-stage',
      'copy-from-build-stage',
      'build-output-in-runtime',
      'start-file-present',
      'smaller-runtime-base',
      'no-source-in-runtime',
      'no-build-in-runtime',
      'prod-deps-only',
      'deps-cached-before-source',
      'non-root-user',
      'pinned-base-tags',
    ]);
    for (const check of report.checks) {
      expect(Object.keys(check)).toEqual(['id', 'required', 'passed', 'message', 'line', 'because']);
      expect(typeof check.message).toBe('string');
      expect(check.line === null || typeof check.line === 'number').toBe(true);
    }
  });

  it('exits 1 when a required check fails, and names the failing line', () => {
    const {code, out} = runCli(['check', 'fix-the-mistakes', exerciseFile('fix-the-mistakes', 'start.Dockerfile'), '--format=json']);
    expect(code).toBe(1);
    const report = JSON.parse(out);
    expect(report.passed).toBe(false);
    expect(report.checks[0]).toMatchObject({id: 'copy-from-defined-stage', required: true, passed: false, line: 8});
    expect(report.checks[0].message).toMatch(/Line 8: --from=biulder names no stage/);
  });

  it('exits 0 when only advice fails', () => {
    const {code, out} = runCli([
      'check',
      'cache-friendly-deps',
      fixture('cache-friendly-deps', 'pass-glob-manifests-no-cache-mount.Dockerfile'),
      '--format',
      'json',
    ]);
    expect(code).toBe(0);
    expect(JSON.parse(out).checks.find((check: {id: string}) => check.id === 'cache-mount')).toMatchObject({required: false, passed: false});
  });

  it('prints a readable report by default', () => {
    const {code, out} = runCli(['check', 'go-multi-stage', exerciseFile('go-multi-stage', 'start.Dockerfile')]);
    expect(code).toBe(1);
    expect(out).toMatch(/^go-multi-stage \(Convert a Go image\): checking /);
    expect(out).toMatch(/\[FAIL\] multiple-stages \(required, line 1\)/);
    expect(out).toMatch(/Not passed: \d+ of 9 required checks failed\. Start with multiple-stages: \d+ other failing checks follow from it\.\n$/);
  });

  it.each([
    [['check'], /check takes an exercise id and one file/],
    [['check', 'node-multi-stage'], /check takes an exercise id and one file/],
    [['check', 'node-multi-stage', 'a', 'b'], /check takes an exercise id and one file/],
    [['check', 'no-such-exercise', 'Dockerfile'], /unknown exercise no-such-exercise/],
    [['check', 'predict-the-build', 'Dockerfile'], /multiple-choice exercise/],
    [['check', 'node-multi-stage', 'Dockerfile', '--target', 'build'], /check takes no --target/],
    [['check', 'node-multi-stage', 'Dockerfile', '--format', 'yaml'], /--format must be json or text/],
    [['check', 'node-multi-stage', 'no/such/Dockerfile'], /cannot read no\/such\/Dockerfile: no such file/],
    [['exercises', 'extra'], /exercises takes no arguments/],
  ])('%j is a usage mistake (exit 2)', (argv, message) => {
    expect(() => runCli(argv)).toThrow(UsageError);
    expect(() => runCli(argv)).toThrow(message);
  });
});

describe('stagecraft exercises', () => {
  it('lists ids and titles in order', () => {
    const {code, out} = runCli(['exercises']);
    expect(code).toBe(0);
    const lines = out.trimEnd().split('\n');
    expect(lines.map((line) => line.split(/\s+/)[0])).toEqual([
      'node-multi-stage',
      'go-multi-stage',
      'copy-paths',
      'test-stage',
      'fix-the-mistakes',
      'cache-friendly-deps',
      'secret-mount',
      'predict-the-build',
    ]);
    expect(lines[0]).toMatch(/^node-multi-stage\s+Convert a Node\.js image$/);
  });

  it('prints JSON with --format json', () => {
    const list = JSON.parse(runCli(['exercises', '--format', 'json']).out);
    expect(list[1]).toEqual({id: 'go-multi-stage', title: 'Convert a Go image', kind: 'dockerfile'});
    expect(list.at(-1)).toMatchObject({id: 'predict-the-build', kind: 'predict'});
  });
});

describe('the npm script', () => {
  it('checks standard input with - and exits 1 for a failing file', () => {
    const result = spawnCli(
      ['check', 'node-multi-stage', '-', '--format', 'json'],
      'FROM node:20\nWORKDIR /app\nCOPY . .\nRUN npm ci && npm run build\nCMD ["node", "dist/server.js"]\n',
    );
    expect(result.status).toBe(1);
    expect(JSON.parse(result.stdout)).toMatchObject({exercise: 'node-multi-stage', passed: false});
  });

  it('exits 0 for a passing file', () => {
    const result = spawnCli(['check', 'test-stage', path.join('src/exercises/test-stage/solution.Dockerfile')]);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/Passed: all 12 required checks pass\./);
  });

  it('exits 2 with one line and no stack trace for an unknown exercise', () => {
    const result = spawnCli(['check', 'nodejs', 'Dockerfile']);
    expect(result.status).toBe(2);
    expect(result.stderr.trim()).toBe('stagecraft: unknown exercise nodejs (run stagecraft exercises for the list)');
  });

  it('lists the exercises', () => {
    const result = spawnCli(['exercises']);
    expect(result.status).toBe(0);
    expect(result.stdout.split('\n')).toHaveLength(9);
  });
});
