import {createDiagnostic, refusalPhase, type DiagnosticCode} from '../diagnostics/codes';
import type {AnalysisError, Diagnostic, Severity, SourceRange} from '../types';

/**
 * Collects diagnostics while the model is built, and the refusals among them: the reasons BuildKit would
 * not build the file, in BuildKit's own words, in the order BuildKit meets them.
 */
export class DiagnosticSink {
  readonly diagnostics: Diagnostic[] = [];
  readonly refusals: AnalysisError[] = [];
  /** A refusal met later in BuildKit's work than its code's usual phase (an ONBUILD trigger read in a child). */
  private readonly laterPhases = new Map<AnalysisError, number>();

  report(code: DiagnosticCode, message: string, range: SourceRange, stage: number | null = null, severity?: Severity): void {
    this.diagnostics.push(createDiagnostic(code, message, range, stage, severity));
  }

  /** A diagnostic that also makes BuildKit refuse the build; `buildkitMessage` is what BuildKit prints. */
  refuse(code: DiagnosticCode, buildkitMessage: string, message: string, range: SourceRange, stage: number | null = null, phase?: number): void {
    this.report(code, message, range, stage, 'error');
    const refusal = {code, message: buildkitMessage, line: range.line};
    this.refusals.push(refusal);
    if (phase !== undefined) this.laterPhases.set(refusal, phase);
  }

  /** The phase of BuildKit's work that meets this refusal (see DiagnosticDefinition.refusalPhase). */
  phaseOf(refusal: AnalysisError): number {
    return this.laterPhases.get(refusal) ?? refusalPhase(refusal.code);
  }
}
