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
export {breakdownByOrigin} from './estimate/breakdownByOrigin';
export {withBaseImage} from './estimate/alternatives';
export {readShareFragment, toShareFragment} from './share/shareState';
export {runChecks} from './checks/runChecks';
export {checkIds, isCheckId, type CheckId, type CheckReport, type CheckResult, type CheckSpec} from './checks/types';
export {multiStageRequiredChecks} from './checks/rubrics';
export {gradePrediction, predictionAnswer, type Builder, type PredictionAnswer, type PredictionGrade} from './checks/predictBuild';
export {findInFinalImage, itemsHolding, presentItems, wholeSourceCopy} from './contents/queries';
export {diagnosticDefinitions, diagnosticUrl, type DiagnosticCode} from './diagnostics/codes';
export {toMarkdownReport, type ReportOptions} from './report/toMarkdownReport';
export {toSarifReport, type SarifLog} from './report/toSarifReport';
export {toReportJson} from './report/toReportJson';
export {reportFails, type FailOn} from './report/failOn';
export {stagecraftSiteUrl} from './report/siteUrl';
export {supportStatus} from './catalog/supportWindows';
export type {
  Analysis,
  AnalyzeOptions,
  BaseAlternative,
  BreakdownOrigin,
  BreakdownPart,
  ContentCategory,
  ContentItem,
  Diagnostic,
  Estimate,
  SizeRange,
  SourceRange,
  Stage,
  WasteFinding,
} from './types';
export {convertDockerfile, toConvertJson} from './convert/convertDockerfile';
export {applyHunk, proposalHunks} from './convert/proposalHunks';
export type {ConvertResult, ProposalHunk, ProposalSection, ConvertNote, ConvertEstimate, StackKind} from './convert/types';
export {builderFacts, builderIds, isBuilderId, type BuilderFacts, type BuilderId} from './plan/builders';
export type {BuildPlan, SkippedStage, StagePlatform} from './plan/buildPlan';
export {parseChange, type CacheChange} from './cache/parseChange';
export type {CacheReport, CacheStep} from './cache/simulateCache';
export {buildHostPlatform, parsePlatform} from './model/predefinedArgs';
export {
  defaultSimulation,
  readBuildArgLines,
  readBuildContextLines,
  simulationLimits,
  toAnalyzeOptions,
  toBuildArgLines,
  toBuildContextLines,
  type SimulationInputs,
} from './plan/simulationInputs';
export {toBuildCommand, type BuildCommand} from './plan/toBuildCommand';
export {toBakeFile, type BakeFile} from './plan/toBakeFile';
export {contextUses, type ContextUse} from './plan/contextUses';
