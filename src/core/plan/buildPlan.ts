import {reachableFrom} from '../graph/buildStageGraph';
import {formatPlatform, hostPlatform as host, parsePlatform, type Platform} from '../model/predefinedArgs';
import {platformValueOf} from '../model/stageChain';
import type {Dependency, Stage} from '../types';
import {builderFacts, type BuilderId} from './builders';

export interface SkippedStage {
  stage: number;
  reason: string;
}

/** Where a built stage runs: natively on the build host, or under emulation for another platform. */
export interface StagePlatform {
  stage: number;
  /** `linux/arm64`; null when the `--platform` value cannot be read (an unset variable). */
  platform: string | null;
  emulated: boolean;
}

export interface BuildPlan {
  builder: BuilderId;
  target: number | null;
  /** Built stages in the order the builder starts them. */
  stages: number[];
  /** Stages that can run at the same time; a sequential builder has one stage per wave. */
  waves: number[][];
  skipped: SkippedStage[];
  /** Built although the target needs nothing from them (the legacy builder, Kaniko by default). */
  notNeeded: number[];
  /** The longest chain of stages that wait on each other, counted in instructions, ending at the target. */
  criticalPath: number[];
  platforms: StagePlatform[];
}

export interface PlanInput {
  stages: readonly Stage[];
  dependencies: readonly Dependency[];
  target: number | null;
  /** Whether --target was given (Kaniko's skip rule treats "no target" apart). */
  targetGiven: boolean;
  builder: BuilderId;
  platform: Platform | null;
  /** Stages a build context of the same name replaces (BuildKit's rule; other builders' plans ignore it). */
  replaced?: readonly number[];
}

const upToTarget = (target: number): number[] => Array.from({length: target + 1}, (_, i) => i);

/**
 * Kaniko's `skipUnusedStages` (pkg/dockerfile/dockerfile.go), over the stage model: walking back from the
 * target, a stage counts when it is the target, its name is needed, or it is the target's base; it adds the
 * name every COPY of it reads from (a COPY from the build context adds the empty name) and (when not the
 * target) its own base. Only named stages are kept besides the target, and ADD and RUN --mount from= are not
 * looked at. With no --target and nothing added at all, every stage is built.
 */
function kanikoUsedStages(input: PlanInput, target: number): number[] {
  const {stages} = input;
  const needed = new Set<string>();
  const targetBase = stages[target]!.from;
  for (let i = target; i >= 0; i--) {
    const stage = stages[i]!;
    if (i !== target && !(stage.name !== null && needed.has(stage.name)) && stage.name !== targetBase) continue;
    for (const instruction of stage.instructions) {
      if (instruction.kind !== 'copy' || instruction.onbuild) continue;
      const from = instruction.from;
      needed.add(from === null ? '' : from.kind === 'stage' ? (stages[from.stage]?.name ?? '') : from.raw);
    }
    if (i !== target) needed.add(stage.from);
  }
  if (!input.targetGiven && needed.size === 0) return upToTarget(target);
  const kept = stages.slice(0, target).filter((stage) => stage.name !== null && (needed.has(stage.name) || stage.name === targetBase));
  return [...kept.map((stage) => stage.index), target];
}

/** The stages a build context replaces, for BuildKit; the other builders' plans know nothing of it. */
function replacedFor(input: PlanInput): ReadonlySet<number> {
  return new Set(input.builder === 'buildkit' ? (input.replaced ?? []) : []);
}

/** The stages the target needs; for BuildKit a replaced stage ends its path (see reachableFrom). */
function neededStages(input: PlanInput, target: number): number[] {
  return reachableFrom(target, input.dependencies, input.stages.length, replacedFor(input));
}

function selectStages(input: PlanInput, target: number): number[] {
  switch (input.builder) {
    case 'buildkit':
      return neededStages(input, target);
    case 'buildah':
      return reachableFrom(target, [...input.dependencies], input.stages.length);
    case 'legacy':
    case 'kaniko':
      return upToTarget(target);
    case 'kaniko-skip-unused':
      return kanikoUsedStages(input, target);
    default:
      return input.builder satisfies never;
  }
}

/** Each built stage's wave: one more than the latest wave of the stages it needs (Kahn's order; a cycle lands last). */
function wavesOf(built: readonly number[], dependencies: readonly Dependency[]): number[][] {
  const inBuild = new Set(built);
  const needs = new Map<number, Set<number>>(built.map((stage) => [stage, new Set<number>()]));
  for (const d of dependencies) if (inBuild.has(d.stage) && inBuild.has(d.on) && d.stage !== d.on) needs.get(d.stage)!.add(d.on);
  const wave = new Map<number, number>();
  let remaining = [...built];
  while (remaining.length > 0) {
    const ready = remaining.filter((stage) => [...needs.get(stage)!].every((on) => wave.has(on)));
    const batch = ready.length > 0 ? ready : remaining;
    for (const stage of batch) wave.set(stage, Math.max(-1, ...[...needs.get(stage)!].map((on) => wave.get(on) ?? -1)) + 1);
    remaining = remaining.filter((stage) => !wave.has(stage));
  }
  const waves: number[][] = [];
  for (const stage of built) (waves[wave.get(stage)!] ??= []).push(stage);
  return waves.filter((group) => group.length > 0);
}

