import {describe, expect, it} from 'vitest';
import {baseImageCatalog, baseImageFamilies, type BaseImageEntry} from './baseImageCatalog';
import {catalogAssumption, catalogDate, compareBaseImageSize, lookupBaseImage} from './lookupBaseImage';

const sha = `sha256:${'a'.repeat(64)}`;
const MB = 1_000_000;

function catalogEntry(id: string): BaseImageEntry {
  const entry = baseImageCatalog.find((candidate) => candidate.id === id);
  if (entry === undefined) throw new Error(`no catalog entry ${id}`);
  return entry;
}

describe('lookupBaseImage: tags of official images', () => {
  it.each([
    ['node:20', 'node/full'],
    ['node:20.11.1', 'node/full'],
    ['node:20-bookworm', 'node/full'],
    ['node:22-trixie', 'node/full'],
    ['node:24', 'node/full'],
    ['node:iron', 'node/full'],
    ['node:bookworm', 'node/full'],
    ['node:22-bookworm-slim', 'node/slim'],
    ['node:20-slim', 'node/slim'],
    ['node:current-slim', 'node/slim'],
    ['node:slim', 'node/slim'],
    ['node:lts-alpine', 'node/alpine'],
    ['node:24-alpine3.21', 'node/alpine'],
    ['node:20.11.1-alpine3.19', 'node/alpine'],
    ['node:alpine', 'node/alpine'],
    ['golang:1.26', 'golang/full'],
    ['golang:1.26.5-bookworm', 'golang/full'],
    ['golang:1.27-alpine', 'golang/alpine'],
    ['golang:alpine3.22', 'golang/alpine'],
    ['python:3.12', 'python/full'],
    ['python:3.12-slim-bookworm', 'python/slim'],
    ['python:slim', 'python/slim'],
    ['python:3.13-alpine3.21', 'python/alpine'],
    ['rust:1.97', 'rust/full'],
    ['rust:1-slim', 'rust/slim'],
    ['rust:slim-bookworm', 'rust/slim'],
    ['eclipse-temurin:21', 'eclipse-temurin/jdk'],
    ['eclipse-temurin:21-jdk', 'eclipse-temurin/jdk'],
    ['eclipse-temurin:21.0.5_11-jdk-noble', 'eclipse-temurin/jdk'],
    ['eclipse-temurin:17-jre', 'eclipse-temurin/jre'],
    ['eclipse-temurin:21-jre-jammy', 'eclipse-temurin/jre'],
    ['eclipse-temurin:21-jdk-alpine', 'eclipse-temurin/jdk-alpine'],
    ['eclipse-temurin:21-alpine', 'eclipse-temurin/jdk-alpine'],
    ['eclipse-temurin:25-jre-alpine', 'eclipse-temurin/jre-alpine'],
    ['maven:3.9-eclipse-temurin-21', 'maven/eclipse-temurin'],
    ['maven:3.9.9-eclipse-temurin-17', 'maven/eclipse-temurin'],
    ['maven:3.9', 'maven/eclipse-temurin'],
    ['alpine:3.21', 'alpine/alpine'],
    ['alpine:3.24.2', 'alpine/alpine'],
    ['debian:bookworm', 'debian/full'],
    ['debian:trixie', 'debian/full'],
    ['debian:12', 'debian/full'],
    ['debian:bookworm-slim', 'debian/slim'],
    ['debian:12-slim', 'debian/slim'],
    ['debian:trixie-20260601-slim', 'debian/slim'],
    ['ubuntu:24.04', 'ubuntu/full'],
    ['ubuntu:noble', 'ubuntu/full'],
    ['ubuntu:jammy-20240801', 'ubuntu/full'],
    ['busybox:glibc', 'busybox/glibc'],
    ['busybox:1.37', 'busybox/glibc'],
    ['busybox:musl', 'busybox/musl'],
    ['busybox:1.36-musl', 'busybox/musl'],
    ['busybox:uclibc', 'busybox/uclibc'],
    ['busybox:stable-uclibc', 'busybox/uclibc'],
    ['nginx:1.31', 'nginx/full'],
    ['nginx:stable', 'nginx/full'],
    ['nginx:alpine', 'nginx/alpine'],
    ['nginx:mainline-alpine3.22', 'nginx/alpine'],
    ['nginx:alpine-slim', 'nginx/alpine-slim'],
    ['nginx:1.31.6-alpine3.22-slim', 'nginx/alpine-slim'],
  ])('%s is the catalog entry %s', (ref, id) => {
    const info = lookupBaseImage(ref);
    expect(info.match).toBe('exact');
    expect(info.entryId).toBe(id);
    expect(info.bytes).toBe(catalogEntry(id).size.uncompressed.bytes);
    expect(info.label.startsWith(`${ref} (`)).toBe(true);
  });

  it('carries the figure, its kind, its source and date', () => {
    const info = lookupBaseImage('node:20-slim');
    expect(info).toMatchObject({
      family: 'node',
      variant: 'slim',
      label: 'node:20-slim (Debian slim, Node.js runtime)',
      bytes: 234_170_000,
      range: null,
      sizeKind: 'reading',
      sizeReadFor: 'node:24-trixie-slim (24.21.0)',
      libc: 'glibc',
      packageManager: 'apt',
      shell: true,
      compiler: false,
      toolchains: ['node+npm'],
      defaultUser: {name: 'root', uid: 0},
      otherUsers: [{name: 'node', uid: 1000}],
      note: null,
    });
    expect(info.source).toMatch(/repo-info/);
    expect(info.sourceDate).toMatch(/2026/);
  });

  it('keeps estimates as estimates, with their range', () => {
    const info = lookupBaseImage('golang:1.27-alpine');
    expect(info.sizeKind).toBe('estimate');
    expect(info.range).toEqual({min: 230 * MB, max: 260 * MB});
    expect(info.bytes).toBe(245 * MB);
    expect(info.toolchains).toEqual(['go']);
  });

  it('knows the full images carry compilers and the alpine Go image has no gcc', () => {
    expect(lookupBaseImage('node:20')).toMatchObject({compiler: true, toolchains: ['node+npm', 'gcc']});
    expect(lookupBaseImage('golang:1.27-alpine')).toMatchObject({compiler: true, toolchains: ['go'], libc: 'musl'});
    expect(lookupBaseImage('eclipse-temurin:21-jre')).toMatchObject({compiler: false, toolchains: ['jre']});
    expect(lookupBaseImage('maven:3.9-eclipse-temurin-21').toolchains).toEqual(['maven', 'jdk']);
  });
});

