import {describe, expect, it} from 'vitest';
import {analyze, maxAnalysedCharacters} from '../../src/core/analyze';
import {toMermaid} from '../../src/core/graph/toMermaid';
import {expectConsistent} from './expectConsistent';

/** Hostile inputs: each must get an answer, without a crash or a hang (the test timeout is the guard). */
describe('hostile input', () => {
  it('a 5 MB file is analysed up to the size limit, with a diagnostic saying so', () => {
    const stage = (i: number) => `FROM node:20 AS s${i}\nRUN npm ci\nCOPY --from=s${Math.max(0, i - 1)} /a /b\n`;
    let text = '';
    for (let i = 0; text.length < 5_000_000; i++) text += stage(i);
    const analysis = analyze(text);
    expect(analysis.diagnostics.map((d) => d.code)).toContain('FileTooLarge');
    expect(analysis.stages.length).toBeGreaterThan(1000);
    const analysedLines = analysis.diagnostics.find((d) => d.code === 'FileTooLarge')!.line;
    expect(text.split('\n').slice(0, analysedLines).join('\n').length).toBeLessThanOrEqual(maxAnalysedCharacters);
  }, 60_000);

  it('a 3,000-stage chain builds all 3,000 stages for the last target', () => {
    const lines = ['FROM alpine:3.20 AS s0'];
    for (let i = 1; i < 3000; i++) lines.push(`FROM s${i - 1} AS s${i}`, `COPY --from=s${i - 1} /x /x`);
    const text = lines.join('\n');
    const analysis = analyze(text);
    expect(analysis.stages).toHaveLength(3000);
    expect(analysis.builtStages).toHaveLength(3000);
    expect(analysis.error).toBeNull();
    expectConsistent(analysis, text);
    expect(toMermaid(analysis).split('\n').length).toBeGreaterThan(3000);
  }, 60_000);

  it('a copy cycle through 3,000 stages is found without overflowing the stack', () => {
    const lines: string[] = [];
    for (let i = 0; i < 3000; i++) lines.push(`FROM alpine:3.20 AS s${i}`, `COPY --from=s${(i + 1) % 3000} /x /x`);
    const analysis = analyze(lines.join('\n'));
    expect(analysis.error).toBe('circular dependency detected on stage: s0');
  }, 60_000);

  it('50,000 continuation lines form one instruction', () => {
    const text = `FROM alpine:3.20\nRUN echo \\\n${'  word \\\n'.repeat(50_000)}  end\nFROM alpine:3.20 AS last\n`;
    const analysis = analyze(text);
    expect(analysis.stages.map((s) => s.line)).toEqual([1, 50_004]);
    expect(analysis.stages[0]!.instructions[0]!.range.endLine).toBe(50_003);
  }, 60_000);

  it('random bytes get an answer', () => {
    let seed = 42;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const bytes = Uint8Array.from({length: 300_000}, () => Math.floor(random() * 256));
    const text = new TextDecoder('utf-8', {fatal: false}).decode(bytes);
    const analysis = analyze(text);
    expectConsistent(analysis, text.replace(/\r(?!\n)/g, ' '));
    expect(analysis.error).not.toBeNull();
  }, 60_000);

  it('deeply nested variable syntax in FROM', () => {
    const text = `ARG A=x\nFROM ${'${A:-'.repeat(5000)}alpine${'}'.repeat(5000)}\n`;
    const analysis = analyze(text);
    expect(analysis.stages).toHaveLength(1);
    expect(analysis.diagnostics.map((d) => d.code)).not.toContain('InternalError');
  }, 60_000);
});
