import {readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {analyze} from '../../src/core/analyze';
import {formatBytes} from '../../src/core/estimate/formatBytes';
import {docsRoot} from './docs';

/** The sizes chapter 1 quotes must be what the estimate says for its own two examples. */
describe('chapter 1 quotes the estimate of its own examples', () => {
  const text = readFileSync(path.join(docsRoot, 'tutorial/01-why-multi-stage-builds/index.mdx'), 'utf8');
  const examples = [...text.matchAll(/```dockerfile\n([\s\S]*?)```\s*<\/DockerfilePlayground>/g)].map((m) => m[1]!);
  const quoted = /≈ ([\d.]+ [kMG]B) for the single-stage image and ≈ ([\d.]+ [kMG]B) for the multi-stage one, (\d+)% less/.exec(text);

  it('has the before and after examples and the sentence quoting them', () => {
    expect(examples).toHaveLength(2);
    expect(quoted).not.toBeNull();
  });

  it('quotes the figures the contents panel shows', () => {
    const before = analyze(examples[0]!).estimate;
    const after = analyze(examples[1]!).estimate;
    expect(quoted![1]).toBe(formatBytes(before.final!.bytes!));
    expect(quoted![2]).toBe(formatBytes(after.final!.bytes!));
    expect(Number(quoted![3])).toBe(Math.round(after.savings.percent!));
    expect(after.singleStage.bytes).toBe(before.final!.bytes);
  });
});
