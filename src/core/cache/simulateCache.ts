import type {StageContents} from '../contents/buildStageContents';
import type {CopyRecord} from '../contents/copies';
import {isInside, resolvePath} from '../contents/paths';
import type {Step} from '../contents/walkStages';
import {resolveTarget} from '../graph/buildStageGraph';
import {stageLabelAt} from '../model/stageLabel';
import type {BuildPlan} from '../plan/buildPlan';
import type {Instruction, SourceRange, Stage} from '../types';
import type {CacheChange} from './parseChange';

export interface CacheStep {
  stage: number;
  line: number;
  /** The instruction's keyword (`RUN`), for views. */
  keyword: string;
  rerun: boolean;
  /** False when the step reruns only if what it copies comes out different (BuildKit compares the content). */
  certain: boolean;
  why: string;
}

export interface CacheReport {
  changes: string[];
  steps: CacheStep[];
  /** Built stages with at least one step that reruns (or a new base), in build order. */
  rerunStages: number[];
}

interface StageState {
  stages: readonly Stage[];
  changes: readonly CacheChange[];
  rerun: Set<number>;
  /** The stage each `base:` change names (resolved once). */
  newBases: ReadonlySet<number>;
}

const mentionPatterns = new Map<string, RegExp>();

/** Whether `$NAME` or `${NAME…}` appears in an instruction's text. */
function mentions(text: string, name: string): boolean {
  if (!text.includes('$')) return false;
  let pattern = mentionPatterns.get(name);
  if (pattern === undefined) {
    pattern = new RegExp(`\\$(?:${name}\\b|\\{${name}(?:[}:#%/+?-]))`);
    if (mentionPatterns.size < 1000) mentionPatterns.set(name, pattern);
  }
  return pattern.test(text);
}

/** Why the stage starts from a different state than last time, or null: its base stage reran, a new base image, an ARG in FROM. */
function baseChange(stage: Stage, state: StageState): string | null {
  if (stage.fromStage !== null && state.rerun.has(stage.fromStage)) return `its base, stage ${stageLabelAt(state.stages, stage.fromStage)}, reruns`;
  for (const change of state.changes) {
    if (change.kind === 'base' && stage.fromStage === null && state.newBases.has(stage.index)) return `the base image ${stage.from} now has a new digest`;
    if (change.kind === 'arg' && mentions(stage.fromAsWritten, change.name)) return `its FROM line uses ${change.name}, so it may start from another image`;
  }
  return null;
}

function copyChange(record: CopyRecord, change: CacheChange, state: StageState): {why: string; certain: boolean} | null {
  if (change.kind === 'path' && record.origin.kind === 'context') {
    const hit = record.sources.find((source) => isInside(change.path, source));
    // BuildKit keys COPY/ADD on a checksum of the files it copies (docs: build/cache "COPY and ADD").
    if (hit) return {why: `it copies ${change.written}, whose content changed`, certain: true};
  }
  if (record.origin.kind === 'stage' && state.rerun.has(record.origin.stage)) {
    const from = stageLabelAt(state.stages, record.origin.stage);
    return {why: `stage ${from} reruns; this copy reruns if the files it takes from there come out different`, certain: false};
  }
  return null;
}

/**
 * A RUN bind mount is keyed like a COPY of what it binds (docs: build/cache/invalidation, "RUN --mount=type=bind"):
 * from the context, the changed file under its source; from a stage, that stage rerunning.
 */
function bindMountChange(instruction: Instruction, change: CacheChange, state: StageState): {why: string; certain: boolean} | null {
  if (instruction.kind !== 'run') return null;
  for (const mount of instruction.mounts) {
    if (mount.type !== 'bind') continue;
    if (mount.from === null && change.kind === 'path' && isInside(change.path, resolvePath('/', mount.source ?? '.'))) {
      return {why: `it bind-mounts ${change.written} from the context, and BuildKit checks the files it binds`, certain: true};
    }
    if (mount.from?.kind === 'stage' && state.rerun.has(mount.from.stage)) {
      return {
        why: `it bind-mounts files from stage ${stageLabelAt(state.stages, mount.from.stage)}, which reruns; it reruns if they come out different`,
        certain: false,
      };
    }
  }
  return null;
}

