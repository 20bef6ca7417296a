/**
 * A check report arranged for reading: each failure that explains others (a check result's `because`,
 * decided by the core) leads, with the failures it explains folded under it. The site's check panel and
 * the CLI's text report both show it this way; the JSON keeps the flat list.
 */
import type {CheckReport, CheckResult} from '../core';

/** Failures explained by the same root that also share one message: the message is shown once. */
export interface DependentGroup {
  message: string;
  checks: CheckResult[];
}

export interface CheckGroup {
  check: CheckResult;
  /** The failures this check explains, in report order, grouped by message. */
  dependents: DependentGroup[];
  /** How many failures this check explains. */
  explains: number;
}

/** Every check in report order, except those a failed root explains, which sit under it. */
export function groupChecks(report: CheckReport): CheckGroup[] {
  const ids = new Set(report.checks.map((check) => check.id));
  const isTopLevel = (check: CheckResult): boolean => check.because == null || !ids.has(check.because);
  return report.checks.filter(isTopLevel).map((check) => {
    const explained = report.checks.filter((other) => !isTopLevel(other) && other.because === check.id);
    const dependents: DependentGroup[] = [];
    for (const other of explained) {
      const same = dependents.find((group) => group.message === other.message);
      if (same) same.checks.push(other);
      else dependents.push({message: other.message, checks: [other]});
    }
    return {check, dependents, explains: explained.length};
  });
}

/**
 * What to fix first: among failed checks that are required (or explain a required failure), the one
 * that explains the most other failures; the first in report order on a tie. Null when nothing required fails.
 */
export function firstToFix(groups: readonly CheckGroup[]): CheckGroup | null {
  let best: CheckGroup | null = null;
  for (const group of groups) {
    if (group.check.passed) continue;
    const blocks = group.check.required || group.dependents.some((dependent) => dependent.checks.some((check) => check.required));
    if (blocks && (best === null || group.explains > best.explains)) best = group;
  }
  return best;
}

/** "Start with multiple-stages: 5 other failing checks follow from it." */
export function firstStepSentence(group: CheckGroup): string {
  if (group.explains === 0) return `Start with ${group.check.id}.`;
  const others = group.explains === 1 ? '1 other failing check follows' : `${group.explains} other failing checks follow`;
  return `Start with ${group.check.id}: ${others} from it.`;
}