/** The chain ending at the target with the most instructions (each stage counts at least one). */
function criticalPathOf(target: number, built: readonly number[], dependencies: readonly Dependency[], stages: readonly Stage[]): number[] {
  const inBuild = new Set(built);
  const cost = new Map<number, {total: number; via: number | null}>();
  const weight = (stage: number): number => Math.max(1, stages[stage]!.instructions.length);
  // Built stages in ascending order; dependencies point backwards in any file BuildKit accepts.
  for (const stage of built) {
    let best: {total: number; via: number | null} = {total: weight(stage), via: null};
    for (const d of dependencies) {
      const before = d.stage === stage && d.on < stage && inBuild.has(d.on) ? cost.get(d.on) : undefined;
      if (before && before.total + weight(stage) > best.total) best = {total: before.total + weight(stage), via: d.on};
    }
    cost.set(stage, best);
  }
  const path: number[] = [];
  for (let at: number | null = target; at !== null && path.length <= built.length; at = cost.get(at)?.via ?? null) path.unshift(at);
  return path;
}

/** What the reasons for skipping read: the stages needed, and (BuildKit) those needed only through a replaced stage. */
interface SkipFacts {
  needed: ReadonlySet<number>;
  replaced: ReadonlySet<number>;
  onlyThroughReplaced: ReadonlySet<number>;
}

function skipFacts(input: PlanInput, target: number): SkipFacts {
  const needed = new Set(neededStages(input, target));
  const replaced = replacedFor(input);
  const everyNeeded = replaced.size > 0 ? reachableFrom(target, input.dependencies, input.stages.length) : [];
  return {needed, replaced, onlyThroughReplaced: new Set(everyNeeded.filter((stage) => !needed.has(stage)))};
}

function skipReason(input: PlanInput, stage: number, target: number, {needed, replaced, onlyThroughReplaced}: SkipFacts): string {
  if (replaced.has(stage)) {
    return `a build context named "${input.stages[stage]!.name ?? ''}" replaces it: BuildKit loads the context and runs none of its instructions`;
  }
  if (onlyThroughReplaced.has(stage)) {
    return 'only a stage that a build context replaces needs it, so nothing of it is built';
  }
  if (stage > target && (input.builder === 'legacy' || input.builder === 'kaniko')) {
    return `it comes after the target; ${builderFacts[input.builder].label} stops at the target`;
  }
  if (input.builder === 'kaniko-skip-unused' && needed.has(stage)) {
    return input.stages[stage]!.name === null
      ? 'the target needs it, but it has no name and Kaniko’s --skip-unused-stages keeps only named stages'
      : 'the target needs it only through RUN --mount from=, which Kaniko’s --skip-unused-stages does not look at';
  }
  return 'the target does not need it: nothing the target builds on or copies from leads to this stage';
}

function platformsOf(built: readonly number[], stages: readonly Stage[], platform: Platform | null): StagePlatform[] {
  const target = platform ?? host;
  return built.map((stage) => {
    const value = platformValueOf(stages, stage);
    const runsOn = value === null ? target : parsePlatform(value);
    if (runsOn === null) return {stage, platform: null, emulated: false};
    return {stage, platform: formatPlatform(runsOn), emulated: runsOn.os !== host.os || runsOn.architecture !== host.architecture};
  });
}

/** Which stages a builder builds for the target, in what order, which at the same time, and where they run. */
export function buildPlan(input: PlanInput): BuildPlan {
  const {target, builder, stages, dependencies} = input;
  const empty: BuildPlan = {builder, target, stages: [], waves: [], skipped: [], notNeeded: [], criticalPath: [], platforms: []};
  if (target === null || target >= stages.length) return empty;
  const built = selectStages(input, target);
  const facts = skipFacts(input, target);
  const {needed} = facts;
  const builtSet = new Set(built);
  const sequential = builderFacts[builder].sequential;
  return {
    builder,
    target,
    stages: built,
    waves: sequential ? built.map((stage) => [stage]) : wavesOf(built, dependencies),
    skipped: stages.filter((s) => !builtSet.has(s.index)).map((s) => ({stage: s.index, reason: skipReason(input, s.index, target, facts)})),
    notNeeded: built.filter((stage) => !needed.has(stage)),
    criticalPath: criticalPathOf(target, built, dependencies, stages),
    platforms: platformsOf(built, stages, input.platform),
  };
}
