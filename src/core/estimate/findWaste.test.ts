/**
 * Waste found before the build, with figures worked by hand from artifactFigures (node_modules: 4.5 MB of
 * production and 102.5 MB of devDependencies; apt lists: 19 MB) and the base image's catalog figure.
 */
import {describe, expect, it} from 'vitest';
import {analyze} from '../analyze';
import {lookupBaseImage} from './lookupBaseImage';

const MB = 1_000_000;
const waste = (text: string) => analyze(text).estimate.waste;
const kinds = (text: string) => waste(text).map((finding) => `${finding.kind}@${finding.line}`);
const base = (ref: string) => lookupBaseImage(ref).bytes!;

describe('chown/chmod over files of earlier layers', () => {
  const text = 'FROM node:24-slim\nWORKDIR /app\nCOPY package.json package-lock.json ./\nRUN npm ci --omit=dev\nRUN chown -R node:node /app\n';

  it('stores them again: the 4.5 MB of production node_modules, from lines 3 and 4', () => {
    const finding = waste(text).find((w) => w.kind === 'ownership-change')!;
    expect(finding).toMatchObject({line: 5, bytes: 4.5 * MB, relatedLines: [3, 4]});
    expect(finding.fix).toContain('COPY --chown=');
  });

  it('counts against the efficiency: 1 - 4.5 / (base + 4.5 + 4.5) MB', () => {
    const total = base('node:24-slim') + 4.5 * MB + 4.5 * MB;
    expect(analyze(text).estimate.efficiency).toBeCloseTo(1 - (4.5 * MB) / total, 4);
  });

  it('chmod -R too, with COPY --chmod as the fix; a chown in the same RUN as the install is not waste', () => {
    const chmod = waste('FROM node:24-slim\nWORKDIR /app\nCOPY package*.json ./\nRUN npm ci --omit=dev\nRUN chmod -R g+w /app\n');
    expect(chmod.find((w) => w.kind === 'ownership-change')).toMatchObject({line: 5, bytes: 4.5 * MB});
    expect(chmod.find((w) => w.kind === 'ownership-change')!.fix).toContain('--chmod=');
    // In the same RUN as the install, node_modules is written once; only the copied package files (size unknown) are stored again.
    const sameRun = waste('FROM node:24-slim\nWORKDIR /app\nCOPY package*.json ./\nRUN npm ci --omit=dev && npm cache clean --force && chown -R node /app\n');
    expect(sameRun).toEqual([expect.objectContaining({kind: 'ownership-change', line: 4, bytes: null, relatedLines: [3]})]);
  });

  it('a chown of a path nothing was copied to, or without -R on a folder, stores nothing again', () => {
    expect(
      kinds('FROM node:24-slim\nWORKDIR /app\nCOPY package*.json ./\nRUN npm ci --omit=dev --cache /tmp/c && rm -rf /tmp/c\nRUN chown -R node /srv\n'),
    ).toEqual([]);
    expect(
      kinds('FROM node:24-slim\nWORKDIR /app\nCOPY package*.json ./\nRUN npm ci --omit=dev --cache /tmp/c && rm -rf /tmp/c\nRUN chown node /app\n'),
    ).toEqual([]);
  });
});

describe('files deleted in a later layer', () => {
  const text = 'FROM python:3.14-slim\nRUN apt-get update && apt-get install -y --no-install-recommends curl\nRUN rm -rf /var/lib/apt/lists/*\n';

  it('still ship: the 19 MB of apt lists from line 2, deleted on line 3', () => {
    expect(waste(text)).toEqual([expect.objectContaining({kind: 'deleted-later', line: 2, bytes: 19 * MB, relatedLines: [3]})]);
  });

  it('efficiency 1 - 19 / (base + 19) MB', () => {
    expect(analyze(text).estimate.efficiency).toBeCloseTo(1 - (19 * MB) / (base('python:3.14-slim') + 19 * MB), 4);
  });

  it('deleted in the same RUN they never reach a layer; a second install adds to the first and deletes nothing', () => {
    const clean = 'FROM python:3.14-slim\nRUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*\n';
    expect(kinds(clean)).toEqual([]);
    expect(analyze(clean).estimate.efficiency).toBe(1);
    expect(kinds('FROM python:3.14-slim\nRUN pip install --no-cache-dir flask\nRUN pip install --no-cache-dir gunicorn\n')).toEqual([]);
  });

  it('devDependencies pruned in a later RUN: the 102.5 MB still ship', () => {
    const text = 'FROM node:24-slim\nWORKDIR /app\nCOPY package*.json ./\nRUN --mount=type=cache,target=/root/.npm npm ci\nRUN npm prune --omit=dev\n';
    expect(waste(text)).toEqual([expect.objectContaining({kind: 'deleted-later', line: 4, bytes: 102.5 * MB, relatedLines: [5]})]);
  });
});

