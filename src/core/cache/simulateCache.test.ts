import {describe, expect, it} from 'vitest';
import {analyze} from '../analyze';
import {parseChange} from './parseChange';

const reruns = (text: string, changes: string[], options: {target?: string} = {}) =>
  analyze(text, {changes, ...options}).cache!.steps.map((step) => `${step.line}:${step.rerun ? 'run' : 'kept'}`);

const manifestsFirst = `FROM node:24 AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build
FROM node:24-slim AS runtime
WORKDIR /app
COPY --from=build /app/dist ./dist
`;

describe('COPY and ADD are keyed on the content of what they copy', () => {
  it('a source change misses at COPY . . and keeps npm ci (chapter 7, manifests first)', () => {
    expect(reruns(manifestsFirst, ['src/app.ts'])).toEqual(['2:kept', '3:kept', '4:kept', '5:run', '6:run', '8:kept', '9:run']);
  });
  it('a lockfile change reruns npm ci and everything after it', () => {
    expect(reruns(manifestsFirst, ['package-lock.json'])).toEqual(['2:kept', '3:run', '4:run', '5:run', '6:run', '8:kept', '9:run']);
  });
  it('copying everything first reinstalls on any source change', () => {
    const slow = 'FROM node:24 AS build\nWORKDIR /app\nCOPY . .\nRUN npm ci\n';
    expect(reruns(slow, ['README.md'])).toEqual(['2:kept', '3:run', '4:run']);
  });
  it('a copy from a stage that reruns is marked uncertain: BuildKit compares the copied files', () => {
    const step = analyze(manifestsFirst, {changes: ['src/app.ts']}).cache!.steps.find((s) => s.line === 9)!;
    expect(step.certain).toBe(false);
    expect(step.why).toContain('build');
  });
});

describe('RUN is keyed on its command text and its parent', () => {
  it('editing a line reruns it and every later step of the stage; earlier ones keep their cache', () => {
    expect(reruns(manifestsFirst, ['line:4'])).toEqual(['2:kept', '3:kept', '4:run', '5:run', '6:run', '8:kept', '9:run']);
  });
});

describe('ARG', () => {
  const text = 'FROM alpine:3.24\nRUN apk add curl\nARG VERSION=1\nCOPY app /app\nRUN echo building\nLABEL v=$VERSION\n';
  it('a changed value misses at the first RUN after the ARG (it sees the value in its environment)', () => {
    expect(reruns(text, ['arg:VERSION'])).toEqual(['2:kept', '3:kept', '4:kept', '5:run', '6:run']);
  });
  it('a global ARG used in FROM reruns the whole stage', () => {
    expect(reruns('ARG BASE=alpine:3.24\nFROM ${BASE}\nRUN true\n', ['arg:BASE'])).toEqual(['3:run']);
  });
});

describe('base images and stages built on stages', () => {
  it('a new digest for the base reruns the stage and the stages built FROM it', () => {
    const text = 'FROM node:24 AS base\nRUN npm i -g pnpm\nFROM base AS build\nRUN pnpm build\nFROM alpine:3.24\nRUN true\n';
    expect(reruns(text, ['base:base'], {target: 'build'})).toEqual(['2:run', '4:run']);
    expect(analyze(text, {changes: ['base:base'], target: 'build'}).cache!.rerunStages).toEqual([0, 1]);
    // The default target (the alpine stage) needs neither, so nothing it builds reruns.
    expect(analyze(text, {changes: ['base:base']}).cache!.rerunStages).toEqual([]);
  });
});

describe('RUN bind mounts are keyed on the files they bind', () => {
  it('a change under a context bind mount reruns the RUN; other changes keep it', () => {
    const text = 'FROM golang:1.27 AS build\nWORKDIR /src\nRUN --mount=type=bind,target=. go build -o /app\nFROM alpine:3.24\nCOPY --from=build /app /app\n';
    expect(reruns(text, ['main.go'])).toEqual(['2:kept', '3:run', '5:run']);
    const scoped = text.replace('type=bind,', 'type=bind,source=cmd,');
    expect(reruns(scoped, ['docs/readme.md'])).toEqual(['2:kept', '3:kept', '5:kept']);
  });
});

describe('cache mounts and COPY --link', () => {
  it('a RUN with a cache mount reruns but keeps the mount contents', () => {
    const text = 'FROM node:24\nCOPY package.json ./\nRUN --mount=type=cache,target=/root/.npm npm ci\n';
    const step = analyze(text, {changes: ['package.json']}).cache!.steps[1]!;
    expect(step.rerun).toBe(true);
    expect(step.why).toContain('/root/.npm');
  });
  it('COPY --link keeps its layer when a step below it reran; the steps after it still rerun', () => {
    const text = 'FROM alpine:3.24\nRUN apk add curl\nCOPY --link app /app\nRUN /app/check\n';
    expect(reruns(text, ['line:2'])).toEqual(['2:run', '3:kept', '4:run']);
    expect(reruns(text.replace('--link ', ''), ['line:2'])).toEqual(['2:run', '3:run', '4:run']);
  });
});

describe('parseChange', () => {
  it('reads paths, arg:, base: and line:', () => {
    expect(parseChange('./src/app.ts')).toEqual({ok: true, change: {kind: 'path', path: '/src/app.ts', written: './src/app.ts'}});
    expect(parseChange('arg:NODE_VERSION').ok).toBe(true);
    expect(parseChange('line:12')).toEqual({ok: true, change: {kind: 'line', line: 12, written: 'line:12'}});
  });
  it('refuses empty, hostile and oversized values with a reason', () => {
    for (const bad of ['', 'arg:1x', 'line:zero', 'base:', 'a\u0000b', 'x'.repeat(501)]) {
      const parsed = parseChange(bad);
      expect(parsed.ok).toBe(false);
    }
  });
  it('is not computed without changes', () => {
    expect(analyze(manifestsFirst).cache).toBeNull();
  });
});
