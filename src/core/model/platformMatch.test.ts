import {describe, expect, it} from 'vitest';
import {formatNormalized, normalizePlatform, selectPlatform} from './platformMatch';
import type {Platform} from './predefinedArgs';

const p = (os: string, architecture: string, variant = ''): Platform => ({os, architecture, variant});

describe('normalizePlatform (containerd normalizeArch)', () => {
  it('drops arm64 v8, makes a bare arm v7 and amd64/v1 amd64', () => {
    expect(normalizePlatform(p('linux', 'arm64', 'v8'))).toEqual(p('linux', 'arm64'));
    expect(normalizePlatform(p('linux', 'arm'))).toEqual(p('linux', 'arm', 'v7'));
    expect(normalizePlatform(p('linux', 'arm', '6'))).toEqual(p('linux', 'arm', 'v6'));
    expect(normalizePlatform(p('linux', 'amd64', 'v1'))).toEqual(p('linux', 'amd64'));
    expect(formatNormalized(p('linux', 'arm'))).toBe('linux/arm/v7');
    expect(formatNormalized(p('linux', 'amd64', 'v3'))).toBe('linux/amd64/v3');
  });
});

describe('selectPlatform (containerd platforms.Only, best first)', () => {
  const index = [p('linux', 'amd64'), p('linux', 'arm', 'v6'), p('linux', 'arm', 'v7'), p('linux', 'arm64', 'v8'), p('linux', '386')];

  it('takes the exact entry first', () => {
    expect(selectPlatform(p('linux', 'arm64'), index)).toEqual(p('linux', 'arm64', 'v8'));
    expect(selectPlatform(p('linux', 'amd64'), index)).toEqual(p('linux', 'amd64'));
    expect(selectPlatform(p('linux', 'arm', 'v6'), index)).toEqual(p('linux', 'arm', 'v6'));
  });

  it('falls back as the vector says: arm64 to arm/v8…v5 (newest first), amd64 to 386, amd64/v3 to amd64', () => {
    expect(selectPlatform(p('linux', 'arm64'), [p('linux', 'arm', 'v5'), p('linux', 'arm', 'v7')])).toEqual(p('linux', 'arm', 'v7'));
    expect(selectPlatform(p('linux', 'amd64'), [p('linux', '386')])).toEqual(p('linux', '386'));
    expect(selectPlatform(p('linux', 'amd64', 'v3'), [p('linux', 'amd64')])).toEqual(p('linux', 'amd64'));
  });

  it('finds nothing where Only accepts nothing', () => {
    expect(selectPlatform(p('linux', 'arm', 'v6'), [p('linux', 'arm', 'v7')])).toBeNull();
    expect(selectPlatform(p('linux', '386'), [p('linux', 'amd64')])).toBeNull();
    expect(selectPlatform(p('linux', 'riscv64'), index)).toBeNull();
    expect(selectPlatform(p('linux', 'amd64'), [p('windows', 'amd64')])).toBeNull();
  });
});
