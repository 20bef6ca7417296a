import {describe, expect, it} from 'vitest';
import {warningsOf} from './lint';

const check = (text: string, buildArgs: Record<string, string> = {}) =>
  warningsOf('InvalidDefaultArgInFrom', text, {buildArgs}).map((warning) => warning.split(': with the ARG')[0]);

/** Cases from BuildKit's dockerfile_check_test.go `testInvalidDefaultArgInFrom`, and validations.go's scope. */
describe('InvalidDefaultArgInFrom', () => {
  it('reports a base whose ARG defaults give an invalid or empty reference, build args or not', () => {
    expect(check('ARG VERSION\nFROM busybox:$VERSION\n', {VERSION: 'latest'})).toEqual([
      '2: Default value for ARG busybox:$VERSION results in empty or invalid base image name',
    ]);
    expect(check('ARG IMAGE\nFROM $IMAGE\n', {IMAGE: 'busybox:latest'})).toEqual([
      '2: Default value for ARG $IMAGE results in empty or invalid base image name',
    ]);
    expect(check('ARG SFX="box:"\nFROM busy${SFX}\n', {SFX: 'box:latest'})).toEqual([
      '2: Default value for ARG busy${SFX} results in empty or invalid base image name',
    ]);
  });

  it('accepts defaults that give a valid reference', () => {
    expect(check('ARG VERSION="latest"\nFROM busybox:${VERSION}\n', {VERSION: 'latest'})).toEqual([]);
    expect(check('ARG BUSYBOX_VARIANT=""\nFROM busybox:stable${BUSYBOX_VARIANT}\n', {BUSYBOX_VARIANT: '-musl'})).toEqual([]);
    expect(check('ARG BUSYBOX_VARIANT\nFROM busybox:stable${BUSYBOX_VARIANT}\n')).toEqual([]);
  });

  it('checks every base, with no ARG in it too, and stage names as well (validations.go parses each BaseName)', () => {
    expect(check('FROM alpine:\n')).toEqual(['1: Default value for ARG alpine: results in empty or invalid base image name']);
    expect(check('FROM alpine:3.24 AS builder\nFROM Builder AS test\n')).toEqual([
      '2: Default value for ARG Builder results in empty or invalid base image name',
    ]);
    expect(check('FROM alpine:3.24 AS builder\nFROM builder AS test\nFROM scratch\n')).toEqual([]);
  });

  it('stops at the first base whose expansion with the defaults fails, as BuildKit abandons the check', () => {
    expect(check('ARG V\nFROM alpine:${V:?set V}\nFROM alpine:\n', {V: '3.24'})).toEqual([]);
  });
});
