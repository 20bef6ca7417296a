import {lookupBaseImage} from '../estimate/lookupBaseImage';
import {expandWord} from '../model/expandWord';
import {baseImageOf, effectiveInstructions, resolvePath} from '../model/stageChain';
import type {Analysis, Instruction, Stage} from '../types';

/**
 * One instruction as it takes effect in a stage, with the WORKDIR and variables (ENV and ARG) in force
 * just before it. Inherited instructions (from the stages a stage is built on) come first.
 */
export interface Step {
  /** The stage whose text holds the instruction (a parent stage for inherited ones). */
  stage: Stage;
  instruction: Instruction;
  workdir: string;
  env: ReadonlyMap<string, string>;
}

/** The WORKDIR an image starts in, where it is not `/` and matters to the checks. */
function imageWorkdir(ref: string): string {
  const info = lookupBaseImage(ref);
  return info.family === 'golang' ? '/go' : '/';
}

/** Substitutes `$VAR` / `${VAR}` from the variables in force (only when the text holds a `$`). */
export function expand(text: string, env: ReadonlyMap<string, string>, escape = '\\'): string {
  return text.includes('$') ? expandWord(text, env, escape).value : text;
}

interface Walk {
  steps: Step[];
  workdir: string;
  env: ReadonlyMap<string, string>;
}

const walkCache = new WeakMap<Stage, Walk>();

function walk(stage: Stage, analysis: Analysis): Walk {
  const cached = walkCache.get(stage);
  if (cached) return cached;
  const escape = analysis.escapeCharacter;
  const globals = new Map(analysis.globalArgs.filter((arg) => arg.value !== null).map((arg) => [arg.name, arg.value!]));
  const env = new Map<string, string>();
  const fromEnv = new Set<string>();
  let workdir = imageWorkdir(baseImageOf(stage, analysis.stages));
  const steps: Step[] = [];
  for (const {stage: owner, instruction} of effectiveInstructions(stage, analysis.stages)) {
    steps.push({stage: owner, instruction, workdir, env: new Map(env)});
    if (instruction.kind === 'workdir') {
      workdir = resolvePath(workdir, expand(instruction.path, env, escape));
    } else if (instruction.kind === 'env') {
      for (const variable of instruction.variables) {
        env.set(variable.name, expand(variable.value ?? '', env, escape));
        fromEnv.add(variable.name);
      }
    } else if (instruction.kind === 'arg') {
      for (const variable of instruction.variables) {
        const value = variable.value !== null ? expand(variable.value, env, escape) : globals.get(variable.name);
        // An ENV of the same name wins over an ARG.
        if (value !== undefined && !fromEnv.has(variable.name)) env.set(variable.name, value);
      }
    }
  }
  const result = {steps, workdir, env};
  walkCache.set(stage, result);
  return result;
}

/** The steps that take effect in `stage`: its chain's instructions in build order, ONBUILD triggers where they fire. */
export function stageSteps(stage: Stage, analysis: Analysis): Step[] {
  return walk(stage, analysis).steps;
}

/** The WORKDIR at the end of a stage (where CMD runs), with inheritance and variables. */
export function finalWorkdir(stage: Stage, analysis: Analysis): string {
  return walk(stage, analysis).workdir;
}

/** The variables in force at the end of a stage. */
export function finalEnv(stage: Stage, analysis: Analysis): ReadonlyMap<string, string> {
  return walk(stage, analysis).env;
}

/** How a stage is called in messages: `"build"`, or `stage 1` for an unnamed one. */
export function stageLabel(stage: Stage): string {
  return stage.name !== null ? `"${stage.declaredName ?? stage.name}"` : `stage ${stage.index} (unnamed)`;
}

/** `line 7` or, for an instruction inherited from a stage this one is built on, `line 7 in "deps"`. */
export function lineOf(step: Step, stage: Stage): string {
  const line = `line ${step.instruction.range.line}`;
  return step.stage === stage ? line : `${line} in ${stageLabel(step.stage)}`;
}

/**
 * For a FROM that names an image but looks like a stage name in another case (`FROM Build`), the stage
 * it was meant to be: BuildKit matches FROM against stage names exactly, and names are stored lower-cased.
 */
export function miscasedStage(stage: Stage, stages: readonly Stage[]): Stage | null {
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
