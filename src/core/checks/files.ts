import {runsBuild} from '../model/buildCommands';
import {basename, globMatches, hasGlob, isInside, relativeTo, resolvePath} from '../contents/paths';
import type {CopyRecord} from '../contents/copies';
import type {Analysis, CopyInstruction, Stage} from '../types';
import {commandsOfRun, type SimpleCommand} from './shell';
import {stageSteps, type Step} from './steps';

/**
 * Where files go: COPY/ADD sources and destinations resolved the way BuildKit does (sources of
 * `--from` from the root of that stage or image, sources from the context from its root, destinations
 * against the WORKDIR), and where a stage's build writes its output.
 */

/** Directories that hold a project's source by convention. */
export const workingDirectories: ReadonlySet<string> = new Set(['/', '/app', '/src', '/usr/src/app', '/usr/app', '/home/node/app', '/go/src/app', '/workspace', '/code']);

export type CopyOrigin =
  | {kind: 'context'}
  | {kind: 'stage'; stage: Stage}
  | {kind: 'image'; ref: string}
  | {kind: 'invalid'; raw: string};

/** One COPY or ADD as it takes effect in a stage. */
export interface Placement {
  step: Step;
  instruction: CopyInstruction;
  origin: CopyOrigin;
  /** Absolute source paths (`/` is the root of the context, stage or image), `/.` and trailing slashes dropped. */
  sources: string[];
  /** Absolute destination. */
  destination: string;
  /** Whether the destination is a directory the sources go into (trailing slash, `.`, several sources, a glob, a WORKDIR). */
  intoDirectory: boolean;
}

const placementCache = new WeakMap<Stage, Placement[]>();

