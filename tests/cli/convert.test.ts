import {copyFileSync, mkdtempSync, readFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {UsageError, parseArguments} from '../../src/cli/parseArguments';
import {analyze} from '../../src/core';
import {repositoryRoot, runCli} from './runCli';

const fixture = (name: string) => path.join(repositoryRoot, 'tests/fixtures/convert', name);

describe('stagecraft convert', () => {
  it('prints the contract JSON for a proposal (exit 0)', () => {
    const {code, out} = runCli(['convert', fixture('go-basic.Dockerfile'), '--format', 'json']);
    expect(code).toBe(0);
    const json = JSON.parse(out);
    const before = analyze(readFileSync(fixture('go-basic.Dockerfile'), 'utf8')).estimate.final!.bytes;
    expect(before).toBeGreaterThan(0);
    expect(json).toMatchObject({declined: false, reason: null, estimate: {before}});
    expect(json.dockerfile).toContain('FROM gcr.io/distroless/static-debian13:nonroot AS runtime');
    for (const edit of json.edits) expect(edit).toMatchObject({reason: expect.any(String), chapter: expect.stringMatching(/^\/tutorial\//)});
  });

  it('prints the reason for a decline (exit 1)', () => {
    const {code, out} = runCli(['convert', fixture('decline-already-split.Dockerfile')]);
    expect(code).toBe(1);
    expect(out).toContain('no multi-stage version proposed');
    expect(out).toContain('already has 2 stages');
  });

  it('shows hunks with their reasons and the size before and after, as text', () => {
    const {out} = runCli(['convert', fixture('node-yarn.Dockerfile')]);
    expect(out).toMatch(/Final image: .* on node:24 -> .* on node:24-slim/);
    expect(out).toContain('@@ line 1: The build stage keeps your toolchain');
    expect(out).toContain('+RUN yarn install --production --frozen-lockfile');
  });

  it('--write replaces the file with the proposal', () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'convert-')), 'Dockerfile');
    copyFileSync(fixture('rust-basic.Dockerfile'), file);
    const {code, out} = runCli(['convert', file, '--write']);
    expect(code).toBe(0);
    expect(out).toContain(`Wrote the proposal to ${file}`);
    expect(readFileSync(file, 'utf8')).toContain('FROM gcr.io/distroless/cc-debian13:nonroot AS runtime');
  });

  it('rejects --write with standard input, and a value for --write', () => {
    expect(() => runCli(['convert', '-', '--write'])).toThrow(UsageError);
    expect(() => parseArguments(['x', '--write=yes'])).toThrow(UsageError);
    expect(parseArguments(['x', '--write']).write).toBe(true);
  });
});