/** Why this step's own cache key changed, or null. `range` is the instruction's, read once (it is computed on access). */
function ownChange(step: Step, range: SourceRange, record: CopyRecord | undefined, state: StageState): {why: string; certain: boolean} | null {
  const instruction = step.instruction;
  for (const change of state.changes) {
    if (change.kind === 'line' && change.line >= range.line && change.line <= range.endLine) {
      return {why: 'its text changed, and the text is part of its cache key', certain: true};
    }
    if (record) {
      const copy = copyChange(record, change, state);
      if (copy) return copy;
    }
    const bind = bindMountChange(instruction, change, state);
    if (bind) return bind;
    if (change.kind === 'arg' && step.env.has(change.name)) {
      // Docker docs, "Impact on build caching": RUN gets every ARG in scope in its environment.
      if (instruction.kind === 'run') return {why: `RUN gets ARG ${change.name} in its environment, and its value changed`, certain: true};
      if (mentions(instruction.text, change.name)) return {why: `it uses ${change.name}, whose value changed`, certain: true};
    }
  }
  return null;
}

function cacheMountNote(instruction: Instruction): string {
  if (instruction.kind !== 'run') return '';
  const caches = instruction.mounts.filter((mount) => mount.type === 'cache');
  return caches.length > 0
    ? `; its cache mount (${caches.map((mount) => mount.target ?? '?').join(', ')}) keeps what earlier builds stored, so the rerun is faster`
    : '';
}

const isLinkedCopy = (instruction: Instruction): boolean =>
  (instruction.kind === 'copy' || instruction.kind === 'add') && instruction.flags.some((flag) => flag.name === 'link' && flag.value !== 'false');

function simulateStage(contents: StageContents, state: StageState): CacheStep[] {
  const stage = state.stages[contents.index]!;
  const records = new Map(contents.copies.map((record) => [record.step, record]));
  const steps: CacheStep[] = [];
  let below = baseChange(stage, state);
  for (const step of contents.walk.ownSteps) {
    const instruction = step.instruction;
    if (instruction.onbuild && step.stage.index === stage.index) continue;
    const range = instruction.range;
    const own = ownChange(step, range, records.get(step), state);
    // A literal, not `{...base, rerun, …}`: in V8 a spread followed by new properties makes a hidden class per object.
    const cacheStep = (rerun: boolean, certain: boolean, why: string): CacheStep => ({
      stage: stage.index,
      line: range.line,
      keyword: instruction.keyword,
      rerun,
      certain,
      why,
    });
    if (own) steps.push(cacheStep(true, own.certain, own.why + cacheMountNote(instruction)));
    else if (below !== null && isLinkedCopy(instruction)) {
      steps.push(cacheStep(false, true, 'COPY --link does not depend on the layers below it: its layer is kept and laid on top again'));
    } else if (below !== null) {
      steps.push(cacheStep(true, true, `the step before it reruns (${below}), and each step's cache key includes its parent` + cacheMountNote(instruction)));
    } else steps.push(cacheStep(false, true, 'nothing it depends on changed'));
    if (own && below === null) below = `line ${range.line}`;
  }
  if (below !== null) state.rerun.add(stage.index);
  return steps;
}

/**
 * "What reruns if I change…": for each built stage, in build order, which steps keep their cache and which
 * rerun, following BuildKit's cache rules. A query over the stage-contents model and the build plan.
 */
export function simulateCache(stages: readonly Stage[], contents: readonly StageContents[], plan: BuildPlan, changes: readonly CacheChange[]): CacheReport {
  const newBases = new Set(changes.flatMap((change) => (change.kind === 'base' ? [resolveTarget([...stages], change.stage) ?? -1] : [])));
  const state: StageState = {stages, changes, rerun: new Set(), newBases};
  const steps: CacheStep[] = [];
  for (const index of plan.stages) {
    const stageContents = contents[index];
    if (stageContents) steps.push(...simulateStage(stageContents, state));
  }
  return {changes: changes.map((change) => change.written), steps, rerunStages: plan.stages.filter((stage) => state.rerun.has(stage))};
}
