import {mkdtempSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {repositoryRoot, runCli, spawnCli} from './runCli';
import {UsageError} from '../../src/cli/parseArguments';

const fixture = (name: string) => path.join(repositoryRoot, 'tests/fixtures/analysis', name);

describe('stagecraft analyze', () => {
  it('prints the contract JSON for a three-stage file', () => {
    const {code, out} = runCli(['analyze', fixture('node-three-stage.Dockerfile'), '--format', 'json']);
    expect(code).toBe(0);
    const json = JSON.parse(out);
    expect(Object.keys(json).slice(0, 9)).toEqual([
      'stages',
      'dependencies',
      'externalImages',
      'target',
      'builtStages',
      'legacyBuiltStages',
      'diagnostics',
      'error',
      'errorDetail',
    ]);
    expect(json.stages[1]).toMatchObject({index: 1, name: 'build', from: 'deps', fromStage: 0, line: 7, platform: null});
    expect(json.dependencies).toEqual([
      {stage: 1, on: 0, via: 'from', line: 7},
      {stage: 2, on: 0, via: 'copy', line: 14},
      {stage: 2, on: 1, via: 'copy', line: 15},
    ]);
    expect(json).toMatchObject({externalImages: [], target: 2, builtStages: [0, 1, 2], legacyBuiltStages: [0, 1, 2], error: null});
  });

  it('reads --dockerignore FILE and --build-context NAME=VALUE for the build checks', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'stagecraft-cli-'));
    const dockerfile = path.join(dir, 'Dockerfile');
    writeFileSync(dockerfile, 'FROM alpine:3.24\nCOPY secrets.env /etc/app.env\nCOPY --from=site /public /srv\n');
    writeFileSync(path.join(dir, '.dockerignore'), '*.env\n');
    const codes = (argv: string[]) =>
      JSON.parse(runCli(['analyze', dockerfile, '--format', 'json', ...argv]).out).diagnostics.map((d: {code: string}) => d.code);
    expect(codes([])).toEqual(['UnknownStageOrContext']);
    expect(codes(['--dockerignore', path.join(dir, '.dockerignore'), '--build-context', 'site=./public'])).toEqual(['CopyIgnoredFile']);
    expect(() => runCli(['analyze', dockerfile, '--dockerignore', path.join(dir, 'missing')])).toThrow(/cannot read/);
  });

  it('takes --target by name or index and --build-arg, in either spelling', () => {
    const byName = JSON.parse(runCli(['analyze', fixture('targets.Dockerfile'), '--target=test', '--format=json']).out);
    expect(byName).toMatchObject({target: 2, builtStages: [0, 1, 2], legacyBuiltStages: [0, 1, 2]});
    const byIndex = JSON.parse(runCli(['analyze', fixture('targets.Dockerfile'), '--target', '3', '--format', 'json']).out);
    expect(byIndex).toMatchObject({target: 3, builtStages: [3]});
    const args = JSON.parse(runCli(['analyze', fixture('platform-and-args.Dockerfile'), '--build-arg', 'GO_VERSION=1.23', '--format', 'json']).out);
    expect(args.stages[0].from).toBe('golang:1.23-bookworm');
  });

  it('reads --platform for InvalidBaseImagePlatform and the no-match refusal', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'stagecraft-cli-'));
    const dockerfile = path.join(dir, 'Dockerfile');
    writeFileSync(dockerfile, 'FROM arm32v7/alpine:3.24\nRUN uname -m\n');
    expect(runCli(['analyze', dockerfile]).out).not.toContain('InvalidBaseImagePlatform');
    expect(runCli(['analyze', dockerfile, '--platform', 'linux/arm64']).out).toContain(
      'line 1: warning InvalidBaseImagePlatform: Base image arm32v7/alpine:3.24 was pulled with platform "linux/arm/v7", expected "linux/arm64" for current build',
    );
    const refused = JSON.parse(runCli(['analyze', dockerfile, '--platform', 'linux/amd64', '--format', 'json']).out);
    expect(refused.error).toBe(
      'arm32v7/alpine:3.24: failed to resolve source metadata for docker.io/arm32v7/alpine:3.24: no match for platform in manifest: not found',
    );
  });

  it('exits 0 and reports the refusal when BuildKit would refuse the file', () => {
    const {code, out} = runCli(['analyze', fixture('cycle.Dockerfile'), '--format', 'json']);
    expect(code).toBe(0);
    expect(JSON.parse(out).error).toBe('circular dependency detected on stage: a');
  });

  it('prints a readable summary by default', () => {
    const {out} = runCli(['analyze', fixture('typo-in-from.Dockerfile')]);
    expect(out).toContain('2 stages');
    expect(out).toMatch(/line 5: warning UndefinedStage: .*Did you mean --from=builder\?/);
    expect(out).toContain('BuildKit builds: #1');
  });

  it.each([
    [['analyze'], /exactly one file/],
    [['analyze', 'a', 'b'], /exactly one file/],
    [['analyze', 'x', '--format', 'yaml'], /--format must be json or text/],
    [['analyze', 'x', '--target'], /--target needs a value/],
    [['analyze', 'x', '--build-arg', 'NOVALUE'], /NAME=VALUE/],
    [['analyze', 'x', '--frobnicate'], /unknown option --frobnicate/],
    [['transmogrify', 'x'], /unknown command transmogrify/],
  ])('%j is a usage mistake', (argv, message) => {
    expect(() => runCli(argv)).toThrow(UsageError);
    expect(() => runCli(argv)).toThrow(message);
  });
});

