import {stageDisplayName, type StageModel} from '../model/buildStageModel';
import {buildContextMatcher, type BuildContextMatcher} from '../model/buildContextNames';
import {parseImageReference} from '../model/parseImageReference';
import type {DiagnosticSink} from '../model/refusals';
import type {Dependency, DependencyKind, ExternalImage, Instruction, SourceRange, Stage, StageReference} from '../types';

export interface StageGraph {
  dependencies: Dependency[];
  externalImages: ExternalImage[];
  target: number | null;
  builtStages: number[];
  legacyBuiltStages: number[];
  /** Stages a named build context replaces (see replacedStagesOf), ascending. */
  replacedStages: number[];
}

interface Edge extends Dependency {
  range: SourceRange;
  /** For mounts: where the mount goes, for BuildKit's message. */
  mountTarget?: string | null;
}

/** `--target`: a stage name in any case (the last stage of that name wins), or our extension, an index. */
export function resolveTarget(stages: Stage[], target: string | null | undefined): number | null {
  if (stages.length === 0) return null;
  if (target === undefined || target === null || target === '') return stages.length - 1;
  const lower = target.toLowerCase();
  for (let i = stages.length - 1; i >= 0; i--) if (stages[i]!.name === lower) return i;
  if (/^\d+$/.test(target) && Number(target) < stages.length) return Number(target);
  return null;
}

/** One empty list per stage (a plain loop: `Array.from({length}, …)` takes the generic array-like path). */
function emptyLists(count: number): number[][] {
  const lists: number[][] = [];
  for (let i = 0; i < count; i++) lists.push([]);
  return lists;
}

/**
 * The target and every stage it transitively needs (FROM, COPY --from, mounts), ascending. A replaced stage
 * is the end of its path: what it would have built on or copied from is not needed through it.
 */
export function reachableFrom(target: number, dependencies: readonly Dependency[], stageCount: number, replaced: ReadonlySet<number> = new Set()): number[] {
  if (replaced.has(target)) return [];
  const adjacency = emptyLists(stageCount);
  for (const dependency of dependencies) if (!replaced.has(dependency.stage)) adjacency[dependency.stage]?.push(dependency.on);
  const seen = new Set<number>([target]);
  const stack = [target];
  while (stack.length > 0) {
    for (const next of adjacency[stack.pop()!] ?? []) {
      if (!seen.has(next) && !replaced.has(next)) {
        seen.add(next);
        stack.push(next);
      }
    }
  }
  return [...seen].sort((a, b) => a - b);
}

/**
 * Stages whose name a `--build-context` names: BuildKit loads the context as the stage's result and runs none
 * of its instructions (dockerfile2llb/convert.go: `if st.Name != ""` → namedContext → `continue`).
 */
function replacedStagesOf(stages: readonly Stage[], contexts: BuildContextMatcher): number[] {
  return stages.filter((stage) => stage.name !== null && contexts.has(stage.name)).map((stage) => stage.index);
}

/**
 * The stages BuildKit dispatches, where its refusals apply: a replaced stage drops its FROM (`ds.base = nil`)
 * but keeps the sources its commands name, so those are still dispatched although nothing of them runs.
 */
function dispatchedStages(target: number, dependencies: readonly Dependency[], stageCount: number, replaced: ReadonlySet<number>): number[] {
  const followed = dependencies.filter((dependency) => !(replaced.has(dependency.stage) && dependency.via === 'from'));
  return reachableFrom(target, followed, stageCount).filter((stage) => !replaced.has(stage));
}

