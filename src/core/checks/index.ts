/** The exercise check engine: pure functions over the analysis of a Dockerfile. */
export {checkIds, isCheckId} from './types';
export type {CheckContext, CheckFunction, CheckId, CheckOutcome, CheckReport, CheckResult, CheckSpec} from './types';
export {checkRegistry} from './registry';
export {runChecks, type RunChecksOptions} from './runChecks';
export {buildCheckContext, findBuildStage} from './context';
export {
  bothBuilders,
  gradePrediction,
  parseBuildCommand,
  predictionAnswer,
  type BuildCommand,
  type Builder,
  type ParsedBuildCommand,
  type PredictionAnswer,
  type PredictionGrade,
  type StageChoice,
} from './predictBuild';
