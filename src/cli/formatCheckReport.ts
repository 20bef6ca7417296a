import type {CheckReport} from '../core';

/** `check --format text`: one line per check, failed required checks first in the eye, then the verdict. */
export function formatCheckReport(report: CheckReport, title: string, file: string): string {
  const out: string[] = [`${report.exercise} (${title}): checking ${file}`];
  for (const check of report.checks) {
    const mark = check.passed ? 'pass' : check.required ? 'FAIL' : 'tip ';
    const kind = check.required ? 'required' : 'advice';
    const line = check.line === null ? '' : `, line ${check.line}`;
    out.push(`  [${mark}] ${check.id} (${kind}${line})`);
    out.push(`         ${check.message}`);
  }
  if (report.error !== null) out.push(`Note: BuildKit would refuse this file: ${report.error}`);
  const required = report.checks.filter((check) => check.required);
  const failed = required.filter((check) => !check.passed).length;
  out.push(
    report.passed
      ? `Passed: all ${required.length} required checks pass.`
      : `Not passed: ${failed} of ${required.length} required check${required.length === 1 ? '' : 's'} failed.`,
  );
  return `${out.join('\n')}\n`;
}