/** Strongly connected components of the COPY/mount edges that form cycles (a self-loop counts). */
function findCycles(edges: Edge[], stageCount: number): number[][] {
  const adjacency = emptyLists(stageCount);
  const selfLoops = new Set<number>();
  for (const edge of edges) {
    adjacency[edge.stage]!.push(edge.on);
    if (edge.stage === edge.on) selfLoops.add(edge.stage);
  }
  // Iterative Tarjan, so a 3,000-stage chain cannot overflow the call stack.
  const index = new Array<number>(stageCount).fill(-1);
  const low = new Array<number>(stageCount).fill(0);
  const onStack = new Array<boolean>(stageCount).fill(false);
  const stack: number[] = [];
  const cycles: number[][] = [];
  let counter = 0;
  for (let root = 0; root < stageCount; root++) {
    if (index[root] !== -1) continue;
    const work: {node: number; next: number}[] = [{node: root, next: 0}];
    index[root] = low[root] = counter++;
    stack.push(root);
    onStack[root] = true;
    while (work.length > 0) {
      const frame = work[work.length - 1]!;
      const neighbours = adjacency[frame.node]!;
      if (frame.next < neighbours.length) {
        const next = neighbours[frame.next++]!;
        if (index[next] === -1) {
          index[next] = low[next] = counter++;
          stack.push(next);
          onStack[next] = true;
          work.push({node: next, next: 0});
        } else if (onStack[next]) {
          low[frame.node] = Math.min(low[frame.node]!, index[next]!);
        }
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) low[parent.node] = Math.min(low[parent.node]!, low[frame.node]!);
      if (low[frame.node] === index[frame.node]) {
        const component: number[] = [];
        let member: number;
        do {
          member = stack.pop()!;
          onStack[member] = false;
          component.push(member);
        } while (member !== frame.node);
        if (component.length > 1 || selfLoops.has(frame.node)) cycles.push(component.sort((a, b) => a - b));
      }
    }
  }
  return cycles.sort((a, b) => a[0]! - b[0]!);
}

function dedupe(edges: Edge[]): Dependency[] {
  const seen = new Map<string, Dependency>();
  for (const edge of edges) {
    const key = `${edge.stage}:${edge.on}:${edge.via}`;
    if (!seen.has(key)) {
      const dependency: Dependency = {stage: edge.stage, on: edge.on, via: edge.via, line: edge.line};
      if (edge.onbuild) dependency.onbuild = true;
      seen.set(key, dependency);
    }
  }
  return [...seen.values()].sort((a, b) => a.stage - b.stage || a.line - b.line || a.on - b.on);
}

function dedupeImages(images: ExternalImage[]): ExternalImage[] {
  const seen = new Map<string, ExternalImage>();
  for (const image of images) {
    const key = `${image.stage}:${image.via}:${image.ref}`;
    if (!seen.has(key)) seen.set(key, image);
  }
  return [...seen.values()];
}

interface Use {
  ref: StageReference;
  via: DependencyKind;
  range: SourceRange;
  mountTarget?: string | null;
}

/** Where an instruction reads from another stage or image: COPY --from and RUN --mount from=. */
function usesOf(instruction: Instruction): Use[] {
  const uses: Use[] = [];
  if (instruction.kind === 'copy' && instruction.from) {
    const flag = instruction.flags.find((f) => f.name === 'from');
    uses.push({ref: instruction.from, via: 'copy', range: flag?.range ?? instruction.range});
  }
  if (instruction.kind === 'run') {
    const mountFlags = instruction.flags.filter((f) => f.name === 'mount');
    instruction.mounts.forEach((mount, i) => {
      if (mount.from) uses.push({ref: mount.from, via: 'mount', range: mountFlags[i]?.range ?? instruction.range, mountTarget: mount.target});
    });
  }
  return uses;
}

/** The FROM, COPY and mount edges between stages (ONBUILD triggers counted in the child), and the images --from pulls. */
function collectEdges(stages: readonly Stage[]): {fromEdges: Edge[]; copyEdges: Edge[]; externalImages: ExternalImage[]} {
  const fromEdges: Edge[] = [];
  const copyEdges: Edge[] = [];
  const externalImages: ExternalImage[] = [];
  const addUses = (owner: number, source: Stage, onbuild: boolean): void => {
    for (const instruction of source.instructions) {
      if (instruction.onbuild !== onbuild) continue;
      for (const use of usesOf(instruction)) {
        const line = instruction.range.line;
        if (use.ref.kind === 'stage') {
          const edge: Edge = {stage: owner, on: use.ref.stage, via: use.via, line, range: use.range, mountTarget: use.mountTarget};
          if (onbuild) edge.onbuild = true;
          copyEdges.push(edge);
        } else if (use.ref.kind === 'image') {
          externalImages.push({stage: owner, ref: use.ref.ref, via: use.via === 'mount' ? 'mount' : 'copy', line, range: use.range});
        }
      }
    }
  };
  for (const stage of stages) {
    if (stage.fromStage !== null) fromEdges.push({stage: stage.index, on: stage.fromStage, via: 'from', line: stage.line, range: stage.range});
    addUses(stage.index, stage, false);
    if (stage.fromStage !== null) addUses(stage.index, stages[stage.fromStage]!, true);
  }
  return {fromEdges, copyEdges, externalImages};
}

