/** Median timings for the benchmarks: the first runs after the cold one, and the steady state V8 settles into. */
import {median} from './comparisonTable';

export interface Timing {
  /** Median of the first `runs` runs after the cold one: what the first minutes of typing in the lab feel like. */
  earlyMs: number;
  /**
   * The lowest batch median once batches stop getting faster: the steady state the budgets are held to. The
   * lowest, as Python's timeit takes, because a shared machine only ever adds time to a batch.
   */
  steadyMs: number;
  /** How many runs it took to reach the steady state (or the time limit). */
  warmRuns: number;
}

/** A batch is no longer "faster" unless its median beats the best so far by more than this share. */
const improvementThreshold = 0.03;
/** Batches in a row without such an improvement that count as settled. */
const settledBatches = 4;
const defaultWarmUpLimitMs = 10_000;

/** A batch lasts at least this long, so a plateau is judged over time rather than over a fixed number of runs. */
const minBatchMs = 250;

function batchMedian(runs: number, work: () => void, minMs: number): {ms: number; runs: number} {
  const samples: number[] = [];
  const startedAt = performance.now();
  for (let i = 0; i < runs || performance.now() - startedAt < minMs; i++) {
    const start = performance.now();
    work();
    samples.push(performance.now() - start);
  }
  return {ms: median(samples), runs: samples.length};
}

/**
 * Times `work` in batches (after one cold run the caller makes itself). The first batch, `runs` runs, is the
 * early figure. Later batches last at least a quarter of a second each and go on until `settledBatches` in a
 * row are no faster than the best so far, and the best is the steady state. A fixed warm-up would stop at a
 * different point for code of a different size, since V8 optimises a few hundred small functions only after
 * thousands of calls. Both sides of a comparison are timed by this same rule.
 */
export function time(runs: number, work: () => void, warmUpLimitMs = defaultWarmUpLimitMs): Timing {
  const startedAt = performance.now();
  const earlyMs = batchMedian(runs, work, 0).ms;
  let best = earlyMs;
  let withoutImprovement = 0;
  let warmRuns = runs;
  while (withoutImprovement < settledBatches && performance.now() - startedAt < warmUpLimitMs) {
    const batch = batchMedian(runs, work, minBatchMs);
    warmRuns += batch.runs;
    if (batch.ms < best * (1 - improvementThreshold)) withoutImprovement = 0;
    else withoutImprovement++;
    best = Math.min(best, batch.ms);
  }
  return {earlyMs, steadyMs: best, warmRuns};
}
