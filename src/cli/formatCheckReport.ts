import type {CheckReport, CheckResult} from '../core';
import {firstStepSentence, firstToFix, groupChecks, type CheckGroup} from '../exercises/groupChecks';

function heading(check: CheckResult, indent: string): string {
  const mark = check.passed ? 'pass' : check.required ? 'FAIL' : 'tip ';
  const kind = check.required ? 'required' : 'advice';
  const line = check.line === null ? '' : `, line ${check.line}`;
  return `${indent}[${mark}] ${check.id} (${kind}${line})`;
}

/** One check, then the failures it explains, each message once under the checks that share it. */
function formatGroup(group: CheckGroup): string[] {
  const out = [heading(group.check, '  '), `         ${group.check.message}`];
  if (group.dependents.length === 0) return out;
  out.push('         Also fails because of this:');
  for (const dependent of group.dependents) {
    for (const check of dependent.checks) out.push(heading(check, '           '));
    out.push(`                  ${dependent.message}`);
  }
  return out;
}

/**
 * `check --format text`: one entry per check, the failures another failure explains folded under it,
 * then the verdict with what to fix first.
 */
export function formatCheckReport(report: CheckReport, title: string, file: string): string {
  const groups = groupChecks(report);
  const out: string[] = [`${report.exercise} (${title}): checking ${file}`, ...groups.flatMap(formatGroup)];
  if (report.error !== null) out.push(`Note: BuildKit would refuse this file: ${report.error}`);
  const required = report.checks.filter((check) => check.required);
  const failed = required.filter((check) => !check.passed).length;
  const first = firstToFix(groups);
  out.push(
    report.passed
      ? `Passed: all ${required.length} required checks pass.`
      : `Not passed: ${failed} of ${required.length} required check${required.length === 1 ? '' : 's'} failed.${first ? ` ${firstStepSentence(first)}` : ''}`,
  );
  return `${out.join('\n')}\n`;
}
