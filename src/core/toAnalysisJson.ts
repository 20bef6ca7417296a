import type {Analysis} from './types';

/** The CLI's `analyze --format json` document: the contract's fields first, then additions. */
export function toAnalysisJson(analysis: Analysis): Record<string, unknown> {
  return {
    stages: analysis.stages.map((stage) => ({
      index: stage.index,
      name: stage.name,
      from: stage.from,
      fromStage: stage.fromStage,
      line: stage.line,
      platform: stage.platform,
      declaredName: stage.declaredName,
      fromAsWritten: stage.fromAsWritten,
      endLine: stage.range.endLine,
    })),
    dependencies: analysis.dependencies,
    externalImages: analysis.externalImages.map(({stage, ref, via, line}) => ({stage, ref, via, line})),
    target: analysis.target,
    builtStages: analysis.builtStages,
    legacyBuiltStages: analysis.legacyBuiltStages,
    diagnostics: analysis.diagnostics.map(({code, severity, line, message, url, column, endLine, endColumn, stage}) => ({
      code,
      severity,
      line,
      message,
      url,
      column,
      endLine,
      endColumn,
      stage,
    })),
    error: analysis.error,
    errorDetail: analysis.errorDetail,
    estimate: analysis.estimate,
    globalArgs: analysis.globalArgs,
    plan: analysis.plan,
    replacedStages: analysis.replacedStages,
    ...(analysis.cache ? {cache: analysis.cache} : {}),
  };
}
