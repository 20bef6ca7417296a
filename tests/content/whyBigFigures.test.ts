import {readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {analyze} from '../../src/core/analyze';
import {formatBytes} from '../../src/core/estimate/formatBytes';
import {docsRoot} from './docs';

/** The worked efficiency example of "Why is my image big?" must be what the lab shows for its own examples. */
describe('"Why is my image big?" quotes the estimate of its own examples', () => {
  const text = readFileSync(path.join(docsRoot, 'tutorial/08a-why-is-my-image-big/index.mdx'), 'utf8');
  const examples = [...text.matchAll(/```dockerfile\n([\s\S]*?)```\s*<\/DockerfilePlayground>/g)].map((m) => m[1]!);
  const quoted =
    /For the lab's file: ([\d.]+ MB) of `node:24-slim`, ([\d.]+ MB) of apt lists and ([\d.]+ MB) of production `node_modules` make ([\d.]+ MB)\. The `chown` on line (\d+) stores the ([\d.]+ MB) again, for a total of ([\d.]+ MB), ([\d.]+ MB) of it wasted: 1 − [\d.]+ ÷ [\d.]+ ≈ ([\d.]+)%/.exec(
      text,
    );
  const smaller = /The files of the final image are ([\d.]+ MB) smaller, and its layers ([\d.]+ MB) smaller/.exec(text);

  it('has the two examples and the sentences quoting them', () => {
    expect(examples).toHaveLength(2);
    expect(quoted).not.toBeNull();
    expect(smaller).not.toBeNull();
  });

  it('quotes the breakdown, the waste and the efficiency the lab shows', () => {
    const {estimate} = analyze(examples[0]!);
    const [base, apt, modules] = estimate.breakdown.filter((part) => part.bytes !== null);
    const chown = estimate.waste.find((finding) => finding.kind === 'ownership-change')!;
    expect([quoted![1], quoted![2], quoted![3]]).toEqual([base, apt, modules].map((part) => formatBytes(part!.bytes!)));
    expect(quoted![4]).toBe(formatBytes(estimate.final!.bytes!));
    expect(Number(quoted![5])).toBe(chown.line);
    expect(quoted![6]).toBe(formatBytes(chown.bytes!));
    expect(quoted![7]).toBe(formatBytes(estimate.final!.bytes! + chown.bytes!));
    expect(quoted![9]).toBe((estimate.efficiency! * 100).toFixed(1));
  });

  it('quotes what fixing the waste saves, and the fixed file has none', () => {
    const before = analyze(examples[0]!).estimate;
    const after = analyze(examples[1]!).estimate;
    expect(smaller![1]).toBe(formatBytes(before.final!.bytes! - after.final!.bytes!));
    // Layers hold the files plus what a chown stores again (caches still in the image are files like any other).
    const storedAgain = (estimate: typeof before) => estimate.waste.filter((finding) => finding.kind === 'ownership-change');
    const layers = (estimate: typeof before) => estimate.final!.bytes! + storedAgain(estimate).reduce((sum, finding) => sum + (finding.bytes ?? 0), 0);
    expect(smaller![2]).toBe(formatBytes(layers(before) - layers(after)));
    expect(after.waste).toEqual([]);
    expect(after.efficiency).toBe(1);
  });
});