describe('lookupBaseImage: untagged and latest', () => {
  it.each([
    ['node', 'node/full', /26\.5\.0/],
    ['node:latest', 'node/full', /26\.5\.0/],
    ['golang', 'golang/full', /1\.26\.5/],
    ['python:latest', 'python/full', /3\.14/],
    ['alpine', 'alpine/alpine', /3\.24\.2/],
    ['debian', 'debian/full', /trixie/],
    ['ubuntu:latest', 'ubuntu/full', /26\.04/],
    ['busybox', 'busybox/glibc', /glibc/],
    ['nginx', 'nginx/full', /mainline/],
    ['rust', 'rust/full', /1\.97/],
  ])('%s means %s today', (ref, id, means) => {
    const info = lookupBaseImage(ref);
    expect(info.match).toBe('exact');
    expect(info.entryId).toBe(id);
    expect(info.note).toMatch(means);
    expect(info.note).toContain(catalogDate);
  });

  it.each([
    ['eclipse-temurin', 'eclipse-temurin/jdk'],
    ['maven:latest', 'maven/eclipse-temurin'],
  ])('%s: what latest points to was not read, so only a family match', (ref, id) => {
    const info = lookupBaseImage(ref);
    expect(info.match).toBe('family');
    expect(info.entryId).toBe(id);
    expect(info.note).toMatch(/not read/);
  });
});

