import {describe, expect, it} from 'vitest';
import {supportStatus, supportWindows} from './supportWindows';

const december2026 = new Date('2026-12-02T12:00:00Z');
const lineOf = (reference: string, on: Date = december2026): string | null => {
  const status = supportStatus(reference, on);
  return status ? `${status.window.image} ${status.line}` : null;
};

describe('the support-window table', () => {
  it('gives every line a date, a supported line to move to, a source and the day it was read', () => {
    for (const window of supportWindows) {
      expect(window.endOfLife, `${window.image} ${window.line}`).toMatch(/^\d{4}-\d{2}(?:-\d{2})?$/);
      expect(window.checked).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(window.source.length).toBeGreaterThan(10);
      expect(supportStatus(window.moveTo, december2026), `${window.image} ${window.line} → ${window.moveTo}`).toBeNull();
    }
  });

  it('lists each line of each image once', () => {
    const keys = supportWindows.map((window) => `${window.image} ${window.line}`);
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe('supportStatus', () => {
  it.each([
    ['node:20', 'node 20'],
    ['node:20-slim', 'node 20'],
    ['node:20.11.1-bookworm-slim', 'node 20'],
    ['node:iron-alpine', 'node 20'],
    ['node:lts-iron', 'node 20'],
    ['node:18', 'node 18'],
    ['node:12', 'node 12'],
    ['node:25', 'node 25'],
    ['golang:1.22', 'golang 1.22'],
    ['golang:1.25-alpine', 'golang 1.25'],
    ['golang:1.12', 'golang 1.12'],
    ['python:3.9-slim', 'python 3.9'],
    ['python:3.10', 'python 3.10'],
    ['python:2.7', 'python 2.7'],
    ['alpine:3.20', 'alpine 3.20'],
    ['alpine:3.20.3', 'alpine 3.20'],
    ['docker.io/library/alpine:3.21', 'alpine 3.21'],
    ['debian:bullseye-slim', 'debian 11'],
    ['debian:10', 'debian 10'],
    ['ubuntu:20.04', 'ubuntu 20.04'],
    ['ubuntu:focal-20240530', 'ubuntu 20.04'],
    ['gcr.io/distroless/static-debian12:nonroot', 'gcr.io/distroless/static debian12'],
    ['gcr.io/distroless/cc-debian12', 'gcr.io/distroless/cc debian12'],
    ['gcr.io/distroless/nodejs22-debian12', 'gcr.io/distroless/nodejs debian12'],
    ['gcr.io/distroless/java17-debian11:nonroot', 'gcr.io/distroless/java debian11'],
    ['gcr.io/distroless/python3-debian12', 'gcr.io/distroless/python3 debian12'],
    ['eclipse-temurin:24-jre', 'eclipse-temurin 24'],
  ])('%s is end-of-life in December 2026 (%s)', (reference, expected) => {
    expect(lineOf(reference)).toBe(expected);
  });

  it.each([
    ['node:24-alpine3.20', 'alpine 3.20'],
    ['python:3.14-slim-bullseye', 'debian 11'],
    ['golang:1.27-alpine3.19', 'alpine 3.19'],
    ['nginx:1.27-alpine3.20', 'alpine 3.20'],
  ])('%s is end-of-life through the distribution its tag names (%s)', (reference, expected) => {
    expect(lineOf(reference)).toBe(expected);
  });

  it.each([
    'node:24',
    'node:24-slim',
    'node:22-alpine',
    'node:26',
    'node:lts',
    'node',
    'node:latest',
    'golang:1.27',
    'golang:1.26-alpine',
    'golang:1',
    'python:3.14-slim',
    'python:3.12',
    'python:3',
    'alpine:3.22',
    'alpine:3.24',
    'alpine:3',
    'debian:trixie-slim',
    'debian:bookworm',
    'ubuntu:24.04',
    'gcr.io/distroless/static-debian13:nonroot',
    'gcr.io/distroless/nodejs24-debian13',
    'gcr.io/distroless/static',
    'eclipse-temurin:21-jre',
    'eclipse-temurin:17-jdk',
    'eclipse-temurin:25',
    'rust:1.97-slim-trixie',
    'nginx:1.31-alpine',
    'busybox:1.38-musl',
    'scratch',
    'node:24@sha256:0000000000000000000000000000000000000000000000000000000000000000',
    'registry.example.com/team/node:20',
  ])('%s is not end-of-life in December 2026, or not a line the table knows', (reference) => {
    expect(supportStatus(reference, december2026)).toBeNull();
  });

  it('compares dates: a line is supported up to the day before its end, and ended from that day on', () => {
    expect(supportStatus('node:20', new Date('2026-04-29T23:59:59Z'))).toBeNull();
    expect(lineOf('node:20', new Date('2026-04-30T00:00:00Z'))).toBe('node 20');
    expect(lineOf('node:24', new Date('2028-05-01T00:00:00Z'))).toBe('node 24');
  });

  it('reads a month-only date as the whole month: ended once the month is over', () => {
    expect(supportStatus('gcr.io/distroless/static-debian12', new Date('2026-09-30T12:00:00Z'))).toBeNull();
    expect(lineOf('gcr.io/distroless/static-debian12', new Date('2026-10-01T00:00:00Z'))).toBe('gcr.io/distroless/static debian12');
  });

  it('returns the fact it rests on, with the line to move to', () => {
    const status = supportStatus('golang:1.22-bookworm', december2026);
    expect(status).toMatchObject({reference: 'golang:1.22-bookworm', line: '1.22', window: {image: 'golang', endOfLife: '2025-02-11', moveTo: 'golang:1.27'}});
    expect(supportStatus('node:10', december2026)?.window).toMatchObject({line: '14', endOfLife: '2023-04-30'});
  });
});