describe('stagecraft mermaid', () => {
  it('prints a flowchart with edge kinds, the target and skipped stages', () => {
    const {code, out} = runCli(['mermaid', fixture('targets.Dockerfile')]);
    expect(code).toBe(0);
    expect(out.split('\n')[0]).toBe('flowchart TB');
    expect(out).toContain('s0 ==>|FROM| s1');
    expect(out).toContain('s0 -->|COPY| s4');
    expect(out).toContain('class s4 target');
    expect(out).toContain('class s2,s3 skipped');
  });
});

describe('the npm script', () => {
  it('reads standard input with - and prints JSON', () => {
    const result = spawnCli(['analyze', '-', '--format', 'json'], 'FROM alpine:3.20 AS base\nFROM base\n');
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({target: 1, dependencies: [{stage: 1, on: 0, via: 'from', line: 2}]});
  });

  it('exits 2 with one clear line and no stack trace for a missing file', () => {
    const result = spawnCli(['analyze', 'no/such/Dockerfile']);
    expect(result.status).toBe(2);
    expect(result.stderr.trim()).toBe('stagecraft: cannot read no/such/Dockerfile: no such file');
    expect(result.stderr).not.toMatch(/\bat .*\.ts:\d+/);
  });

  it('exits 2 and prints the usage for a usage mistake', () => {
    const result = spawnCli(['mermaid']);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^stagecraft: mermaid takes exactly one file/);
    expect(result.stderr).toContain('usage:');
  });
});

describe('stagecraft analyze: the estimate', () => {
  const estimateFixture = (name: string) => path.join(repositoryRoot, 'tests/fixtures/estimate', name);

  it('prints the contract estimate: stages with contents, final, singleStage, leftBehind, assumptions', () => {
    const {code, out} = runCli(['analyze', estimateFixture('node-example.Dockerfile'), '--format', 'json']);
    expect(code).toBe(0);
    const {estimate} = JSON.parse(out);
    expect(Object.keys(estimate)).toEqual(expect.arrayContaining(['stages', 'final', 'singleStage', 'leftBehind', 'assumptions', 'warnings', 'savings']));
    expect(estimate.stages[0]).toMatchObject({index: 0, bytes: 1_337_000_000});
    expect(estimate.stages[0].contents[0]).toMatchObject({
      category: 'base-image',
      label: 'node:20 (Debian, Node.js toolchain)',
      bytes: 1_230_000_000,
      line: 2,
    });
    expect(estimate.stages[0].contents.find((item: {category: string}) => item.category === 'source')).toMatchObject({bytes: null, line: 6});
    expect(estimate.final).toMatchObject({index: 1, bytes: 238_670_000});
    expect(estimate.singleStage).toMatchObject({bytes: 1_341_500_000});
    expect(estimate.leftBehind[0]).toMatchObject({category: 'base-image', stage: 0, bytes: 1_230_000_000});
    expect(estimate.leftBehind.find((item: {category: string}) => item.category === 'toolchain')).toMatchObject({bytes: 0, stage: 0});
    expect(estimate.assumptions[0]).toMatch(/^sizes are uncompressed linux\/amd64 figures from the base-image catalog dated/);
  });

  it('prints the additions: breakdown by origin, waste, efficiency and the base-image alternatives', () => {
    const {estimate} = JSON.parse(runCli(['analyze', estimateFixture('node-example.Dockerfile'), '--format', 'json']).out);
    // node:20-slim (234.17 MB, the catalog's node slim reading), the package files (unknown), 4.5 MB of production node_modules, dist from build (unknown).
    expect(estimate.breakdown.map(({origin, stage, line, bytes}: Record<string, unknown>) => ({origin, stage, line, bytes}))).toEqual([
      {origin: 'base-image', stage: 1, line: 9, bytes: 234_170_000},
      {origin: 'context', stage: 1, line: 12, bytes: null},
      {origin: 'run', stage: 1, line: 13, bytes: 4_500_000},
      {origin: 'stage', stage: 0, line: 14, bytes: null},
    ]);
    expect(estimate.waste).toEqual([]);
    expect(estimate.efficiency).toBe(1);
    expect(estimate.alternatives.find((alternative: {image: string}) => alternative.image === 'node:20-alpine')).toMatchObject({
      bytes: 238_500_000 - 234_000_000 + 170_750_000,
      breaks: [expect.stringMatching(/^musl instead of glibc/)],
    });
  });

  it('says unknown (null) for an image the catalog does not know, and still exits 0', () => {
    const {code, out} = runCli(['analyze', estimateFixture('unknown-image.Dockerfile'), '--format', 'json']);
    expect(code).toBe(0);
    const {estimate} = JSON.parse(out);
    expect(estimate.stages[0].bytes).toBeNull();
    expect(estimate.singleStage.bytes).toBeNull();
    expect(estimate.savings).toEqual({bytes: null, percent: null});
  });

  it('follows --target: the final image is the target stage', () => {
    const {out} = runCli(['analyze', estimateFixture('node-example.Dockerfile'), '--target', 'build', '--format', 'json']);
    const {estimate} = JSON.parse(out);
    expect(estimate.final).toMatchObject({index: 0, bytes: 1_337_000_000});
    expect(estimate.leftBehind).toEqual([]);
    expect(estimate.warnings.map((warning: {category: string}) => warning.category)).toEqual(['toolchain', 'dev-dependencies', 'cache', 'source']);
  });

  it('gives an empty estimate for a file with no stages', () => {
    const {code, out} = runCli(['analyze', fixture('empty.Dockerfile'), '--format', 'json']);
    expect(code).toBe(0);
    expect(JSON.parse(out).estimate).toMatchObject({stages: [], final: null, singleStage: {bytes: null}, leftBehind: []});
  });
});