describe('lookupBaseImage: digests, registries and prefixes', () => {
  it('uses the tag when a digest pins it', () => {
    const info = lookupBaseImage(`node:20@${sha}`);
    expect(info).toMatchObject({match: 'exact', entryId: 'node/full', bytes: 1230 * MB});
    expect(info.note).toMatch(/digest/);
    expect(info.label).toBe('node:20@sha256:aaaaaaaaaaaa… (Debian, Node.js toolchain)');
  });

  it('gives the family figure for a digest without a tag, saying the tag is unknown', () => {
    const info = lookupBaseImage(`node@${sha}`);
    expect(info).toMatchObject({match: 'family', family: 'node', entryId: 'node/full', bytes: 1230 * MB});
    expect(info.note).toMatch(/tag and variant are unknown/);
  });

  it.each([
    ['docker.io/library/node:20', 'node/full'],
    ['docker.io/node:20-alpine', 'node/alpine'],
    ['index.docker.io/library/node:20-slim', 'node/slim'],
    ['index.docker.io/library/golang:1.26-alpine', 'golang/alpine'],
  ])('%s is Docker Hub’s official image (%s)', (ref, id) => {
    expect(lookupBaseImage(ref)).toMatchObject({match: 'exact', entryId: id, note: null});
  });

  it.each([
    ['registry.example.com:5000/library/node:20', 'node/full'],
    ['localhost:5000/library/node:22-alpine', 'node/alpine'],
    ['localhost:5000/node:20-slim', 'node/slim'],
    ['mirror.gcr.io/library/python:3.12-slim', 'python/slim'],
    ['public.ecr.aws/docker/library/nginx:alpine', 'nginx/alpine'],
    [`registry.example.com:5000/library/node:20@${sha}`, 'node/full'],
  ])('%s is a copy of an official image: a family match that says so', (ref, id) => {
    const info = lookupBaseImage(ref);
    expect(info.match).toBe('family');
    expect(info.entryId).toBe(id);
    expect(info.bytes).not.toBeNull();
    expect(info.note).toMatch(/not the official repository; taken as a copy of/);
  });

  it('does not take a namespaced Docker Hub repository for the official image', () => {
    const info = lookupBaseImage('someone/node:20');
    expect(info).toMatchObject({match: 'unknown', family: null, bytes: null});
  });

  it('treats an unknown repository on a local registry as unknown', () => {
    const info = lookupBaseImage(`localhost:5000/team/tool:1.0@${sha}`);
    expect(info).toMatchObject({match: 'unknown', bytes: null, sizeKind: 'unknown', libc: null, defaultUser: null});
  });
});

describe('lookupBaseImage: family matches', () => {
  it.each([
    ['node:23-alpine', 'node/alpine'],
    ['node:18', 'node/full'],
    ['node:hydrogen-slim', 'node/slim'],
    ['node:19-bullseye', 'node/full'],
    ['node:18-bullseye-slim', 'node/slim'],
    ['golang:1.22', 'golang/full'],
    ['golang:1.22-alpine', 'golang/alpine'],
    ['golang:1.22-bookworm', 'golang/full'],
    ['python:3.9-slim-bullseye', 'python/slim'],
    ['python:3.15-rc-alpine', 'python/alpine'],
    ['rust:1.80-slim', 'rust/slim'],
    ['eclipse-temurin:11-jre', 'eclipse-temurin/jre'],
    ['maven:3.8-eclipse-temurin-11', 'maven/eclipse-temurin'],
    ['alpine:3.18', 'alpine/alpine'],
    ['alpine:edge', 'alpine/alpine'],
    ['debian:bullseye-slim', 'debian/slim'],
    ['debian:sid', 'debian/full'],
    ['ubuntu:20.04', 'ubuntu/full'],
    ['nginx:1.25-alpine', 'nginx/alpine'],
  ])('%s is a tag the catalog does not list: taken as %s', (ref, id) => {
    const info = lookupBaseImage(ref);
    expect(info.match).toBe('family');
    expect(info.entryId).toBe(id);
    expect(info.bytes).toBe(catalogEntry(id).size.uncompressed.bytes);
    expect(info.note).toMatch(/not one the catalog lists/);
  });

  it('gives a known family with an unlisted variant its traits but no size', () => {
    const php = lookupBaseImage('php:8.5-zts-trixie');
    expect(php).toMatchObject({
      match: 'family',
      family: 'php',
      variant: 'trixie',
      entryId: null,
      bytes: null,
      libc: 'glibc',
      packageManager: 'apt',
      toolchains: ['php'],
    });
    const maven = lookupBaseImage('maven:3.9-eclipse-temurin-21-alpine');
    expect(maven).toMatchObject({match: 'family', bytes: null, libc: 'musl', toolchains: ['maven', 'jdk']});
    const corretto = lookupBaseImage('maven:3.9-amazoncorretto-21');
    expect(corretto).toMatchObject({match: 'family', bytes: null, libc: null, toolchains: ['maven', 'jdk']});
  });

  it('does not guess a variant from a tag it cannot read', () => {
    const info = lookupBaseImage('node:nightly-build');
    expect(info).toMatchObject({match: 'family', family: 'node', entryId: null, bytes: null, libc: null});
    expect(info.toolchains).toEqual(['node+npm']);
  });
});

