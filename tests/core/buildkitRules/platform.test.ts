import {describe, expect, it} from 'vitest';
import {analyze} from '../../../src/core/analyze';
import {parsePlatform} from '../../../src/core/model/parsePlatform';
import {warningsOf} from './lint';

/** Cases from BuildKit's dockerfile_check_test.go `testFromPlatformFlagConstDisallowed` and convert.go's platform errors. */
describe('FromPlatformFlagConstDisallowed', () => {
  const check = (text: string) => warningsOf('FromPlatformFlagConstDisallowed', text);

  it('reports a constant platform', () => {
    expect(check('FROM --platform=linux/amd64 scratch\n')).toEqual(['1: FROM --platform flag should not use constant value "linux/amd64"']);
  });

  it('accepts it when the stage name names the architecture or the OS', () => {
    expect(check('FROM --platform=linux/amd64 scratch AS my_amd64_stage\n')).toEqual([]);
    expect(check('FROM --platform=linux/amd64 scratch AS linux\n')).toEqual([]);
  });

  it('accepts a platform from a variable', () => {
    expect(check('FROM --platform=$BUILDPLATFORM alpine:3.24 AS tools\n')).toEqual([]);
    expect(check('ARG P=linux/arm64\nFROM --platform=$P alpine:3.24 AS tools\n')).toEqual([]);
  });

  it('compares the normalised architecture (aarch64 is arm64)', () => {
    expect(check('FROM --platform=linux/aarch64 alpine:3.24 AS build-arm64\n')).toEqual([]);
  });
});

describe('FROM --platform refusals', () => {
  it('refuses a platform that expands to nothing, with BuildKit words', () => {
    const analysis = analyze('ARG PLATFORM\nFROM --platform=$PLATFORM alpine:3.24\n');
    expect(analysis.error).toBe('empty platform value from expression $PLATFORM');
    expect(analysis.diagnostics.find((d) => d.code === 'EmptyPlatform')?.message).toContain('$PLATFORM has no value');
  });

  it('builds once the build arg gives a value', () => {
    expect(analyze('ARG PLATFORM\nFROM --platform=$PLATFORM alpine:3.24\n', {buildArgs: {PLATFORM: 'linux/arm64'}}).error).toBeNull();
  });

  it('refuses a platform containerd cannot parse', () => {
    expect(analyze('FROM --platform=linux/amd64/v2/x alpine:3.24\n').error).toBe(
      'failed to parse platform linux/amd64/v2/x: "linux/amd64/v2/x": cannot parse platform specifier: invalid argument',
    );
    expect(analyze('ARG P=notaplatform\nFROM --platform=$P alpine:3.24\n').error).toBe(
      'failed to parse platform $P: "notaplatform": unknown operating system or architecture: invalid argument',
    );
  });
});

describe('parsePlatform (containerd platforms.Parse)', () => {
  it('reads os, arch and variant, normalising architecture names', () => {
    expect(parsePlatform('linux/x86_64')).toEqual({ok: true, os: 'linux', architecture: 'amd64', variant: ''});
    expect(parsePlatform('linux/arm/v7')).toEqual({ok: true, os: 'linux', architecture: 'arm', variant: 'v7'});
    expect(parsePlatform('arm64')).toEqual({ok: true, os: 'linux', architecture: 'arm64', variant: ''});
    expect(parsePlatform('windows')).toEqual({ok: true, os: 'windows', architecture: 'amd64', variant: ''});
  });

  it('takes an OS version in parentheses, and no dot in the OS itself (platforms.go osRe)', () => {
    expect(parsePlatform('windows(10.0.20348)/amd64')).toEqual({ok: true, os: 'windows', architecture: 'amd64', variant: ''});
    expect(parsePlatform('lin.ux/amd64').ok).toBe(false);
    expect(parsePlatform('linux/am.d64').ok).toBe(true);
  });

  it('rejects wildcards, bad characters and unknown single words', () => {
    expect(parsePlatform('linux/*').ok).toBe(false);
    expect(parsePlatform('linux/am d64').ok).toBe(false);
    expect(parsePlatform('toaster').ok).toBe(false);
  });
});