/**
 * Refuses COPY/mount cycles anywhere in the file (BuildKit checks every stage, built or not). Returns the
 * stages in a cycle: BuildKit stops at the cycle, so their forward references are not reported again.
 */
function refuseCycles(stages: readonly Stage[], copyEdges: readonly Edge[], sink: DiagnosticSink): ReadonlySet<number> {
  const inCycles = new Set<number>();
  for (const cycle of findCycles(
    copyEdges.filter((edge) => !edge.onbuild),
    stages.length,
  )) {
    for (const index of cycle) inCycles.add(index);
    const first = stages[cycle[0]!]!;
    const name = stageDisplayName(first);
    const edge = copyEdges.find((e) => e.stage === first.index && cycle.includes(e.on) && !e.onbuild)!;
    if (cycle.length === 1) {
      const what = edge.via === 'mount' ? 'This mount' : 'COPY --from';
      sink.refuse(
        'DL3023',
        `circular dependency detected on stage: ${name}`,
        `${what} points at its own stage "${name}": a stage cannot read from itself while it is being built.`,
        edge.range,
        first.index,
      );
    } else {
      const names = cycle.map((i) => `"${stageDisplayName(stages[i]!)}"`).join(', ');
      const message = `Stages ${names} copy from each other in a circle, so none of them can be built first. BuildKit refuses every build of this file.`;
      sink.refuse('CircularDependency', `circular dependency detected on stage: ${name}`, message, edge.range, first.index);
    }
  }
  return inCycles;
}

function refuseUnknownTarget(stages: readonly Stage[], targetOption: string | null | undefined, sink: DiagnosticSink): void {
  const names = stages
    .filter((s) => s.name)
    .map((s) => s.name)
    .join(', ');
  sink.refuse(
    'UnknownTarget',
    `target stage "${targetOption}" could not be found`,
    `--target ${targetOption} names no stage.${names ? ` Stages with names: ${names}.` : ' No stage has a name; add one with FROM … AS name.'}`,
    stages[0]!.range,
  );
}

/** What BuildKit checks only in the stages it builds: forward references and secret mounts with from=; elsewhere a warning. */
function checkBuiltStages(
  model: StageModel,
  copyEdges: readonly Edge[],
  built: ReadonlySet<number>,
  inCycles: ReadonlySet<number>,
  sink: DiagnosticSink,
): void {
  const {stages} = model;
  for (const edge of copyEdges) {
    if (edge.on <= edge.stage || (inCycles.has(edge.stage) && inCycles.has(edge.on))) continue;
    const from = stageDisplayName(stages[edge.on]!);
    const current = stageDisplayName(stages[edge.stage]!);
    const buildkitMessage =
      edge.via === 'mount'
        ? `cannot mount from stage "${from}" to "${edge.mountTarget ?? ''}", stage needs to be defined before current command`
        : `cannot copy from stage "${from}", it needs to be defined before current stage "${current}"`;
    const learner = `Stage "${current}" ${edge.via === 'mount' ? 'mounts' : 'copies'} from "${from}", which is defined after it. BuildKit builds stages in file order, so move "${from}" above "${current}".`;
    if (built.has(edge.stage)) sink.refuse('DL3022', buildkitMessage, learner, edge.range, edge.stage);
    else sink.report('DL3022', `${learner} This breaks only when "${current}" is built.`, edge.range, edge.stage, 'warning');
  }
  // The model step resolved every --from; a secret mount that names one is refused when built.
  for (const reference of model.references) {
    const {instruction, mountIndex} = reference;
    if (instruction.kind !== 'run' || mountIndex === undefined || instruction.mounts[mountIndex]?.type !== 'secret') continue;
    const message = 'A secret mount cannot take from=; secrets come from --secret on the build command.';
    if (built.has(reference.stage)) sink.refuse('SecretMountFrom', 'secret mount should not have a from', message, reference.range, reference.stage);
    else sink.report('SecretMountFrom', `${message} This breaks only when the stage is built.`, reference.range, reference.stage, 'warning');
  }
}

/**
 * What BuildKit refuses in an ONBUILD trigger: it parses the trigger only for a stage it builds FROM the trigger's
 * stage (convert.go resolveStages → initOnBuildTriggers), and stops there. Elsewhere the file builds, so a warning.
 */