describe('lookupBaseImage: distroless', () => {
  it.each([
    ['gcr.io/distroless/static', 'distroless/static', 'root', false],
    ['gcr.io/distroless/static:latest', 'distroless/static', 'root', false],
    ['gcr.io/distroless/static:nonroot', 'distroless/static', 'nonroot', false],
    ['gcr.io/distroless/static-debian12:nonroot', 'distroless/static', 'nonroot', false],
    ['gcr.io/distroless/static-debian12:debug', 'distroless/static', 'root', true],
    ['gcr.io/distroless/base', 'distroless/base', 'root', false],
    ['gcr.io/distroless/base-debian12:nonroot', 'distroless/base', 'nonroot', false],
    ['gcr.io/distroless/cc', 'distroless/cc', 'root', false],
    ['gcr.io/distroless/cc-debian12:debug-nonroot', 'distroless/cc', 'nonroot', true],
    ['gcr.io/distroless/nodejs20-debian12', 'distroless/nodejs', 'root', false],
    ['gcr.io/distroless/nodejs22-debian12:nonroot', 'distroless/nodejs', 'nonroot', false],
    ['gcr.io/distroless/java21-debian12:latest', 'distroless/java', 'root', false],
    ['gcr.io/distroless/java21-debian12:nonroot-amd64', 'distroless/java', 'nonroot', false],
  ])('%s is %s, user %s, shell %s', (ref, id, user, shell) => {
    const info = lookupBaseImage(ref);
    expect(info.match).toBe('exact');
    expect(info.entryId).toBe(id);
    expect(info.defaultUser?.name).toBe(user);
    expect(info.shell).toBe(shell);
    expect(info.packageManager).toBe('none');
  });

  it('knows the nonroot uid and the entrypoints', () => {
    expect(lookupBaseImage('gcr.io/distroless/static:nonroot').defaultUser).toEqual({name: 'nonroot', uid: 65532});
    expect(lookupBaseImage('gcr.io/distroless/nodejs22-debian12').entrypoint).toEqual(['/nodejs/bin/node']);
    expect(lookupBaseImage('gcr.io/distroless/java21-debian12').entrypoint).toEqual(['/usr/bin/java', '-jar']);
    expect(lookupBaseImage('gcr.io/distroless/nodejs22-debian12').toolchains).toEqual(['node']);
  });

  it('says the debug shell is not counted in the size', () => {
    const info = lookupBaseImage('gcr.io/distroless/static-debian12:debug');
    expect(info.shellPath).toBe('/busybox/sh');
    expect(info.note).toMatch(/BusyBox/);
    expect(compareBaseImageSize(info, 'gcr.io/distroless/static-debian12')).toBe('unknown');
  });

  it('takes siblings the catalog does not list at family level', () => {
    const info = lookupBaseImage('gcr.io/distroless/nodejs28-debian14:nonroot');
    expect(info).toMatchObject({match: 'family', entryId: 'distroless/nodejs', defaultUser: {name: 'nonroot', uid: 65532}});
    expect(info.note).toMatch(/not one the catalog lists/);
    expect(lookupBaseImage('gcr.io/distroless/static-debian14').match).toBe('family');
    expect(lookupBaseImage('gcr.io/distroless/nodejs24-debian13').match).toBe('exact');
  });

  it('knows nothing of a distroless image the catalog lacks, except that it has no shell', () => {
    const info = lookupBaseImage('gcr.io/distroless/python3-debian12');
    expect(info).toMatchObject({match: 'family', family: 'distroless', bytes: null, shell: false, packageManager: 'none'});
    expect(lookupBaseImage('gcr.io/distroless/python3-debian12:debug-nonroot')).toMatchObject({
      bytes: null,
      shell: true,
      defaultUser: {name: 'nonroot', uid: 65532},
    });
    expect(lookupBaseImage(`gcr.io/distroless/python3-debian12@${sha}`)).toMatchObject({shell: null, defaultUser: null});
  });

  it('leaves user and shell unknown for a digest without a tag', () => {
    const info = lookupBaseImage(`gcr.io/distroless/static@${sha}`);
    expect(info).toMatchObject({match: 'family', entryId: 'distroless/static', defaultUser: null, shell: null});
    expect(info.bytes).not.toBeNull();
  });

  it('notes a platform other than amd64 and an unknown tag', () => {
    const arm = lookupBaseImage('gcr.io/distroless/static:nonroot-arm64');
    expect(arm.match).toBe('family');
    expect(arm.note).toMatch(/arm64/);
    const odd = lookupBaseImage('gcr.io/distroless/static:v1.2');
    expect(odd).toMatchObject({match: 'family', defaultUser: null});
  });

  it('takes a copy on another registry at family level', () => {
    const info = lookupBaseImage('harbor.example.com:8443/gcr-proxy/distroless/static-debian12:nonroot');
    expect(info).toMatchObject({match: 'family', entryId: 'distroless/static'});
    expect(info.note).toMatch(/copy of gcr.io\/distroless\/static-debian12/);
  });
});

