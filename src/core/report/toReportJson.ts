import type {Analysis} from '../types';
import {toAnalysisJson} from '../toAnalysisJson';
import {toMermaid} from '../graph/toMermaid';
import {countBySeverity, reportFails, type FailOn} from './failOn';
import {playgroundLink, type ReportOptions} from './toMarkdownReport';

/**
 * `stagecraft report --format json`: the `analyze --format json` document with the report's additions: the
 * file, the mermaid graph, counts by severity, the playground link, and whether `--fail-on` fails the run.
 */
export function toReportJson(analysis: Analysis, options: ReportOptions & {failOn: FailOn | null}): Record<string, unknown> {
  const counts = countBySeverity(analysis.diagnostics);
  return {
    file: options.file,
    ...toAnalysisJson(analysis),
    mermaid: toMermaid(analysis),
    summary: {errors: counts.error, warnings: counts.warning, notes: counts.info},
    playgroundUrl: playgroundLink(options),
    failOn: options.failOn,
    failed: reportFails(analysis.diagnostics, options.failOn),
  };
}
