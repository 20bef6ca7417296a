import {stepsOf, type Step} from '../contents/walkStages';
import {quotedStageLabel} from '../model/stageLabel';
import type {Analysis, Stage} from '../types';

export type {Step} from '../contents/walkStages';

/** Reads of the stage walk (src/core/contents) for the checks: a stage's steps and its end state. */

const noSteps: readonly Step[] = [];

/** The steps that take effect in `stage`: its chain's instructions in build order, ONBUILD triggers where they fire. */
export function stageSteps(stage: Stage, analysis: Analysis): readonly Step[] {
  const walk = analysis.contents[stage.index]?.walk;
  return walk === undefined ? noSteps : stepsOf(walk);
}

/** The WORKDIR at the end of a stage (where CMD runs), with inheritance and variables. */
export function finalWorkdir(stage: Stage, analysis: Analysis): string {
  return analysis.contents[stage.index]?.walk.workdir ?? '/';
}

/** The variables in force at the end of a stage. */
export function finalEnv(stage: Stage, analysis: Analysis): ReadonlyMap<string, string> {
  return analysis.contents[stage.index]?.walk.env ?? new Map();
}

/** How a stage is called in messages. */
export const stageLabel = quotedStageLabel;

/** `line 7` or, for an instruction inherited from a stage this one is built on, `line 7 in "deps"`. */
export function lineOf(step: Step, stage: Stage): string {
  const line = `line ${step.instruction.range.line}`;
  return step.stage === stage ? line : `${line} in ${stageLabel(step.stage)}`;
}

/**
 * For a FROM that names an image but looks like a stage name in another case (`FROM Build`), the stage
 * it was meant to be: BuildKit matches FROM against stage names exactly, and names are stored lower-cased.
 */
function miscasedStage(stage: Stage, stages: readonly Stage[]): Stage | null {
  if (stage.fromStage !== null) return null;
  const word = stage.fromAsWritten.toLowerCase();
  if (word === stage.fromAsWritten) return null;
  return stages.find((other) => other.index < stage.index && other.name === word) ?? null;
}

/** The sentence explaining a miscased FROM, or ''. */
export function miscasedStageHint(stage: Stage, stages: readonly Stage[]): string {
  const meant = miscasedStage(stage, stages);
  return meant === null
    ? ''
    : ` FROM ${stage.fromAsWritten} does not find stage ${stageLabel(meant)}: BuildKit stores stage names in lower case and FROM matches them exactly, so it looks for an image called ${stage.fromAsWritten}. Write FROM ${meant.name}.`;
}