describe('lookupBaseImage: busybox variants', () => {
  it('gives each build its libc', () => {
    expect(lookupBaseImage('busybox').libc).toBe('glibc');
    expect(lookupBaseImage('busybox:musl').libc).toBe('musl');
    expect(lookupBaseImage('busybox:uclibc').libc).toBe('uclibc');
  });

  it('has a reading for the glibc build, an estimate from the compressed reading for musl, and no figure for uclibc', () => {
    expect(lookupBaseImage('busybox:glibc')).toMatchObject({bytes: 4_450_000, sizeKind: 'reading'});
    expect(lookupBaseImage('busybox:musl')).toMatchObject({range: {min: 1_600_000, max: 1_900_000}, sizeKind: 'estimate', match: 'exact'});
    expect(lookupBaseImage('busybox:musl').compressed).toMatchObject({bytes: 886_000, kind: 'reading'});
    expect(lookupBaseImage('busybox:1.38-uclibc').bytes).toBeNull();
  });
});

describe('lookupBaseImage: scratch', () => {
  it('is empty: 0 bytes, no libc, no shell', () => {
    expect(lookupBaseImage('scratch')).toMatchObject({
      match: 'exact',
      entryId: 'scratch/scratch',
      bytes: 0,
      sizeKind: 'definition',
      libc: 'none',
      shell: false,
      packageManager: 'none',
      toolchains: [],
    });
  });

  it.each(['scratch:latest', 'docker.io/library/scratch'])('%s is not the empty image', (ref) => {
    const info = lookupBaseImage(ref);
    expect(info).toMatchObject({match: 'unknown', bytes: null});
    expect(info.note).toMatch(/only the bare name/);
  });
});

describe('lookupBaseImage: unknown images', () => {
  it.each(['myorg/app:1.2', 'bitnami/redis:7.2', 'ghcr.io/acme/node:20', 'mcr.microsoft.com/dotnet/aspnet:8.0', 'localhost:5000/team/tool', 'build'])(
    '%s has no size',
    (ref) => {
      const info = lookupBaseImage(ref);
      expect(info.match).toBe('unknown');
      expect(info.bytes).toBeNull();
      expect(info.range).toBeNull();
      expect(info.sizeKind).toBe('unknown');
      expect(info.figureId).toBeNull();
      expect(info.note).toMatch(/not in the base-image catalog/);
    },
  );

  it('reads an -alpine suffix as musl and apk, size unknown', () => {
    expect(lookupBaseImage('myorg/app:1.2-alpine')).toMatchObject({
      match: 'unknown',
      variant: 'alpine',
      bytes: null,
      libc: 'musl',
      packageManager: 'apk',
      shell: true,
      defaultUser: null,
      toolchains: null,
    });
  });

  it('reads a -slim suffix as glibc, size unknown, and nothing more', () => {
    expect(lookupBaseImage('myorg/app:1.2-slim')).toMatchObject({
      match: 'unknown',
      variant: 'slim',
      bytes: null,
      libc: 'glibc',
      packageManager: null,
      shell: null,
    });
  });

  it('reads a Debian codename as glibc and apt', () => {
    expect(lookupBaseImage('ghcr.io/acme/base:2-bookworm')).toMatchObject({bytes: null, libc: 'glibc', packageManager: 'apt'});
  });

  it.each(['', 'Node:20', 'node:${NODE_VERSION}', 'node@sha256:abc', ' node', 'a'.repeat(64)])('never throws on %j', (ref) => {
    const info = lookupBaseImage(ref);
    expect(info).toMatchObject({match: 'unknown', bytes: null, reference: null});
    expect(info.note).toMatch(/not a valid image reference/);
  });

  it('says when a variable was left in the reference', () => {
    expect(lookupBaseImage('node:${NODE_VERSION}-alpine').note).toMatch(/variable/);
  });
});

