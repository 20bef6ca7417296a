import type {Diagnostic, Severity} from '../types';

/** `report --fail-on`: the lowest severity that fails the run. */
export type FailOn = 'error' | 'warning';

const rank: Record<Severity, number> = {info: 0, warning: 1, error: 2};

/** True when a diagnostic at or above `failOn` exists (the report then exits 1); never with `failOn` null. */
export function reportFails(diagnostics: readonly Pick<Diagnostic, 'severity'>[], failOn: FailOn | null): boolean {
  if (failOn === null) return false;
  return diagnostics.some((diagnostic) => rank[diagnostic.severity] >= rank[failOn]);
}

/** How many diagnostics there are of each severity. */
export function countBySeverity(diagnostics: readonly Pick<Diagnostic, 'severity'>[]): Record<Severity, number> {
  const counts: Record<Severity, number> = {error: 0, warning: 0, info: 0};
  for (const diagnostic of diagnostics) counts[diagnostic.severity] += 1;
  return counts;
}
