import {describe, expect, it} from 'vitest';
import {parseImageReference} from './parseImageReference';

const sha = 'a'.repeat(64);

describe('parseImageReference', () => {
  it.each([
    ['node', 'docker.io', 'library/node', 'node', null, null],
    ['node:20-alpine', 'docker.io', 'library/node', 'node', '20-alpine', null],
    ['docker.io/library/node:20', 'docker.io', 'library/node', 'node', '20', null],
    ['index.docker.io/library/node', 'docker.io', 'library/node', 'node', null, null],
    ['bitnami/redis:7.2', 'docker.io', 'bitnami/redis', 'bitnami/redis', '7.2', null],
    ['gcr.io/distroless/static-debian12:nonroot', 'gcr.io', 'distroless/static-debian12', 'gcr.io/distroless/static-debian12', 'nonroot', null],
    ['localhost:5000/team/tool', 'localhost:5000', 'team/tool', 'localhost:5000/team/tool', null, null],
    ['localhost/tool:1', 'localhost', 'tool', 'localhost/tool', '1', null],
    [`node@sha256:${sha}`, 'docker.io', 'library/node', 'node', null, `sha256:${sha}`],
    [`node:20@sha256:${sha}`, 'docker.io', 'library/node', 'node', '20', `sha256:${sha}`],
    ['MyRegistry.example.com/app:Latest', 'MyRegistry.example.com', 'app', 'MyRegistry.example.com/app', 'Latest', null],
  ])('%s', (raw, registry, path, familiarName, tag, digest) => {
    expect(parseImageReference(raw)).toEqual({ok: true, reference: {raw, registry, path, familiarName, tag, digest}});
  });

  it.each([
    ['Builder', 'invalid reference format: repository name (library/Builder) must be lowercase'],
    ['team/Tool:1', 'invalid reference format: repository name (team/Tool) must be lowercase'],
    ['node:20 AS', 'invalid reference format'],
    ['', 'repository name must have at least one component'],
    [sha, `invalid repository name (${sha}), cannot specify 64-byte hexadecimal strings`],
    ['node@sha256:abc', 'invalid reference format'],
    [`node@md5:${'a'.repeat(32)}`, 'unsupported digest algorithm'],
    [`node@sha256:${'a'.repeat(40)}`, 'invalid checksum digest length'],
    ['node:', 'invalid reference format'],
    ['my_registry.com/x', 'invalid reference format'],
    ['foo//bar', 'invalid reference format'],
    ['-node', 'invalid reference format'],
    [`${'a'.repeat(250)}/b`, 'repository name must not be more than 255 characters'],
  ])('rejects %j', (raw, reason) => {
    const result = parseImageReference(raw);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toBe(reason);
  });
});