describe('compareBaseImageSize', () => {
  it.each([
    ['node:20-alpine', 'node:20', 'smaller'],
    ['node:20-slim', 'node:20', 'smaller'],
    ['node:20-alpine', 'node:20-slim', 'smaller'],
    ['gcr.io/distroless/nodejs20-debian12', 'node:20', 'smaller'],
    ['gcr.io/distroless/nodejs20-debian12', 'node:20-slim', 'smaller'],
    ['scratch', 'golang:1.22', 'smaller'],
    ['gcr.io/distroless/static-debian12:nonroot', 'golang:1.22', 'smaller'],
    ['alpine:3.20', 'golang:1.22-alpine', 'smaller'],
    ['gcr.io/distroless/static', 'alpine', 'smaller'],
    ['eclipse-temurin:21-jre', 'maven:3.9-eclipse-temurin-21', 'smaller'],
    ['node:20', 'node:20-alpine', 'larger'],
    ['node:20', 'node:20', 'same'],
    ['node:20', 'node:22-bookworm', 'same'],
    ['golang:1.22', 'golang:1.26', 'same'],
    ['scratch', 'scratch', 'same'],
    ['gcr.io/distroless/base', 'gcr.io/distroless/cc', 'unknown'],
    ['myorg/app:1.2-alpine', 'node:20', 'unknown'],
    ['busybox:musl', 'node:20', 'smaller'],
    ['busybox:uclibc', 'node:20', 'unknown'],
    ['node:20', 'myorg/app', 'unknown'],
  ])('%s against %s: %s', (a, b, expected) => {
    expect(compareBaseImageSize(a, b)).toBe(expected);
    expect(compareBaseImageSize(lookupBaseImage(a), lookupBaseImage(b))).toBe(expected);
  });

  it('is antisymmetric over the whole table', () => {
    const opposite = {smaller: 'larger', larger: 'smaller', same: 'same', unknown: 'unknown'} as const;
    for (const a of baseImageCatalog) {
      for (const b of baseImageCatalog) {
        expect(compareBaseImageSize(b.ref, a.ref)).toBe(opposite[compareBaseImageSize(a.ref, b.ref)]);
      }
    }
  });
});