describe('package-manager caches and lists left in a layer', () => {
  it('apt lists without rm in the same RUN: 19 MB on line 2', () => {
    const findings = waste('FROM python:3.14-slim\nRUN apt-get update && apt-get install -y --no-install-recommends curl\n');
    expect(findings).toEqual([expect.objectContaining({kind: 'package-cache', line: 2, bytes: 19 * MB})]);
    expect(findings[0]!.fix).toContain('rm -rf /var/lib/apt/lists/*');
  });

  it('pip without --no-cache-dir (size unknown); with it, or PIP_NO_CACHE_DIR, none', () => {
    const findings = waste('FROM python:3.14-slim\nRUN pip install flask\n');
    expect(findings).toEqual([expect.objectContaining({kind: 'package-cache', line: 2, bytes: null})]);
    expect(findings[0]!.fix).toContain('--no-cache-dir');
    expect(kinds('FROM python:3.14-slim\nRUN pip install --no-cache-dir flask\n')).toEqual([]);
    expect(kinds('FROM python:3.14-slim\nENV PIP_NO_CACHE_DIR=1\nRUN pip install flask\n')).toEqual([]);
  });

  it("npm's cache in /root/.npm; a cache mount or npm cache clean keeps it out", () => {
    const findings = waste('FROM node:24-slim\nWORKDIR /app\nCOPY package*.json ./\nRUN npm ci --omit=dev\n');
    expect(findings).toEqual([expect.objectContaining({kind: 'package-cache', line: 4, bytes: null})]);
    expect(findings[0]!.fix).toContain('--mount=type=cache,target=/root/.npm');
    expect(kinds('FROM node:24-slim\nWORKDIR /app\nCOPY package*.json ./\nRUN --mount=type=cache,target=/root/.npm npm ci --omit=dev\n')).toEqual([]);
  });

  it('apk update or apk add --update without --no-cache keeps the index; --no-cache does not', () => {
    expect(kinds('FROM alpine:3.24\nRUN apk update && apk add curl\n')).toEqual(['package-cache@2']);
    expect(kinds('FROM alpine:3.24\nRUN apk add --update curl\n')).toEqual(['package-cache@2']);
    expect(waste('FROM alpine:3.24\nRUN apk add --update curl\n')[0]!.fix).toContain('--no-cache');
    expect(kinds('FROM alpine:3.24\nRUN apk add --no-cache curl\n')).toEqual([]);
  });

  it('a cache in a build stage is not waste in the final image', () => {
    expect(kinds('FROM python:3.14-slim AS build\nRUN pip install flask\nFROM python:3.14-slim\nCMD ["python"]\n')).toEqual([]);
  });
});

describe('whole trees copied in', () => {
  it('COPY --from=build / / brings the whole filesystem of the build stage', () => {
    const text =
      'FROM golang:1.27 AS build\nWORKDIR /src\nCOPY . .\nRUN CGO_ENABLED=0 go build -o /out/server .\n\nFROM gcr.io/distroless/static-debian13\nCOPY --from=build / /\nENTRYPOINT ["/out/server"]\n';
    const analysis = analyze(text);
    const finding = analysis.estimate.waste.find((w) => w.kind === 'whole-filesystem-copy')!;
    // Everything of known size the build stage holds: the golang image and the 20 MB Go binary (artifactFigures).
    expect(finding).toMatchObject({line: 7, bytes: base('golang:1.27') + 20 * MB});
  });

  it('not in an export stage (FROM scratch, no CMD or ENTRYPOINT): copying everything out is its point', () => {
    const text =
      'FROM golang:1.27 AS build\nWORKDIR /src\nCOPY . .\nRUN CGO_ENABLED=0 go build -o /out/server .\n\nFROM scratch AS export\nCOPY --from=build /out /\n';
    expect(kinds(text)).toEqual([]);
    expect(kinds(text.replace('/out /', '/ /'))).not.toContain('whole-filesystem-copy@7');
  });

  it("a build stage's whole working directory: 4.5 + 102.5 = 107 MB of node_modules, with the sources", () => {
    const text =
      'FROM node:24 AS build\nWORKDIR /app\nCOPY package*.json ./\nRUN --mount=type=cache,target=/root/.npm npm ci\nCOPY . .\nRUN npm run build\n\nFROM node:24-slim\nWORKDIR /app\nCOPY --from=build /app /app\nCMD ["node", "dist/server.js"]\n';
    expect(waste(text)).toEqual([expect.objectContaining({kind: 'whole-workdir-copy', line: 10, bytes: 107 * MB})]);
    expect(kinds(text.replace('COPY --from=build /app /app', 'COPY --from=build /app/dist ./dist'))).toEqual([]);
  });
});

describe('efficiency', () => {
  it('is null when the final size is unknown, 1 with nothing wasted', () => {
    expect(analyze('FROM example.com/unknown:1\nRUN rm -rf /tmp/x\n').estimate.efficiency).toBeNull();
    expect(analyze('FROM node:24-slim\nCMD ["node"]\n').estimate.efficiency).toBe(1);
  });
});
