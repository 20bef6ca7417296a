/**
 * The base-image what-if of the recipes (docs/tutorial/09-recipes). Worked by hand: the final image on a
 * variant weighs what it weighs now, minus the current base, plus the variant (sizes from the catalog);
 * what breaks follows from the recipe's lines and the variant's traits.
 */
import {readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {analyze} from '../../src/core/analyze';
import {withBaseImage} from '../../src/core/estimate/alternatives';
import {lookupBaseImage} from '../../src/core/estimate/lookupBaseImage';
import {dockerfileBlocksOf} from '../content/dockerfileExamples';

const MB = 1_000_000;
const size = (ref: string) => lookupBaseImage(ref).bytes;

function recipe(file: string, index = 0): string {
  const mdx = path.resolve(__dirname, '../../docs/tutorial/09-recipes', file);
  return dockerfileBlocksOf(file, readFileSync(mdx, 'utf8')).filter((block) => block.playground !== null)[index]!.text;
}

function whatIf(text: string) {
  const {estimate} = analyze(text);
  return {final: estimate.final!.bytes!, alternatives: new Map(estimate.alternatives.map((a) => [a.image, a]))};
}

describe('what-if of the Node.js recipe (node:24-slim)', () => {
  const {final, alternatives} = whatIf(recipe('01-node.mdx'));

  it('final image: node:24-slim + 4.5 MB of production node_modules (dist and package.json unknown)', () => {
    expect(final).toBe(size('node:24-slim')! + 4.5 * MB);
  });

  it('node:24-alpine: base swapped, musl breaks native modules', () => {
    const alpine = alternatives.get('node:24-alpine')!;
    expect(alpine.bytes).toBe(final - size('node:24-slim')! + size('node:24-alpine')!);
    expect(alpine.breaks).toEqual(['musl instead of glibc: native Node modules (node-gyp addons) built against glibc in another stage will not load']);
  });

  it('distroless: node is the image\'s ENTRYPOINT, so CMD ["node", …] on line 26 would run node twice', () => {
    const distroless = alternatives.get('gcr.io/distroless/nodejs24-debian13')!;
    expect(distroless.bytes).toBe(final - size('node:24-slim')! + size('gcr.io/distroless/nodejs24-debian13')!);
    expect(distroless.breaks).toEqual([expect.stringMatching(/ENTRYPOINT \["\/nodejs\/bin\/node"\].*line 26/)]);
  });

  it('node:24 (full) breaks nothing and weighs more', () => {
    expect(alternatives.get('node:24')).toMatchObject({breaks: []});
    expect(alternatives.get('node:24')!.bytes!).toBeGreaterThan(final);
  });
});

describe('what-if of the Go recipes', () => {
  it('on distroless static:nonroot: scratch loses the CA certificates and the non-root default user', () => {
    const {final, alternatives} = whatIf(recipe('02-go.mdx'));
    // 20 MB Go binary (artifactFigures) on the distroless static image.
    expect(final).toBe(size('gcr.io/distroless/static-debian13')! + 20 * MB);
    expect(alternatives.get('scratch')).toEqual(
      expect.objectContaining({
        bytes: 20 * MB,
        breaks: [expect.stringMatching(/^no CA certificates/), 'runs as root (uid 0) instead of nonroot (uid 65532) by default'],
      }),
    );
  });

  it('on scratch with the certificates copied and USER 65532: distroless, alpine and debian slim break nothing', () => {
    const {final, alternatives} = whatIf(recipe('02-go.mdx', 1));
    expect(final).toBe(20 * MB);
    for (const image of ['gcr.io/distroless/static-debian13', 'alpine:3.24', 'debian:trixie-slim']) {
      expect(alternatives.get(image)).toEqual(expect.objectContaining({bytes: 20 * MB + size(image)!, breaks: []}));
    }
  });
});

describe('what-if of the Python recipe (python:3.14-slim)', () => {
  const {final, alternatives} = whatIf(recipe('03-python.mdx'));

  it('alpine: no useradd on line 16, and the venv built on glibc will not load on musl', () => {
    const alpine = alternatives.get('python:3.14-alpine')!;
    expect(alpine.bytes).toBe(final - size('python:3.14-slim')! + size('python:3.14-alpine')!);
    expect(alpine.breaks).toEqual([
      'no useradd or groupadd (Alpine has BusyBox adduser and addgroup): line 16',
      'musl instead of glibc: Python packages with C extensions (manylinux wheels) built against glibc in another stage will not load',
    ]);
  });
});

describe('what-if of the Java recipe (eclipse-temurin:21-jre)', () => {
  const {final, alternatives} = whatIf(recipe('04-java.mdx'));

  it('distroless java: the RUN that adds the user on line 15 has no shell to run in', () => {
    const distroless = alternatives.get('gcr.io/distroless/java21-debian13')!;
    expect(distroless.bytes).toBe(final - size('eclipse-temurin:21-jre')! + size('gcr.io/distroless/java21-debian13')!);
    expect(distroless.breaks).toEqual(['no shell: the RUN on line 15 needs /bin/sh']);
  });

  it('the alpine JRE: useradd missing, JNI libraries built for glibc would not load', () => {
    expect(alternatives.get('eclipse-temurin:21-jre-alpine')!.breaks).toEqual([
      'no useradd or groupadd (Alpine has BusyBox adduser and addgroup): line 15',
      'musl instead of glibc: native libraries a jar loads through JNI (plain bytecode is fine) built against glibc in another stage will not load',
    ]);
  });
});

describe('trying an alternative', () => {
  it("replaces the image in the final chain's FROM line, keeping flags and the stage name", () => {
    const text = 'FROM node:24 AS build\nRUN npm ci\n\nFROM --platform=$BUILDPLATFORM node:24-slim AS runtime\nCMD ["node", "server.js"]\n';
    const analysis = analyze(text);
    expect(withBaseImage(text, analysis.stages, analysis.contents, 1, 'node:24-alpine')).toBe(text.replace('node:24-slim AS', 'node:24-alpine AS'));
  });

  it('through FROM <stage>: the FROM line of the chain root', () => {
    const text = 'FROM python:3.14-slim AS base\nFROM base AS runtime\nCMD ["python"]\n';
    const analysis = analyze(text);
    expect(withBaseImage(text, analysis.stages, analysis.contents, 1, 'python:3.14-alpine')).toBe(text.replace('python:3.14-slim', 'python:3.14-alpine'));
  });

  it('null when the FROM line is not one line as written', () => {
    const text = 'FROM \\\n  node:24-slim\nCMD ["node"]\n';
    const analysis = analyze(text);
    expect(withBaseImage(text, analysis.stages, analysis.contents, 0, 'node:24-alpine')).toBeNull();
  });

  it('keeps the version the Dockerfile uses (node:22-slim suggests node:22-alpine)', () => {
    expect(analyze('FROM node:22-slim\nCMD ["node", "server.js"]\n').estimate.alternatives.map((a) => a.image)).toContain('node:22-alpine');
  });
});
