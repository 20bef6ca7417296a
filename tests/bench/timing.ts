/** Median timings for the benchmarks: the steady state after a warm-up, as the editor re-analyses on every keystroke. */
import {median} from './comparisonTable';

/**
 * Median of `runs` timed runs after a warm-up of about half a second: the editor re-analyses on every
 * keystroke, so the steady state is what a reader feels. The cold first run is reported separately.
 */
export function time(runs: number, work: () => void): number {
  const warmUntil = performance.now() + 500;
  for (let i = 0; i < 2000 && performance.now() < warmUntil; i++) work();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    work();
    samples.push(performance.now() - start);
  }
  return median(samples);
}
