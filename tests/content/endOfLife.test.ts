import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {analyze} from '../../src/core/analyze';
import {supportStatus, type EndOfLife} from '../../src/core/catalog/supportWindows';
import {readDocs} from './docs';
import {docsDockerfiles, exerciseDockerfiles, exerciseFiles, hasFlag, type DockerfileExample} from './dockerfileExamples';

/**
 * The end-of-life gate: no page and no exercise may show a base image whose line has reached its end of life,
 * except inside a ```dockerfile block marked `eol-example` on a page that teaches about end of life.
 */
const today = new Date();
const optOut = 'eol-example';
const teachesEndOfLife = /end[- ]of[- ]life/i;

/** Words that could be image references: `node:20-slim`, `gcr.io/distroless/static-debian12`. */
const candidatePattern = /[a-z0-9][a-z0-9._/-]*(?::[a-z0-9_][a-z0-9._-]*)?/gi;

/** `node:20-slim (node 20 ended 2026-04-30; use node:24)`; "ended by" for a line older than the table lists. */
function explain({reference, line, window}: EndOfLife): string {
  const when = line === window.line ? 'ended' : 'ended by';
  return `${reference} (${window.image} ${line} ${when} ${window.endOfLife}; use ${window.moveTo})`;
}

function endOfLifeIn(text: string): string[] {
  const found = [...text.matchAll(candidatePattern)]
    .map((match) => supportStatus(match[0], today))
    .filter((status) => status !== null)
    .map(explain);
  return [...new Set(found)];
}

/** Line numbers (1-based, in the file) that an opted-out block covers. */
function optedOutLines(blocks: readonly DockerfileExample[]): Set<number> {
  const lines = new Set<number>();
  for (const block of blocks.filter((b) => hasFlag(b.meta, optOut))) {
    const count = block.text.split('\n').length;
    for (let i = 0; i < count; i++) lines.add(block.line + i);
  }
  return lines;
}

/** Every line of a file that names an end-of-life image, as `file:line: …`. */
function scanLines(file: string, text: string, skip: ReadonlySet<number> = new Set()): string[] {
  return text.split('\n').flatMap((line, index) => (skip.has(index + 1) ? [] : endOfLifeIn(line).map((found) => `${file}:${index + 1}: ${found}`)));
}

/** Base images and --from images after ARG substitution, which a plain scan of the text cannot see. */
function scanAnalysis(example: DockerfileExample): string[] {
  const analysis = analyze(example.text, {target: example.playground?.target ?? null});
  const references = [
    ...analysis.stages.filter((stage) => stage.fromStage === null).map((stage) => ({ref: stage.from, line: stage.line})),
    ...analysis.externalImages.map((image) => ({ref: image.ref, line: image.line})),
  ];
  return references.flatMap(({ref, line}) => {
    const status = supportStatus(ref, today);
    return status ? [`${example.file}:${example.line + line - 1}: ${explain(status)}`] : [];
  });
}

describe('the end-of-life gate', () => {
  it('sees what it is meant to catch', () => {
    expect(endOfLifeIn('FROM node:20-slim AS runtime')).toHaveLength(1);
    expect(endOfLifeIn('start FROM golang:1.22 or gcr.io/distroless/static-debian12:nonroot')).toHaveLength(2);
    expect(endOfLifeIn('FROM node:24-slim, golang:1.27, alpine:3.24')).toEqual([]);
    const withArg = {file: 'x', line: 10, text: 'ARG V=20\nFROM node:${V}-slim\n', meta: '', playground: null};
    expect(scanAnalysis(withArg)).toEqual([expect.stringMatching(/^x:11: node:20-slim/)]);
  });

  describe.each(readDocs().map((doc) => [path.join('docs', doc.relativePath), doc] as const))('%s', (file, doc) => {
    const blocks = docsDockerfiles().filter((block) => block.file === file);
    const optedOut = blocks.filter((block) => hasFlag(block.meta, optOut));

    it('names no end-of-life image outside an eol-example block', () => {
      expect(scanLines(file, doc.text, optedOutLines(blocks))).toEqual([]);
    });

    it('has no Dockerfile whose substituted base or --from image is end-of-life', () => {
      expect(blocks.filter((block) => !hasFlag(block.meta, optOut)).flatMap(scanAnalysis)).toEqual([]);
    });

    if (optedOut.length > 0)
      it('opts out only on a page that teaches end of life, and only blocks that need it', () => {
        expect(doc.text).toMatch(teachesEndOfLife);
        for (const block of optedOut) expect(endOfLifeIn(block.text), `${file}:${block.line}`).not.toEqual([]);
      });
  });

  describe.each(exerciseFiles().map(({file, text}) => [file, text] as const))('%s', (file, text) => {
    it('names no end-of-life image, in Dockerfiles or in goals, hints and explanations', () => {
      expect(scanLines(file, text)).toEqual([]);
    });

    if (file.endsWith('.Dockerfile'))
      it('has no base or --from image that is end-of-life after ARG substitution', () => {
        const example = exerciseDockerfiles().find((candidate) => candidate.file === file)!;
        expect(scanAnalysis(example)).toEqual([]);
      });
  });
});