describe('the catalog', () => {
  const runtimeOf: Record<string, string> = {
    'node/slim': 'node/full',
    'node/alpine': 'node/full',
    'golang/alpine': 'golang/full',
    'python/slim': 'python/full',
    'python/alpine': 'python/full',
    'rust/slim': 'rust/full',
    'rust/alpine': 'rust/full',
    'ruby/slim': 'ruby/full',
    'ruby/alpine': 'ruby/full',
    'php/alpine': 'php/cli',
    'postgres/alpine': 'postgres/full',
    'debian/slim': 'debian/full',
    'eclipse-temurin/jre': 'eclipse-temurin/jdk',
    'eclipse-temurin/jdk-alpine': 'eclipse-temurin/jdk',
    'eclipse-temurin/jre-alpine': 'eclipse-temurin/jdk',
    'nginx/alpine': 'nginx/full',
    'nginx/alpine-slim': 'nginx/full',
    'distroless/static': 'debian/full',
    'distroless/base': 'debian/full',
    'distroless/cc': 'debian/full',
    'distroless/nodejs': 'node/full',
    'distroless/java': 'eclipse-temurin/jdk',
  };
  const withoutFigure = ['busybox/uclibc', 'nginx/alpine-slim', 'ruby/alpine', 'php/alpine', 'postgres/alpine'];

  it('has unique ids of the form family/variant', () => {
    const ids = baseImageCatalog.map((entry) => entry.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const entry of baseImageCatalog) expect(entry.id).toBe(`${entry.family}/${entry.variant}`);
  });

  it('gives every entry a source and a date', () => {
    for (const entry of baseImageCatalog) {
      expect(entry.size.source.length, entry.id).toBeGreaterThan(0);
      expect(entry.size.date, entry.id).toMatch(/\d{4}|definition/);
    }
  });

  it('keeps every figure honest: a range contains its point, estimates are marked, unknowns are null', () => {
    for (const entry of baseImageCatalog) {
      for (const figure of [entry.size.uncompressed, entry.size.compressed]) {
        if (figure === null) continue;
        if (figure.range !== null) {
          expect(figure.bytes, entry.id).not.toBeNull();
          expect(figure.range.min, entry.id).toBeLessThanOrEqual(figure.bytes!);
          expect(figure.bytes!, entry.id).toBeLessThanOrEqual(figure.range.max);
          expect(figure.kind, entry.id).toBe('estimate');
        }
        if (figure.kind === 'unknown') expect(figure.bytes, entry.id).toBeNull();
        else expect(Number.isInteger(figure.bytes), entry.id).toBe(true);
        if (figure.kind !== 'unknown') expect(figure.readFor, entry.id).not.toBeNull();
      }
      if (entry.size.compressed?.bytes != null && entry.size.uncompressed.bytes !== null && entry.size.uncompressed.bytes > 0) {
        expect(entry.size.compressed.bytes, entry.id).toBeLessThan(entry.size.uncompressed.bytes);
      }
    }
  });

  it('has no figure only where the notes have none', () => {
    const missing = baseImageCatalog.filter((entry) => entry.size.uncompressed.bytes === null).map((entry) => entry.id);
    expect(missing.sort()).toEqual([...withoutFigure].sort());
  });

  it('has the readings the notes give, to the byte', () => {
    expect(catalogEntry('node/full').size.uncompressed).toMatchObject({bytes: 1_230_000_000, kind: 'reading'});
    expect(catalogEntry('node/slim').size.uncompressed).toMatchObject({bytes: 234_170_000, kind: 'reading'});
    expect(catalogEntry('node/slim').size.compressed).toMatchObject({bytes: 80_500_000, kind: 'reading'});
    expect(catalogEntry('golang/full').size.uncompressed).toMatchObject({bytes: 847_550_000, kind: 'reading'});
    expect(catalogEntry('python/slim').size.uncompressed).toMatchObject({bytes: 119_460_000, kind: 'reading'});
    expect(catalogEntry('rust/slim').size.uncompressed).toMatchObject({bytes: 921_070_000, kind: 'reading'});
    expect(catalogEntry('eclipse-temurin/jre-alpine').size.uncompressed).toMatchObject({bytes: 207_700_000, kind: 'reading'});
    expect(catalogEntry('php/cli').size.uncompressed).toMatchObject({bytes: 579_190_000, kind: 'reading'});
    expect(catalogEntry('php/apache').size.uncompressed).toMatchObject({bytes: 557_010_000, kind: 'reading'});
    for (const [id, megabytes] of [
      ['ruby/full', 421.4],
      ['ruby/slim', 85.2],
      ['postgres/full', 161.3],
      ['docker/dind', 140.2],
      ['rust/alpine', 349.1],
      ['eclipse-temurin/jdk-alpine', 183.6],
    ] as const)
      expect(catalogEntry(id).size.compressed, id).toMatchObject({bytes: Math.round(megabytes * MB), kind: 'reading'});
    expect(catalogEntry('node/alpine').size.uncompressed).toMatchObject({bytes: 170_750_000, kind: 'reading'});
    expect(catalogEntry('busybox/glibc').size.uncompressed).toMatchObject({bytes: 4_450_000, kind: 'reading'});
    expect(catalogEntry('scratch/scratch').size.uncompressed).toMatchObject({bytes: 0, kind: 'definition'});
  });

  it('marks alpine variants musl with apk', () => {
    for (const entry of baseImageCatalog.filter((candidate) => /alpine/.test(candidate.variant))) {
      expect(entry.libc, entry.id).toBe('musl');
      expect(entry.packageManager, entry.id).toBe('apk');
    }
  });

  it('gives distroless images no shell and no package manager, and static no libc', () => {
    for (const entry of baseImageCatalog.filter((candidate) => candidate.family === 'distroless')) {
      expect(entry.shellPath, entry.id).toBeNull();
      expect(entry.packageManager, entry.id).toBe('none');
    }
    expect(catalogEntry('distroless/static').libc).toBe('none');
    expect(catalogEntry('scratch/scratch').libc).toBe('none');
  });

  it('makes every slim, alpine and distroless runtime smaller than its family’s full image', () => {
    const runtimes = baseImageCatalog.filter((entry) => (/slim|alpine|jre/.test(entry.variant) && entry.family !== 'alpine') || entry.family === 'distroless');
    expect(runtimes.map((entry) => entry.id).sort()).toEqual(Object.keys(runtimeOf).sort());
    for (const entry of runtimes) {
      const full = catalogEntry(runtimeOf[entry.id]!);
      const expected = entry.size.uncompressed.bytes === null ? 'unknown' : 'smaller';
      expect(compareBaseImageSize(entry.ref, full.ref), `${entry.id} against ${full.id}`).toBe(expected);
    }
  });

  it('finds every entry, exactly, by its own reference and label (a family of many repositories only as a family)', () => {
    const byPattern = new Set(baseImageFamilies.filter((family) => family.kind === 'tag' && family.pathPattern !== undefined).map((family) => family.family));
    for (const entry of baseImageCatalog) {
      const info = lookupBaseImage(entry.ref);
      expect(info.match, entry.ref).toBe(byPattern.has(entry.family) ? 'family' : 'exact');
      expect(info.entryId, entry.ref).toBe(entry.id);
      expect(info.label, entry.ref).toBe(entry.label);
    }
  });

  it('lets every tag family’s latest point at one of its own entries', () => {
    for (const family of baseImageFamilies) {
      if (family.kind !== 'tag') continue;
      expect(catalogEntry(family.latest.entry).family).toBe(family.family);
    }
  });

  it('states its assumption with its date', () => {
    expect(catalogAssumption).toMatch(/^sizes are uncompressed linux\/amd64 figures from the .*catalog dated 2026-09/);
    expect(catalogDate).toBe('2026-09');
  });
});

