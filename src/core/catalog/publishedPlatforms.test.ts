import {describe, expect, it} from 'vitest';
import {publishedPlatforms} from './publishedPlatforms';

const names = (ref: string): string[] | undefined =>
  publishedPlatforms(ref)?.platforms.map((p) => [p.os, p.architecture, p.variant].filter((part) => part !== '').join('/'));

describe('publishedPlatforms', () => {
  it('reads a tag of an official image, in any spelling of its name', () => {
    expect(names('node:24-alpine')).toEqual(['linux/amd64', 'linux/arm64/v8', 'linux/s390x']);
    expect(names('docker.io/library/node:24-alpine')).toEqual(names('node:24-alpine'));
    expect(publishedPlatforms('alpine')?.normalized).toBe('docker.io/library/alpine:latest');
  });

  it('joins the entries a shared tag stands for (Linux and Windows)', () => {
    expect(names('golang:1.27')).toContain('windows/amd64');
    expect(names('golang:1.27')).toContain('linux/arm64/v8');
  });

  it('gives an architecture repository its one platform, when the tag is published for it', () => {
    expect(names('arm32v7/alpine:3.24')).toEqual(['linux/arm/v7']);
    expect(names('s390x/node:24-bookworm')).toBeUndefined();
  });

  it('knows nothing of other registries, other owners, unlisted tags and digests', () => {
    expect(publishedPlatforms('ghcr.io/library/alpine:3.24')).toBeNull();
    expect(publishedPlatforms('bitnami/node:24')).toBeNull();
    expect(publishedPlatforms('node:14')).toBeNull();
    expect(publishedPlatforms(`alpine:3.24@sha256:${'0'.repeat(64)}`)).toBeNull();
  });
});
