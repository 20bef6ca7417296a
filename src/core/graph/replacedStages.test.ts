import {describe, expect, it} from 'vitest';
import {analyze} from '../analyze';
import {toMermaid} from './toMermaid';

const chain = [
  'FROM alpine:3.22 AS tools',
  'RUN echo hi > /x',
  'FROM node:24-alpine AS deps',
  'COPY --from=tools /x /x',
  'RUN npm ci',
  'FROM node:24-alpine AS app',
  'COPY --from=deps /app/node_modules ./node_modules',
  'CMD ["node", "server.js"]',
  '',
].join('\n');

const codes = (text: string, buildContexts: string[]) => analyze(text, {buildContexts}).diagnostics.map((d) => `${d.code}:${d.severity}`);

describe('a build context that replaces a stage (BuildKit runs none of its instructions)', () => {
  it('builds neither the stage nor what only it needed, and every view says so', () => {
    const plain = analyze(chain);
    expect([plain.builtStages, plain.replacedStages]).toEqual([[0, 1, 2], []]);

    const analysis = analyze(chain, {buildContexts: ['deps']});
    expect(analysis.replacedStages).toEqual([1]);
    expect(analysis.builtStages).toEqual([2]);
    expect(analysis.plan.stages).toEqual([2]);
    expect(analysis.plan.skipped).toEqual([
      {stage: 0, reason: 'only a stage that a build context replaces needs it, so nothing of it is built'},
      {stage: 1, reason: 'a build context named "deps" replaces it: BuildKit loads the context and runs none of its instructions'},
    ]);
    const chart = toMermaid(analysis, {contexts: ['deps']});
    expect(chart).toContain('s1["deps<br/>replaced by a build context"]');
    expect(chart).toContain('class s0,s1 skipped');
  });

  it('copies from the context, not from the stage as the file writes it', () => {
    const copied = (buildContexts: string[]) =>
      analyze(chain, {buildContexts})
        .contents[2]!.entries.filter((entry) => entry.item.paths.includes('/node_modules'))
        .map((entry) => entry.item.label);
    expect(copied([])).toEqual(['/app/node_modules from the image node:24-alpine (Alpine, Node.js runtime)']);
    expect(copied(['deps'])).toEqual(['/app/node_modules from the build context "deps"']);
    const replaced = analyze(chain, {buildContexts: ['deps']}).contents[1]!;
    expect(replaced.entries.map((entry) => [entry.item.label, entry.item.bytes])).toEqual([['the build context "deps"', null]]);
  });

  it('replaces a stage built on another stage with the context, inheriting nothing from its parent', () => {
    const text = 'FROM node:24-alpine AS base\nRUN echo hi > /big\nFROM base AS deps\nRUN npm ci\nFROM node:24-alpine AS app\nCOPY --from=deps /app /app\n';
    const analysis = analyze(text, {buildContexts: ['deps']});
    expect(analysis.contents[1]!.entries.map((entry) => [entry.item.label, entry.item.bytes])).toEqual([['the build context "deps"', null]]);
    expect(analysis.contents[2]!.entries.map((entry) => entry.item.label)).toContain('/app from the build context "deps"');
  });

  it('sizes a FROM that names a context as unknown, not as the catalog image of that name', () => {
    const text = 'FROM alpine AS app\nRUN echo hi\n';
    expect(analyze(text).contents[0]!.baseKnown).toBe(true);
    const stage = analyze(text, {buildContexts: ['alpine']}).contents[0]!;
    expect([stage.baseKnown, stage.entries[0]!.item.label]).toEqual([false, 'the build context "alpine"']);
  });

  it('refuses a forward reference only where BuildKit still dispatches the stage', () => {
    const inReplaced =
      'FROM alpine:3.22 AS deps\nCOPY --from=late /x /x\nFROM alpine:3.22 AS late\nRUN true\nFROM alpine:3.22 AS app\nCOPY --from=deps /x /x\n';
    expect(codes(inReplaced, [])).toContain('DL3022:error');
    // The replaced stage is never dispatched, so its COPY is never checked.
    expect(codes(inReplaced, ['deps'])).toContain('DL3022:warning');
    expect(codes(inReplaced, ['deps'])).not.toContain('DL3022:error');

    // A stage the replaced one copies from is still dispatched (its sources stay in the graph), so it still fails.
    const inSource = `FROM alpine:3.22 AS tools\nCOPY --from=late /x /x\nFROM alpine:3.22 AS deps\nCOPY --from=tools /y /y\nFROM alpine:3.22 AS late\nRUN true\nFROM alpine:3.22 AS app\nCOPY --from=deps /x /x\n`;
    expect(codes(inSource, ['deps'])).toContain('DL3022:error');
  });

  it('keeps the structural UnusedStage judgement of a plain build', () => {
    expect(codes(chain, ['deps']).filter((code) => code.startsWith('UnusedStage'))).toEqual([]);
  });
});
