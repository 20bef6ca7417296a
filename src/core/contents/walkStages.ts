/**
 * The one reading of a stage's state, instruction by instruction: WORKDIR, ENV, ARG and USER as BuildKit
 * sets them, variables expanded with its lexer. A stage built on another (`FROM build AS test`) starts from
 * that stage's end state (ENV, ARG values, WORKDIR and USER carry over), runs the parent's ONBUILD
 * triggers, then its own instructions. A stage on an image starts from the catalog's facts about the image
 * (its WORKDIR, ENV and default user).
 */

import {lookupBaseImage, type BaseImageInfo} from '../estimate/lookupBaseImage';
import {expandWord} from '../model/expandWord';
import {resolvePath} from './paths';
import type {Instruction, KeyValue, Stage} from '../types';

/** One instruction as it takes effect in a stage, with the state in force just before it. */
export interface Step {
  /** The stage whose text holds the instruction (a parent stage for inherited ones). */
  stage: Stage;
  instruction: Instruction;
  workdir: string;
  /** ENV and ARG values in scope (an ENV wins over an ARG of the same name). */
  env: ReadonlyMap<string, string>;
  /** The user name or id the instruction runs as (`root` by default). */
  user: string;
}

export interface StageWalk {
  index: number;
  /** The image the stage's FROM chain rests on, and what the catalog knows of it. */
  baseRef: string;
  baseInfo: BaseImageInfo;
  /** The FROM line of the stage at the root of the chain. */
  baseLine: number;
  parent: StageWalk | null;
  /** This stage's own steps: its parent's ONBUILD triggers, then its instructions. */
  ownSteps: readonly Step[];
  /** The state at the end of the stage: where CMD runs and what a stage built on it starts with. */
  workdir: string;
  /** The image configuration's ENV at the end (what the image keeps). */
  envOnly: ReadonlyMap<string, string>;
  /** ENV and ARG values in force at the end; a stage built on this one starts with them. */
  env: ReadonlyMap<string, string>;
  user: string;
}

export interface WalkInputs {
  globalArgs: readonly KeyValue[];
  buildArgs: Readonly<Record<string, string>>;
  escapeCharacter: string;
}

/**
 * A word as written (quotes and escapes kept), read as BuildKit's lexer reads it, once: quotes and escapes
 * taken out, variables substituted, none inside single quotes or after an escape.
 */