function checkTriggers(model: StageModel, built: ReadonlySet<number>, sink: DiagnosticSink): void {
  const {stages} = model;
  for (const held of model.triggerRefusals) {
    const owner = stageDisplayName(stages[held.stage]!);
    const children = stages.filter((stage) => stage.fromStage === held.stage);
    const builtChild = children.find((child) => built.has(child.index));
    if (builtChild) {
      const message = `${held.message} BuildKit reads an ONBUILD trigger only when it builds a stage on "${owner}", here "${stageDisplayName(builtChild)}", and stops there.`;
      sink.refuse(held.code, held.buildkitMessage, message, held.range, held.stage, triggerPhase);
    } else {
      const when = children.length > 0 ? `when "${stageDisplayName(children[0]!)}" is built` : `when something is built FROM "${owner}" or its image`;
      const message = `${held.message} BuildKit stores an ONBUILD trigger unread, so this fails only ${when}.`;
      sink.report(held.code, message, held.range, held.stage, 'warning');
    }
  }
}

/**
 * RUN --device parses everywhere but is built only by the -labs frontend (build tag dfrundevice): the stable one
 * stops when it builds the stage (dockerfile2llb/convert_norundevice.go). Elsewhere the file builds, so a warning.
 */
function checkRunDevices(model: StageModel, built: ReadonlySet<number>, sink: DiagnosticSink): void {
  if (model.labsFrontend) return;
  for (const stage of model.stages) {
    for (const instruction of stage.instructions) {
      const device = instruction.kind === 'run' && !instruction.onbuild ? instruction.flags.find((flag) => flag.name === 'device') : undefined;
      if (!device) continue;
      const message =
        'RUN --device works only with a -labs frontend (# syntax=docker/dockerfile:1-labs); the stable frontend refuses it when it builds the stage.';
      if (built.has(stage.index))
        sink.refuse('RunDeviceNeedsLabs', 'device feature is only supported in Dockerfile frontend 1.14.0-labs or later', message, device.range, stage.index);
      else sink.report('RunDeviceNeedsLabs', `${message} This breaks only when the stage is built.`, device.range, stage.index, 'warning');
    }
  }
}

/** Triggers are read while BuildKit resolves the stages it builds, with their bases (phase 5). */
const triggerPhase = 5;

/** BuildKit parses every implicit image's reference, in built and skipped stages alike. */
function refuseInvalidImages(externalImages: readonly ExternalImage[], sink: DiagnosticSink): void {
  for (const image of externalImages) {
    if (image.ref === 'scratch') continue;
    const parsed = parseImageReference(image.ref);
    if (parsed.ok) continue;
    const message = `--from=${image.ref} names no stage, so BuildKit reads it as an image name, and it is not a valid one (${parsed.reason}).`;
    sink.refuse('InvalidBaseReference', `failed to parse stage name "${image.ref}": ${parsed.reason}`, message, image.range, image.stage);
  }
}

/**
 * Links stages into BuildKit's dependency graph, resolves the target, and reports what BuildKit would
 * refuse: cycles between COPY/mount edges anywhere, forward references in stages it builds.
 */
export function buildStageGraph(
  model: StageModel,
  targetOption: string | null | undefined,
  sink: DiagnosticSink,
  buildContexts: BuildContextMatcher = buildContextMatcher(),
): StageGraph {
  const {stages} = model;
  const {fromEdges, copyEdges, externalImages} = collectEdges(stages);
  const inCycles = refuseCycles(stages, copyEdges, sink);
  const dependencies = dedupe([...fromEdges, ...copyEdges]);
  const target = resolveTarget(stages, targetOption);
  if (target === null && stages.length > 0) refuseUnknownTarget(stages, targetOption, sink);
  const replacedStages = replacedStagesOf(stages, buildContexts);
  const replaced = new Set(replacedStages);
  const builtStages = target === null ? [] : reachableFrom(target, dependencies, stages.length, replaced);
  const legacyBuiltStages: number[] = [];
  for (let i = 0; target !== null && i <= target; i++) legacyBuiltStages.push(i);
  const dispatched = new Set(target === null ? [] : dispatchedStages(target, dependencies, stages.length, replaced));
  checkBuiltStages(model, copyEdges, dispatched, inCycles, sink);
  checkTriggers(model, dispatched, sink);
  checkRunDevices(model, dispatched, sink);
  refuseInvalidImages(externalImages, sink);
  return {dependencies, externalImages: dedupeImages(externalImages), target, builtStages, legacyBuiltStages, replacedStages};
}
