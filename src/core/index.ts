/**
 * The analysis core's public surface: what the views, the CLI and the exercises import. Everything else in
 * src/core is an implementation detail of the pipeline (parse → stage model → stage graph → stage contents →
 * queries: estimate, diagnostics, checks).
 */

export {analyze, maxAnalysedCharacters} from './analyze';
export {toAnalysisJson} from './toAnalysisJson';
export {toMermaid, type BuilderKind} from './graph/toMermaid';
export {resolveTarget} from './graph/buildStageGraph';
export {stageLabel, stageLabelAt, quotedStageLabel} from './model/stageLabel';
export {formatBytes} from './estimate/formatBytes';
export {readShareFragment, toShareFragment} from './share/shareState';
export {runChecks} from './checks/runChecks';
export {checkIds, isCheckId, type CheckId, type CheckReport, type CheckResult, type CheckSpec} from './checks/types';
export {gradePrediction, predictionAnswer, type Builder, type PredictionAnswer, type PredictionGrade} from './checks/predictBuild';
export {findInFinalImage, itemsHolding, presentItems, wholeSourceCopy} from './contents/queries';
export {diagnosticDefinitions, diagnosticUrl, type DiagnosticCode} from './diagnostics/codes';
export {toMarkdownReport, type ReportOptions} from './report/toMarkdownReport';
export {toSarifReport, type SarifLog} from './report/toSarifReport';
export {toReportJson} from './report/toReportJson';
export {reportFails, type FailOn} from './report/failOn';
export {stagecraftSiteUrl} from './report/siteUrl';
export {supportStatus} from './catalog/supportWindows';
export type {Analysis, AnalyzeOptions, ContentCategory, ContentItem, Diagnostic, Estimate, SizeRange, SourceRange, Stage} from './types';