describe('lookupBaseImage: the bases real projects use', () => {
  it.each([
    ['ruby:3.4', 'ruby/full'],
    ['ruby:3-slim-trixie', 'ruby/slim'],
    ['ruby:3.4-slim', 'ruby/slim'],
    ['ruby:3.4-alpine3.24', 'ruby/alpine'],
    ['php:8.5', 'php/cli'],
    ['php:8.4-cli', 'php/cli'],
    ['php:8-apache-trixie', 'php/apache'],
    ['php:8.5-fpm', 'php/fpm'],
    ['php:8.5-fpm-alpine3.24', 'php/alpine'],
    ['postgres:17', 'postgres/full'],
    ['postgres:18-trixie', 'postgres/full'],
    ['postgres:17-alpine', 'postgres/alpine'],
    ['eclipse-temurin:21-jdk-alpine', 'eclipse-temurin/jdk-alpine'],
    ['eclipse-temurin:25-jre-alpine', 'eclipse-temurin/jre-alpine'],
    ['gradle:9-jdk21', 'gradle/jdk'],
    ['gradle:jdk21', 'gradle/jdk'],
    ['busybox:musl', 'busybox/musl'],
    ['busybox:1.38-uclibc', 'busybox/uclibc'],
    ['docker:29-dind', 'docker/dind'],
    ['docker:dind', 'docker/dind'],
    ['docker:29.7.0-dind-alpine3.24', 'docker/dind'],
    ['nvidia/cuda:12.9.1-base-ubuntu24.04', 'cuda/base'],
    ['nvidia/cuda:12.6.3-runtime-ubuntu22.04', 'cuda/runtime'],
    ['nvidia/cuda:13.0.0-devel-ubuntu24.04', 'cuda/devel'],
    ['rust:1-alpine', 'rust/alpine'],
    ['rust:1.98-alpine3.24', 'rust/alpine'],
    ['gcr.io/distroless/static-debian13', 'distroless/static'],
    ['gcr.io/distroless/nodejs24-debian13:nonroot', 'distroless/nodejs'],
    ['gcr.io/distroless/java21-debian13', 'distroless/java'],
    ['ubuntu:24.04', 'ubuntu/full'],
    ['tonistiigi/xx:1.6.1', 'xx/xx'],
    ['tonistiigi/xx', 'xx/xx'],
    ['docker/buildx-bin:0.36', 'artifact-bin/binary'],
    ['docker/compose-bin:v2.40.0', 'artifact-bin/binary'],
  ])('places %s as %s', (ref, id) => {
    expect(lookupBaseImage(ref).entryId).toBe(id);
  });

  it('gives the helper images their traits: no shell, no libc, a small size', () => {
    for (const ref of ['tonistiigi/xx:1.6.1', 'docker/buildx-bin:0.36']) {
      const info = lookupBaseImage(ref);
      expect(info, ref).toMatchObject({shell: false, libc: 'none', packageManager: 'none', sizeKind: 'estimate'});
      expect(info.range!.max, ref).toBeLessThanOrEqual(80 * MB);
    }
    expect(lookupBaseImage('docker/buildx-bin:0.36').match).toBe('family');
  });

  it('takes NGC and other copies of nvidia/cuda as the family, and nothing else named cuda', () => {
    expect(lookupBaseImage('nvcr.io/nvidia/cuda:12.9.1-runtime-ubuntu24.04')).toMatchObject({match: 'family', entryId: 'cuda/runtime'});
    expect(lookupBaseImage('someone/cuda:12.9.1-base-ubuntu24.04').match).toBe('unknown');
    expect(lookupBaseImage('cuda:12.9.1-base-ubuntu24.04').match).toBe('unknown');
    expect(lookupBaseImage('someone/tool-binary').match).toBe('unknown');
  });

  it('knows which of them carry a compiler', () => {
    expect(lookupBaseImage('ruby:3.4').compiler).toBe(true);
    expect(lookupBaseImage('ruby:3.4-slim').compiler).toBe(false);
    expect(lookupBaseImage('php:8.5-apache').compiler).toBe(true);
    expect(lookupBaseImage('nvidia/cuda:12.9.1-devel-ubuntu24.04').compiler).toBe(true);
    expect(lookupBaseImage('nvidia/cuda:12.9.1-runtime-ubuntu24.04').compiler).toBe(false);
    expect(lookupBaseImage('postgres:17').otherUsers).toEqual([{name: 'postgres', uid: 999}]);
  });
});

describe('lookupBaseImage: CUDA on another distribution', () => {
  it('does not take a UBI or Rocky Linux CUDA image for the Ubuntu one', () => {
    const info = lookupBaseImage('nvidia/cuda:12.9.1-runtime-ubi9');
    expect(info.entryId).toBeNull();
    expect(info.bytes).toBeNull();
    expect(info.packageManager).not.toBe('apt');
  });
});
