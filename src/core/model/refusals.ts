import {createDiagnostic, type DiagnosticCode} from '../diagnostics/codes';
import type {AnalysisError, Diagnostic, Severity, SourceRange} from '../types';

/**
 * Collects diagnostics while the model is built, and the refusals among them: the reasons BuildKit would
 * not build the file, in BuildKit's own words, in the order BuildKit meets them.
 */
export class DiagnosticSink {
  readonly diagnostics: Diagnostic[] = [];
  readonly refusals: AnalysisError[] = [];

  report(code: DiagnosticCode, message: string, range: SourceRange, stage: number | null = null, severity?: Severity): void {
    this.diagnostics.push(createDiagnostic(code, message, range, stage, severity));
  }

  /** A diagnostic that also makes BuildKit refuse the build; `buildkitMessage` is what BuildKit prints. */
  refuse(code: DiagnosticCode, buildkitMessage: string, message: string, range: SourceRange, stage: number | null = null): void {
    this.report(code, message, range, stage, 'error');
    this.refusals.push({code, message: buildkitMessage, line: range.line});
  }
}
