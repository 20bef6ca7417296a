import {analyze, resolveTarget, toMermaid, type Analysis, type AnalyzeOptions, type BuilderKind} from '../../core';

/** The lab's analysis of its text: a target that no longer names a stage (after an edit) falls back to the default stage. */
export function analyseLabText(text: string, target: string | null, inputs: Omit<AnalyzeOptions, 'target'> = {}): Analysis {
  const candidate = analyze(text, {target, ...inputs});
  if (target !== null && resolveTarget(candidate.stages, target) === null) return analyze(text, inputs);
  return candidate;
}

/** The mermaid chart the lab draws for an analysis (`contexts`: the names of the named build contexts given). */
export function labChart(analysis: Analysis, builder: BuilderKind, contexts: readonly string[] = []): string {
  return toMermaid(analysis, {builder, contexts});
}
