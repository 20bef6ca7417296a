import {describe, expect, it} from 'vitest';
import {analyze} from '../../../src/core/analyze';
import {codesOf} from './lint';

describe('stage and context names', () => {
  it('does not call a stage named after its own base a future stage', () => {
    expect(codesOf('FROM scratch AS scratch\nCOPY a /a\n')).toEqual(['ReservedStageName@1']);
    expect(codesOf('FROM node:24 AS node\nRUN node -v\n')).toEqual([]);
  });

  it('reports a FROM of a later stage once, not also as DL3006', () => {
    expect(codesOf('FROM build AS test\nRUN npm test\nFROM node:24 AS build\nRUN npm run build\n').filter((c) => c !== 'UnusedStage@1')).toEqual([
      'FromFutureStage@1',
    ]);
  });

  it('reports a COPY cycle once, not also as DL3022', () => {
    const codes = codesOf('FROM alpine:3.24 AS a\nCOPY --from=b /b /b\n\nFROM alpine:3.24 AS b\nCOPY --from=a /a /a\n\nFROM alpine:3.24\n');
    expect(codes.filter((c) => !c.startsWith('UnusedStage'))).toEqual(['CircularDependency@2']);
  });

  it('says what BuildKit does with a --from name that is no stage, instead of DL3006', () => {
    const analysis = analyze('FROM nginx:1.29-alpine\nCOPY --from=site /public /usr/share/nginx/html\n');
    expect(analysis.diagnostics.map((d) => d.code)).toEqual(['UnknownStageOrContext']);
    expect(analysis.diagnostics[0]!.message).toContain(
      'not a stage of this file: BuildKit uses a build context of this name if one is passed (docker build --build-context site=…), otherwise pulls site:latest',
    );
  });

  it('is quiet about names passed as build contexts, in --from and FROM', () => {
    const text = 'FROM alpine:3.24 AS build\nCOPY --from=site /public /out\n\nFROM baseimage\nCOPY --from=build /out /srv\n';
    expect(codesOf(text, {buildContexts: ['site', 'baseimage']})).toEqual([]);
    expect(codesOf(text)).toEqual(['UnknownStageOrContext@2', 'UnknownStageOrContext@4']);
  });

  it('keeps DL3006 for a FROM of a known image without a tag (hadolint applies it to FROM)', () => {
    expect(codesOf('FROM node\n')).toEqual(['DL3006@1']);
  });

  it('keeps UndefinedStage for a near-miss of a stage name', () => {
    expect(codesOf('FROM node:24 AS builder\nRUN npm run build\n\nFROM node:24-slim\nCOPY --from=biulder /app/dist /app/dist\n')).toEqual([
      'UnusedStage@1',
      'UndefinedStage@5',
    ]);
  });
});

describe('FROM ${ARG} without a default', () => {
  it('says which --build-arg the file needs and what BuildKit answers without it', () => {
    const analysis = analyze('ARG BASE_IMAGE\nFROM ${BASE_IMAGE}\nRUN true\n');
    expect(analysis.error).toBe('base name (${BASE_IMAGE}) should not be blank');
    const message = analysis.diagnostics.find((d) => d.code === 'BlankBaseName')!.message;
    expect(message).toContain('--build-arg BASE_IMAGE=<image>');
    expect(message).toContain('"base name (${BASE_IMAGE}) should not be blank"');
    expect(analyze('ARG BASE_IMAGE\nFROM ${BASE_IMAGE}\nRUN true\n', {buildArgs: {BASE_IMAGE: 'alpine:3.24'}}).error).toBeNull();
  });
});

describe('final-stage rules on stages nobody ships', () => {
  const build = 'FROM golang:1.27 AS build\nWORKDIR /src\nCOPY . .\nRUN go build -o /out/app .\n\n';

  it('still warn for a final stage that ships', () => {
    expect(codesOf(`${build}FROM golang:1.27\nCOPY . .\nCOPY --from=build /out/app /app\nCMD ["/app"]\n`)).toEqual([
      'ToolchainInFinalStage@6',
      'SourceInFinalStage@7',
    ]);
  });

  it('are quiet for a final test, lint or dev stage, by name or by what it runs', () => {
    for (const final of [
      'FROM build AS test\nRUN go test ./...\n',
      'FROM golang:1.27 AS lint\nCOPY . .\nRUN go vet ./...\n',
      'FROM golang:1.27 AS dev\nCOPY . .\nCMD ["air"]\n',
      'FROM golang:1.27\nCOPY . .\nRUN golangci-lint run\n',
    ]) {
      expect(
        codesOf(`${build}${final}`).filter((c) => /InFinalStage/.test(c)),
        final,
      ).toEqual([]);
    }
  });

  it('are quiet for an interpreter that runs the copied source, not for one that runs a build output', () => {
    const deps = 'FROM python:3.14 AS deps\nCOPY requirements.txt .\nRUN pip wheel -r requirements.txt -w /wheels\n\n';
    const runsSource = `${deps}FROM python:3.14-slim\nCOPY --from=deps /wheels /wheels\nCOPY . /app\nCMD ["python", "/app/main.py"]\n`;
    expect(codesOf(runsSource).filter((c) => /InFinalStage/.test(c))).toEqual([]);
    const node =
      'FROM node:24 AS build\nWORKDIR /app\nCOPY . .\nRUN npm ci && npm run build\n\nFROM node:24-slim\nWORKDIR /app\nCOPY . .\nCOPY --from=build /app/dist ./dist\nCMD ["node", "dist/server.js"]\n';
    expect(codesOf(node).filter((c) => /InFinalStage/.test(c))).toEqual(['SourceInFinalStage@8']);
  });
});