function toPlacement(record: CopyRecord, analysis: Analysis): Placement {
  const {origin} = record;
  return {
    step: record.step,
    instruction: record.instruction,
    origin: origin.kind === 'stage' ? {kind: 'stage', stage: analysis.stages[origin.stage]!} : origin,
    sources: record.sources,
    destination: record.destination,
    intoDirectory: record.intoDirectory,
  };
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

/** Where a source lands in the destination stage: a directory's contents into the destination, a file at it or inside it. */
export function landingOf(placement: Placement, source: string, path: string): string | null {
  // `path` is a path inside the origin; `source` one of the placement's sources.
  if (hasGlob(source)) {
    const parent = source.slice(0, source.lastIndexOf('/')) || '/';
    // A match of the glob itself, or something inside a matched directory.
    const first = isInside(path, parent) && path !== parent ? `${parent === '/' ? '' : parent}/${relativeTo(path, parent).split('/')[0]}` : null;
    if (first === null || !globMatches(source, first)) return null;
    const rest = path.slice(first.length);
    return `${placement.destination === '/' ? '' : placement.destination}/${basename(first)}${rest}`;
  }
  if (!isInside(path, source)) return null;
  if (path === source) return placement.intoDirectory ? resolvePath(placement.destination, basename(source)) : placement.destination;
  return resolvePath(placement.destination, relativeTo(path, source));
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

/** Words that mean "a build command" at the start of a simple command (`npm run build`, `go build`, `tsc`). */
export function isBuildCommand(command: SimpleCommand): boolean {
  const words = command.words;
  if (words.length === 0) return false;
  const joined = words.join(' ');
  if (!runsBuild(joined)) return false;
  // `apt-get install make` mentions a build tool without running it.
  const runners = new Set(['npx', 'npm', 'yarn', 'pnpm', 'bun', 'sudo', 'time']);
  return runners.has(basename(words[0]!)) || !runsBuild(words.slice(1).join(' '));
}

function flagValue(words: readonly string[], names: readonly string[]): string | null {
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    for (const name of names) {
      if (word === name) return words[i + 1] ?? null;
      if (word.startsWith(`${name}=`)) return word.slice(name.length + 1);
    }
  }
  return null;
}

const conventionalOutputDirectories = ['dist', 'build', 'out', '.next'];

/** Where one build command writes, relative to the WORKDIR it runs in. */
function outputsOfCommand(command: SimpleCommand, workdir: string): {path: string; kind: Output['kind']}[] {
  const words = command.words;
  const program = basename(words[0] ?? '');
  if (program === 'go') {
    if (words[1] === 'install') return [{path: command.env.GOBIN ?? '/go/bin', kind: 'directory'}];
    const output = flagValue(words, ['-o']);
    if (output === null) return [{path: workdir, kind: 'unnamed'}];
    const path = resolvePath(workdir, output);
    return [{path, kind: output.endsWith('/') ? 'directory' : 'file'}];
  }
  if (program === 'cargo' || program === 'mvn' || program === 'mvnw') return [{path: resolvePath(workdir, 'target'), kind: 'directory'}];
  if (program === 'gradle' || program === 'gradlew') return [{path: resolvePath(workdir, 'build'), kind: 'directory'}];
  const explicit = flagValue(words, ['--outDir', '--outdir', '--out-dir', '--output', '-o', '--dist-dir']);
  if (explicit !== null) return [{path: resolvePath(workdir, explicit), kind: 'directory'}];
  if (program === 'gcc' || program === 'g++' || program === 'make' || program === 'cmake') return [{path: workdir, kind: 'unnamed'}];
  return conventionalOutputDirectories.map((name) => ({path: resolvePath(workdir, name), kind: 'directory' as const}));
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

/** More places than any real build writes to: a bound that keeps pathological files (hundreds of stages copying from each other) fast. */
const maxOutputsPerStage = 64;

/** Everything a stage holds of a build's output: built in its chain, or copied in from a stage that holds some. */
export function outputsOf(stage: Stage, analysis: Analysis, visiting = new Set<number>()): Output[] {
  const cached = outputCache.get(stage);
  if (cached) return cached;
  if (visiting.has(stage.index)) return [];
  visiting.add(stage.index);
  const outputs: Output[] = [];
  // The same output reaching the same place twice (two copies, or a copy inherited twice) counts once.
  const seen = new Set<string>();
  const add = (output: Output): void => {
    const key = `${output.kind} ${output.path} ${output.origin}`;
    if (seen.has(key) || outputs.length >= maxOutputsPerStage) return;
    seen.add(key);
    outputs.push(output);
  };
  for (const {step, commands} of buildSteps(stage, analysis)) {
    for (const command of commands) {
      for (const output of outputsOfCommand(command, step.workdir)) {
        add({...output, origin: output.path, buildLine: step.instruction.range.line, via: {kind: 'run'}});
      }
    }
  }
  for (const placement of placementsOf(stage, analysis)) {
    if (placement.origin.kind !== 'stage') continue;
    const from = placement.origin.stage;
    for (const output of outputsOf(from, analysis, visiting)) {
      for (const source of placement.sources) {
        const landed = landOutput(placement, source, output);
        if (landed) add({...landed, origin: output.origin, buildLine: output.buildLine, via: {kind: 'copy', placement, from}});
      }
    }
  }
  visiting.delete(stage.index);
  outputCache.set(stage, outputs);
  return outputs;
}

/** Where (part of) an output lands through one COPY source, or null when the source does not reach it. */
function landOutput(placement: Placement, source: string, output: Output): {path: string; kind: Output['kind']} | null {
  // The source holds the whole output: it is the output, a directory around it, or a glob matching it.
  const whole = landingOf(placement, source, output.path);
  if (whole !== null) {
    if (!hasGlob(source) && output.path === source && output.kind !== 'file') return {path: placement.destination, kind: output.kind};
    return {path: whole, kind: output.kind};
  }
  if (output.kind === 'file') return null;
  const parent = hasGlob(source) ? source.slice(0, source.lastIndexOf('/')) || '/' : source;
  // `dist/*` or `dist/*.js`: (some of) the output's contents, into the destination.
  if (hasGlob(source) && parent === output.path) return {path: placement.destination, kind: 'directory'};
  // One file or folder inside the output.
  if (parent !== output.path && isInside(parent, output.path)) {
    return hasGlob(source) ? {path: placement.destination, kind: 'directory'} : {path: landingOf(placement, source, source)!, kind: 'part'};
  }
  return null;
}