export function expandWritten(raw: string, env: ReadonlyMap<string, string>, escape = '\\'): string {
  return /["'$]/.test(raw) || raw.includes(escape) ? expandWord(raw, env, escape).value : raw;
}

/** Substitutes `$VAR` / `${VAR}` from the variables in force (only when the text holds a `$`). */
export function expandVariables(text: string, env: ReadonlyMap<string, string>, escape = '\\'): string {
  return text.includes('$') ? expandWord(text, env, escape).value : text;
}

/**
 * The mutable state while one stage's instructions are read. `vars` is BuildKit's build-state environment:
 * ENV and ARG values alike, the later of two with the same name winning (dockerfile2llb/convert.go: dispatchEnv
 * and dispatchArg both `AddEnv`); `envOnly` is the image configuration's ENV, what the image keeps.
 */
class StageState {
  workdir: string;
  user: string;
  envOnly: Map<string, string>;
  private readonly vars: Map<string, string>;
  /** The variables as the next step sees them, shared between steps until the next change. */
  private snapshot: ReadonlyMap<string, string> | null = null;

  constructor(
    start: StageStart,
    private readonly inputs: WalkInputs,
    private readonly globals: ReadonlyMap<string, string>,
  ) {
    this.workdir = start.workdir;
    this.user = start.user;
    this.envOnly = new Map(start.envOnly);
    this.vars = new Map(start.vars);
  }

  get env(): ReadonlyMap<string, string> {
    this.snapshot ??= new Map(this.vars);
    return this.snapshot;
  }

  private set(name: string, value: string): void {
    this.vars.set(name, value);
    this.snapshot = null;
  }

  apply(instruction: Instruction): void {
    const escape = this.inputs.escapeCharacter;
    switch (instruction.kind) {
      case 'workdir':
        this.workdir = resolvePath(this.workdir, expandWritten(instruction.rawPath, this.env, escape));
        return;
      case 'user':
        this.user = expandWritten(instruction.rawUser, this.env, escape).split(':')[0]!.trim() || 'root';
        return;
      case 'env': {
        // Every value of one ENV is expanded with the variables from before it.
        const before = this.env;
        for (const variable of instruction.variables) {
          const value = expandWritten(variable.raw ?? variable.value ?? '', before, escape);
          this.envOnly.set(variable.name, value);
          this.set(variable.name, value);
        }
        return;
      }
      case 'arg':
        // One after another: a default may use an ARG declared earlier on the same line.
        for (const variable of instruction.variables) {
          const given = this.inputs.buildArgs[variable.name];
          const value = given ?? (variable.value !== null ? expandWritten(variable.raw ?? variable.value, this.env, escape) : this.globals.get(variable.name));
          if (value !== undefined) this.set(variable.name, value);
        }
        return;
      default:
        return;
    }
  }
}

interface StageStart {
  workdir: string;
  user: string;
  envOnly: ReadonlyMap<string, string>;
  vars: ReadonlyMap<string, string>;
  info: BaseImageInfo;
}

/**
 * A stage built on another starts from its end state, ARG values included (convert.go, dispatchState.init:
 * `ds.state = ds.base.state`); one on an image, from the catalog's WORKDIR, ENV and user for it.
 */
function startOf(stage: Stage, parent: StageWalk | null): StageStart {
  if (parent !== null) return {workdir: parent.workdir, user: parent.user, envOnly: parent.envOnly, vars: parent.env, info: parent.baseInfo};
  const info = lookupBaseImage(stage.from);
  const env = new Map(Object.entries(info.env));
  return {workdir: info.workdir, user: info.defaultUser?.name ?? 'root', envOnly: env, vars: env, info};
}

function walkStage(stage: Stage, stages: readonly Stage[], parent: StageWalk | null, inputs: WalkInputs, globals: ReadonlyMap<string, string>): StageWalk {
  const start = startOf(stage, parent);
  const state = new StageState(start, inputs, globals);
  const ownSteps: Step[] = [];
  const take = (owner: Stage, instruction: Instruction): void => {
    ownSteps.push({stage: owner, instruction, workdir: state.workdir, env: state.env, user: state.user});
    state.apply(instruction);
  };
  const parentStage = parent !== null ? stages[parent.index]! : null;
  if (parentStage !== null) for (const trigger of parentStage.instructions) if (trigger.onbuild) take(stage, trigger);
  for (const instruction of stage.instructions) if (!instruction.onbuild) take(stage, instruction);
  return {
    index: stage.index,
    baseRef: parent?.baseRef ?? stage.from,
    baseInfo: start.info,
    baseLine: parent?.baseLine ?? stage.line,
    parent,
    ownSteps,
    workdir: state.workdir,
    envOnly: state.envOnly,
    env: state.env,
    user: state.user,
  };
}

/** Every stage's walk, in file order; each stage built on an earlier one continues from that one's end. */
export function walkStages(stages: readonly Stage[], inputs: WalkInputs): StageWalk[] {
  const globals = new Map(inputs.globalArgs.filter((arg) => arg.value !== null).map((arg) => [arg.name, arg.value!]));
  const walks: StageWalk[] = [];
  for (const stage of stages) {
    const parent = stage.fromStage !== null && stage.fromStage < stage.index ? (walks[stage.fromStage] ?? null) : null;
    walks.push(walkStage(stage, stages, parent, inputs, globals));
  }
  return walks;
}

const allSteps = new WeakMap<StageWalk, readonly Step[]>();

/** The steps that take effect in a stage: its chain's instructions in build order, ONBUILD triggers where they fire. */
export function stepsOf(walk: StageWalk): readonly Step[] {
  const cached = allSteps.get(walk);
  if (cached) return cached;
  const chain: StageWalk[] = [];
  for (let current: StageWalk | null = walk; current !== null; current = current.parent) chain.unshift(current);
  const steps = chain.flatMap((member) => member.ownSteps);
  allSteps.set(walk, steps);
  return steps;
}
