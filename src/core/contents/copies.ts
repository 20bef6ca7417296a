/**
 * Every COPY/ADD of a stage resolved once, the way BuildKit resolves it: sources (variables expanded) from
 * the root of the build context, stage or image they come from, the destination against the WORKDIR, and
 * whether the sources go into the destination as a folder. The stage-contents builder places items with
 * these records, and the checks and diagnostics read the same records.
 */

import type {StageEntry} from '../estimate/copyContentsByPath';
import type {CopyInstruction} from '../types';
import {installConfigNames, isManifestName} from './fileKinds';
import {basename, hasGlob, relatePaths, resolvePath, wholeDirectory} from './paths';
import {expandVariables, type Step, type StageWalk} from './walkStages';

export type CopyOrigin = {kind: 'context'} | {kind: 'stage'; stage: number} | {kind: 'image'; ref: string} | {kind: 'invalid'; raw: string};

/**
 * What one source names, as far as the model can tell: one file (it lands under its own name in a folder
 * destination), a directory (BuildKit copies its contents, never the folder itself, whether it is one source
 * or one of several: Dockerfile reference, COPY), or unknown.
 */
export type SourceShape = 'file' | 'directory' | 'unknown';

/** A copy that brings a project's whole source: the build context, or a stage's or image's working directory. */
export type WholeSource = {kind: 'build-context'} | {kind: 'working-directory'; path: string};

export interface CopyRecord {
  step: Step;
  /** The instruction with its source and destination variables expanded. */
  instruction: CopyInstruction;
  origin: CopyOrigin;
  /** Absolute source paths (`/` is the root of the context, stage or image); URLs and git sources left out. */
  sources: string[];
  /** One per source, in the same order. */
  sourceShapes: SourceShape[];
  /** Absolute destination. */
  destination: string;
  /** Whether the sources go into the destination as a folder (see `intoDirectory`). */
  intoDirectory: boolean;
  /** Set when the copy brings a whole source tree. */
  wholeSource: WholeSource | null;
}

/** Directories that hold a project's source by convention: copying one whole from a stage copies the source. */
export const workingDirectories: ReadonlySet<string> = new Set([
  '/',
  '/app',
  '/src',
  '/usr/src/app',
  '/usr/app',
  '/home/node/app',
  '/go/src/app',
  '/workspace',
  '/code',
]);

const remote = /^(?:[a-z][a-z0-9+.-]*:\/\/|git@)/i;
const looksLikeFileName = /\.[A-Za-z0-9]+$/;

/**
 * A destination is a folder when written as one (trailing `/`, `.` or `..`), when it is a directory the stage
 * already has (a WORKDIR of its chain), or when a wildcard source goes to a name that does not look like a file.
 * One wildcard match may be copied to a file name (`*.jar app.jar`). Several sources do not make it a folder:
 * the reference asks for a trailing `/` then, but BuildKit does not enforce it. dispatchCopy
 * (dockerfile2llb/convert_copy.go) adds one copy per source to the same destination, and fsutil's
 * prepareTargetDir (copy/copy.go) puts a file source at that name unless a directory is there, so each file
 * overwrites the one before. The legacy builder refused such a COPY.
 */
function intoDirectory(written: string, destination: string, sources: readonly string[], knownDirectories: ReadonlySet<string>): boolean {
  if (written.endsWith('/') || /(?:^|\/)\.{1,2}$/.test(written)) return true;
  if (knownDirectories.has(destination)) return true;
  return sources.some(hasGlob) && !looksLikeFileName.test(basename(destination));
}

function originOf(instruction: CopyInstruction): CopyOrigin {
  const from = instruction.from;
  if (from === null) return {kind: 'context'};
  if (from.kind === 'stage') return {kind: 'stage', stage: from.stage};
  if (from.kind === 'image') return {kind: 'image', ref: from.ref};
  return {kind: 'invalid', raw: from.raw};
}

function wholeSourceOf(origin: CopyOrigin, sources: readonly string[], walks: readonly StageWalk[]): WholeSource | null {
  for (const source of sources) {
    const directory = wholeDirectory(source);
    if (origin.kind === 'context') {
      if (directory === '/') return {kind: 'build-context'};
      continue;
    }
    const workdir = origin.kind === 'stage' ? walks[origin.stage]?.workdir : null;
    if (workingDirectories.has(directory) || directory === workdir) return {kind: 'working-directory', path: directory};
  }
  return null;
}

/**
 * A source's shape from what the source stage holds there (an item under it makes it a directory, a one-file item
 * at it a file), else from its name (a package manifest or install configuration is a file).
 */
function shapeOf(source: string, entries: readonly StageEntry[] | null): SourceShape {
  const name = basename(source);
  if (hasGlob(name)) return 'unknown';
  for (const entry of entries ?? []) {
    if (entry.item.removedAt !== null || entry.item.category === 'base-image') continue;
    for (const path of entry.item.paths) {
      const relation = relatePaths(path, source);
      if (relation.kind !== 'inside') continue;
      if (relation.rest.length > 0) return 'directory';
      if (entry.file) return 'file';
    }
  }
  return isManifestName(name) || installConfigNames.includes(name) ? 'file' : 'unknown';
}

/** The entries of a stage built before the copying one (null for the build context, an image or a later stage). */
export type EntriesOf = (origin: CopyOrigin) => readonly StageEntry[] | null;

/** The copy records of a stage's own steps, given the WORKDIRs its chain has used so far. */
export function resolveCopies(
  steps: readonly Step[],
  walks: readonly StageWalk[],
  escape: string,
  knownDirectories: Set<string>,
  entriesOf: EntriesOf = () => null,
): CopyRecord[] {
  const records: CopyRecord[] = [];
  for (const step of steps) {
    knownDirectories.add(step.workdir);
    const written = step.instruction;
    if ((written.kind !== 'copy' && written.kind !== 'add') || written.destination === null) continue;
    // Arrays built with push, not .map/.filter: the records' readers deoptimised as those arrays' elements kind changed.
    const expanded: string[] = [];
    const sources: string[] = [];
    for (const source of written.sources) {
      const value = expandVariables(source, step.env, escape);
      expanded.push(value);
      if (!remote.test(value) && !value.startsWith('<<')) sources.push(resolvePath('/', value));
    }
    const instruction: CopyInstruction = {...written, sources: expanded, destination: expandVariables(written.destination, step.env, escape)};
    const origin = originOf(instruction);
    const destination = resolvePath(step.workdir, instruction.destination!);
    const sourceShapes: SourceShape[] = [];
    for (const source of sources) sourceShapes.push(shapeOf(source, entriesOf(origin)));
    records.push({
      step,
      instruction,
      origin,
      sources,
      sourceShapes,
      destination,
      intoDirectory: intoDirectory(instruction.destination!, destination, instruction.sources, knownDirectories),
      wholeSource: wholeSourceOf(origin, sources, walks),
    });
  }
  return records;
}
