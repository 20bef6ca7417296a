import {analyze} from '../analyze';
import {reachableFrom} from '../graph/buildStageGraph';
import type {Analysis, Stage} from '../types';
import {runsBuildInChain} from './files';
import type {CheckContext} from './types';

/**
 * The build stage (design/exercises.md, "Precise readings"): the last stage before the final one that runs
 * the build command, itself or through a stage it is built on. When several do, the last one the final
 * stage depends on wins, so a `FROM build AS test` stage that the runtime never uses is not mistaken
 * for it. Null when no stage before the final one builds.
 */
function findBuildStage(analysis: Analysis, final: Stage | null, defaultBuilt: ReadonlySet<number>): Stage | null {
  if (final === null) return null;
  const candidates = analysis.stages.filter((stage) => stage.index < final.index && runsBuildInChain(stage, analysis));
  const used = candidates.filter((stage) => defaultBuilt.has(stage.index));
  return (used.length > 0 ? used : candidates).at(-1) ?? null;
}

/**
 * Analyses the learner's file (or takes an analysis of it already made, with no --target or build args)
 * and names the stages the checks talk about.
 */
export function buildCheckContext(text: string, given?: Analysis): CheckContext {
  const analysis = given ?? analyze(text);
  const stages = analysis.stages;
  const final = stages.at(-1) ?? null;
  const defaultBuilt = new Set(analysis.builtStages);
  return {text, analysis, stages, final, build: findBuildStage(analysis, final, defaultBuilt), defaultBuilt};
}

/** Whether `stage` depends on `on`, directly or transitively, by FROM, COPY --from or a mount (the graph's reachability). */
export function dependsOn(analysis: Analysis, stage: number, on: number): boolean {
  return reachableFrom(stage, analysis.dependencies, analysis.stages.length).includes(on);
}
