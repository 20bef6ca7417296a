import {isBuildCommand} from '../contents/buildCommands';
import {isInside} from '../contents/paths';
import type {CopyRecord} from '../contents/copies';
import type {StageEntry} from '../estimate/copyContentsByPath';
import type {Analysis, ContentItem, Stage} from '../types';
import {commandsOfRun, type SimpleCommand} from './shell';
import {stageSteps, type Step} from './steps';

/**
 * Where files go: COPY/ADD sources and destinations resolved the way BuildKit does (sources of
 * `--from` from the root of that stage or image, sources from the context from its root, destinations
 * against the WORKDIR), and where a stage's build writes its output.
 */

/** A copy record of the stage-contents model, with the stage it copies from as a stage (for messages). */
export interface Placement extends Omit<CopyRecord, 'origin'> {
  origin: {kind: 'context'} | {kind: 'stage'; stage: Stage} | {kind: 'image'; ref: string} | {kind: 'invalid'; raw: string};
}

const placementCache = new WeakMap<Stage, Placement[]>();

function toPlacement(record: CopyRecord, analysis: Analysis): Placement {
  const {origin} = record;
  return {...record, origin: origin.kind === 'stage' ? {kind: 'stage', stage: analysis.stages[origin.stage]!} : origin};
}

/** The COPY/ADD instructions that take effect in a stage (inherited ones included), from the stage-contents model. */
export function placementsOf(stage: Stage, analysis: Analysis): Placement[] {
  const cached = placementCache.get(stage);
  if (cached) return cached;
  const chain: number[] = [];
  for (let walk = analysis.contents[stage.index]?.walk ?? null; walk !== null; walk = walk.parent) chain.unshift(walk.index);
  const placements = chain.flatMap((index) => (analysis.contents[index]?.copies ?? []).map((record) => toPlacement(record, analysis)));
  placementCache.set(stage, placements);
  return placements;
}

// ---------------------------------------------------------------------------------------------
// Build output.

/** A place a build writes to, in some stage's filesystem. */
export interface Output {
  /**
   * Absolute path. `directory`: a directory of output; `file`: one output file; `unnamed`: the directory a
   * binary of unknown name is written to; `part`: a file or folder copied out of an output directory.
   */
  path: string;
  kind: 'directory' | 'file' | 'unnamed' | 'part';
  /** Where the build wrote it, in its own stage (`/app/dist`), for messages. */
  origin: string;
  /** The RUN that built it. */
  buildLine: number;
  /** How it reached this stage: built here (or in a stage this one is built on), or copied in. */
  via: {kind: 'run'} | {kind: 'copy'; placement: Placement; from: Stage};
}

/** The RUNs of a stage (inherited ones included) that run a build, with the commands that do. */
export function buildSteps(stage: Stage, analysis: Analysis): {step: Step; commands: SimpleCommand[]}[] {
  const result: {step: Step; commands: SimpleCommand[]}[] = [];
  for (const step of stageSteps(stage, analysis)) {
    if (step.instruction.kind !== 'run') continue;
    const commands = commandsOfRun(step.instruction).filter(isBuildCommand);
    if (commands.length > 0) result.push({step, commands});
  }
  return result;
}

/** Whether a stage runs a build, itself or through a stage it is built on. */
export function runsBuildInChain(stage: Stage, analysis: Analysis): boolean {
  return buildSteps(stage, analysis).length > 0;
}

const outputCache = new WeakMap<Stage, Output[]>();

/** How an output path reads: a binary of unknown name in a folder (`/go/bin/*`), one file, a part of an output, or a folder. */
function kindOf(entry: StageEntry, path: string): {path: string; kind: Output['kind']} {
  if (path.endsWith('/*')) return {path: path.slice(0, -2) || '/', kind: 'unnamed'};
  if (entry.item.partOf !== null) return {path, kind: 'part'};
  return {path, kind: entry.file ? 'file' : 'directory'};
}

/** Where the build wrote an item in its own stage, for messages: the original path the copy took it from. */
function originPath(item: ContentItem, analysis: Analysis, sources: readonly string[]): string {
  const original = analysis.contents[item.origin.stage]?.entries.find((entry) => entry.item.id === (item.partOf ?? item.id))?.item.paths ?? item.paths;
  return original.find((path) => sources.some((source) => isInside(path, source) || isInside(source, path))) ?? original[0] ?? item.paths[0] ?? '/';
}

/**
 * Everything a stage holds of a build's output, read from the stage-contents model: built in its chain, or
 * copied in (directly, or by a stage it is built on) from a stage that holds some.
 */
export function outputsOf(stage: Stage, analysis: Analysis): Output[] {
  const cached = outputCache.get(stage);
  if (cached) return cached;
  const outputs: Output[] = [];
  const placements = placementsOf(stage, analysis);
  for (const entry of analysis.contents[stage.index]?.entries ?? []) {
    const {item} = entry;
    if (item.category !== 'build-output' || item.removedAt !== null) continue;
    const fromIndex = item.copiedFrom?.stage ?? null;
    const placement =
      fromIndex === null ? undefined : placements.find((candidate) => candidate.instruction.range.line === item.line && candidate.origin.kind === 'stage');
    const via: Output['via'] = placement === undefined || fromIndex === null ? {kind: 'run'} : {kind: 'copy', placement, from: analysis.stages[fromIndex]!};
    const origin = via.kind === 'copy' ? originPath(item, analysis, via.placement.sources) : null;
    for (const path of item.paths) outputs.push({...kindOf(entry, path), origin: origin ?? path, buildLine: item.origin.line, via});
  }
  outputCache.set(stage, outputs);
  return outputs;
}
