import {describe, expect, it} from 'vitest';
import {analyze} from '../../../src/core/analyze';
import {codesOf, warningsOf} from './lint';

/**
 * InvalidBaseImagePlatform as BuildKit's `testBaseImagePlatformMismatch` (dockerfile_check_test.go) sees it: the
 * image taken for the build's platform is for another one, reported at the FROM line with ruleset.go's message.
 * Here the images are official ones whose published platforms the catalog lists.
 */
describe('InvalidBaseImagePlatform', () => {
  const check = (text: string, platform?: string) => warningsOf('InvalidBaseImagePlatform', text, {platform});

  it('reports an arm64 build given the arm/v7 entry of a single-architecture repository', () => {
    expect(check('FROM arm32v7/alpine:3.24\nRUN uname -m\n', 'linux/arm64')).toEqual([
      '1: Base image arm32v7/alpine:3.24 was pulled with platform "linux/arm/v7", expected "linux/arm64" for current build',
    ]);
  });

  it('reports an amd64 build given the 386 entry, with the name as written', () => {
    expect(check('ARG V=12\nFROM i386/debian:${V}\n', 'linux/amd64')).toEqual([
      '2: Base image i386/debian:12 was pulled with platform "linux/386", expected "linux/amd64" for current build',
    ]);
  });

  it('uses a fixed FROM --platform as the stage platform, whatever the build platform', () => {
    expect(check('FROM --platform=linux/arm64 arm32v7/alpine:3.24 AS tools-arm64\n')).toEqual([
      '1: Base image arm32v7/alpine:3.24 was pulled with platform "linux/arm/v7", expected "linux/arm64" for current build',
    ]);
    expect(check('FROM --platform=linux/arm/v7 arm32v7/alpine:3.24 AS tools-arm\n', 'linux/arm64')).toEqual([]);
  });

  it('prints the expected platform normalised as containerd does (arm64/v8 is linux/arm64)', () => {
    expect(check('FROM arm32v6/alpine:3.24\n', 'linux/aarch64/v8')).toEqual([
      '1: Base image arm32v6/alpine:3.24 was pulled with platform "linux/arm/v6", expected "linux/arm64" for current build',
    ]);
  });

  it('is quiet when the index has an entry for the platform, or only a variant differs', () => {
    expect(check('FROM node:24-alpine\n', 'linux/arm64')).toEqual([]);
    expect(check('FROM alpine:3.24\n', 'linux/arm/v7')).toEqual([]);
    // arm/v7 also takes arm/v5; BuildKit compares OS and architecture only.
    expect(check('FROM arm32v5/debian:12\n', 'linux/arm/v7')).toEqual([]);
  });

  it('is quiet when the platform depends on the build host: no --platform, or a $BUILDPLATFORM stage', () => {
    expect(check('FROM arm32v7/alpine:3.24\n')).toEqual([]);
    expect(check('FROM --platform=$BUILDPLATFORM arm32v7/alpine:3.24 AS tools\n', 'linux/arm64')).toEqual([]);
    expect(check('FROM --platform=$TARGETPLATFORM arm32v7/alpine:3.24\n')).toEqual([]);
  });

  it('is quiet for images and tags the catalog does not list, digests, stages and scratch', () => {
    expect(check('FROM ghcr.io/acme/tools:1\n', 'linux/arm64')).toEqual([]);
    expect(check('FROM arm32v7/alpine:3.1\n', 'linux/arm64')).toEqual([]);
    expect(check(`FROM arm32v7/alpine:3.24@sha256:${'a'.repeat(64)}\n`, 'linux/arm64')).toEqual([]);
    expect(check('FROM alpine:3.24 AS base\nFROM base\nFROM scratch\nCOPY --from=1 /etc/os-release /\n', 'linux/arm64')).toEqual([]);
  });

  it('is quiet for a named build context of the same name', () => {
    expect(warningsOf('InvalidBaseImagePlatform', 'FROM arm32v7/alpine:3.24\n', {platform: 'linux/arm64', buildContexts: ['arm32v7/alpine:3.24']})).toEqual([]);
  });

  it('checks only the stages the build builds', () => {
    const text = 'FROM arm32v7/alpine:3.24 AS armtools\nRUN true\n\nFROM alpine:3.24\nRUN true\n';
    expect(check(text, 'linux/arm64')).toEqual([]);
    expect(warningsOf('InvalidBaseImagePlatform', text, {platform: 'linux/arm64', target: 'armtools'})).toEqual([
      '1: Base image arm32v7/alpine:3.24 was pulled with platform "linux/arm/v7", expected "linux/arm64" for current build',
    ]);
  });

  it('follows # check=skip= like every build check, and check=error=true turns it into a failure', () => {
    expect(check('# check=skip=InvalidBaseImagePlatform\nFROM arm32v7/alpine:3.24\n', 'linux/arm64')).toEqual([]);
    // A comment above the FROM does not reach it: BuildKit reports it with the build's linter (convert.go resolveBaseImage).
    expect(check('FROM alpine:3.24\n\n# check=skip=InvalidBaseImagePlatform\nFROM arm32v7/alpine:3.24\n', 'linux/arm64')).toHaveLength(1);
    const failing = analyze('# check=error=true\nFROM arm32v7/alpine:3.24\n', {platform: 'linux/arm64'});
    expect(failing.error).toBe('lint violation found for rules: InvalidBaseImagePlatform');
  });
});

/** BuildKit's refusal when the index has nothing the platform accepts (containerd `LimitManifests`). */
describe('NoMatchingPlatform', () => {
  it('refuses an amd64-only image for an arm64 build, with the words BuildKit prints', () => {
    const analysis = analyze('FROM eclipse-temurin:8-jre-alpine\n', {platform: 'linux/arm64'});
    expect(analysis.error).toBe(
      'eclipse-temurin:8-jre-alpine: failed to resolve source metadata for docker.io/library/eclipse-temurin:8-jre-alpine: no match for platform in manifest: not found',
    );
    expect(codesOf('FROM eclipse-temurin:8-jre-alpine\n', {platform: 'linux/arm64'})).toEqual(['NoMatchingPlatform@1']);
  });

  it('refuses a single-architecture repository on another architecture, and an untagged name as :latest', () => {
    expect(analyze('FROM arm64v8/alpine:3.24\n', {platform: 'linux/amd64'}).error).toBe(
      'arm64v8/alpine:3.24: failed to resolve source metadata for docker.io/arm64v8/alpine:3.24: no match for platform in manifest: not found',
    );
    expect(analyze('FROM node\n', {platform: 'linux/386'}).error).toBe(
      'node: failed to resolve source metadata for docker.io/library/node:latest: no match for platform in manifest: not found',
    );
  });

  it('builds when the platform is published, and does not resolve a stage the target does not need', () => {
    expect(analyze('FROM eclipse-temurin:8-jre\n', {platform: 'linux/arm64'}).error).toBeNull();
    expect(analyze('FROM eclipse-temurin:8-jre-alpine AS old\nFROM alpine:3.24\n', {platform: 'linux/arm64'}).error).toBeNull();
  });
});
