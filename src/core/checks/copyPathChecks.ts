import type {CopyRecord} from '../contents/copies';
import {workingDirectories} from '../contents/copies';
import {basename, hasGlob, isInside, pathSegments, relatePaths, resolvePath} from '../contents/paths';
import {presentItems} from '../contents/queries';
import {stepsOf} from '../contents/walkStages';
import type {Analysis, Stage} from '../types';
import {placementsOf, type Placement} from './files';
import {fail, pass} from './outcome';
import {commandsOfRun} from './shell';
import {startOf} from './startCommand';
import {lineOf, stageLabel} from './steps';
import type {CheckFunction} from './types';

/**
 * Where COPY --from finds its sources and what name a copied file ends up with, as queries over the copy
 * records of the stage-contents model: a source is read from the root of the stage it names (never from
 * that stage's WORKDIR), and a wildcard copied into a folder keeps the names of its matches.
 */

// ---------------------------------------------------------------------------------------------
// copy-from-paths-exist

/** Top-level folders of a Linux image: a path there may come from the base image, which Stagecraft cannot list. */
const systemDirectories = new Set([
  'bin',
  'boot',
  'dev',
  'etc',
  'home',
  'lib',
  'lib32',
  'lib64',
  'libx32',
  'media',
  'mnt',
  'opt',
  'proc',
  'root',
  'run',
  'sbin',
  'srv',
  'sys',
  'tmp',
  'usr',
  'var',
]);

type SourceVerdict = 'found' | 'unknown' | 'missing';

/** The WORKDIRs a stage's chain works in (not `/`): where its own files are, and so where the model knows what is there. */
function projectDirectories(analysis: Analysis, index: number): string[] {
  const walk = analysis.contents[index]?.walk;
  if (walk === undefined) return [];
  return [...new Set([...stepsOf(walk).map((step) => step.workdir), walk.workdir])].filter((dir) => dir !== '/');
}

/** Whether an item of the stage is at, around or inside `path`; a build's output file also vouches for its folder (`target/`). */
function itemAt(analysis: Analysis, index: number, path: string): boolean {
  for (const item of presentItems(analysis.contents[index])) {
    if (item.category === 'base-image') continue;
    for (const itemPath of item.paths) {
      if (relatePaths(itemPath, path).kind !== 'none') return true;
      const name = basename(itemPath);
      const folder = itemPath.slice(0, itemPath.lastIndexOf('/'));
      if (item.category === 'build-output' && folder !== '' && (hasGlob(name) || /\.\w+$/.test(name)) && isInside(path, folder)) return true;
    }
  }
  return false;
}

/** Whether a RUN of the stage's chain names a path at or around `path` (a `cp … /out/app.jar` may have put it there). */
function namedByRun(analysis: Analysis, index: number, path: string, projects: readonly string[]): boolean {
  const walk = analysis.contents[index]?.walk;
  if (walk === undefined) return false;
  for (const step of stepsOf(walk)) {
    if (step.instruction.kind !== 'run') continue;
    for (const command of commandsOfRun(step.instruction)) {
      for (const word of [...command.words.slice(1), ...command.writes]) {
        if (!word.includes('/') || word.includes('$') || /^[a-z][a-z0-9+.-]*:\/\//i.test(word)) continue;
        const named = resolvePath(step.workdir, word.split('=').at(-1)!);
        if (named !== '/' && !projects.includes(named) && isInside(path, named)) return true;
      }
    }
  }
  return false;
}

/**
 * Whether a COPY --from source is where its stage put something. A path in the stage's project area (its
 * WORKDIRs, or a conventional working directory such as /app) must hold an item of the model or be named by
 * one of its RUNs; a path elsewhere may come from the base image and is not judged.
 */
function sourceVerdict(analysis: Analysis, index: number, path: string): SourceVerdict {
  const contents = analysis.contents[index];
  if (contents === undefined || contents.skipped) return 'unknown';
  if (itemAt(analysis, index, path)) return 'found';
  const projects = projectDirectories(analysis, index);
  if (namedByRun(analysis, index, path, projects)) return 'found';
  const inProject = projects.some((dir) => isInside(path, dir)) || [...workingDirectories].some((dir) => dir !== '/' && isInside(path, dir));
  const first = pathSegments(path)[0];
  if (!inProject && (first === undefined || systemDirectories.has(first))) return 'unknown';
  return inProject || first === undefined ? 'missing' : 'unknown';
}

/** The WORKDIR at the end of a stage: where a relative source would be, were it read as a RUN reads it. */
const workdirOf = (analysis: Analysis, index: number): string => analysis.contents[index]?.walk.workdir ?? '/';

/**
 * Whether a source is not where its stage put anything: judged at the path it names from the stage's root,
 * and, for a relative source that names nothing known there, by whether the stage has it under its WORKDIR.
 */
function isMissing(analysis: Analysis, index: number, written: string, path: string): boolean {
  const verdict = sourceVerdict(analysis, index, path);
  if (verdict !== 'unknown' || written.startsWith('/')) return verdict === 'missing';
  const fromWorkdir = resolvePath(workdirOf(analysis, index), written);
  return fromWorkdir !== path && sourceVerdict(analysis, index, fromWorkdir) === 'found';
}

/** Where a stage's build output is, for a message: `/src/target/*.jar`. */
function outputPaths(analysis: Analysis, index: number): string[] {
  return presentItems(analysis.contents[index], 'build-output').flatMap((item) => item.paths);
}

/** The folder a wildcard source is matched in: its segments before the first that holds a wildcard (`/src/target/*.jar` → `/src/target`). */
function wildcardFolder(path: string): string {
  const segments = pathSegments(path);
  const first = segments.findIndex((segment) => hasGlob(segment));
  return `/${segments.slice(0, first).join('/')}`;
}

/** Whether a folder is there in the stage: a WORKDIR (or a parent of one), a folder holding its items, or a top-level folder of a Linux image. */
function folderExists(analysis: Analysis, index: number, folder: string): boolean {
  if (folder === '/' || projectDirectories(analysis, index).some((dir) => isInside(dir, folder))) return true;
  const verdict = sourceVerdict(analysis, index, folder);
  if (verdict !== 'unknown') return verdict === 'found';
  return systemDirectories.has(pathSegments(folder)[0]!);
}

/**
 * What BuildKit does with a source that is not there. Without a wildcard the cache key cannot be computed and the
 * build stops with `"<path>": not found` (contenthash lazyChecksum). Every COPY source is matched with
 * AllowWildcard and AllowEmptyWildcard (dockerfile2llb/convert_copy.go), so a wildcard that matches nothing in a
 * folder that exists copies nothing and the build goes on (solver/llbsolver/file/backend.go docopy; test
 * testEmptyWildcard); a wildcard whose folder is missing stops the copy when fsutil walks that folder
 * (copy.ResolveWildcards → filepath.Walk: lstat).
 */
function consequence(analysis: Analysis, from: Stage, path: string): string {
  if (!hasGlob(path)) return `the build stops with the error "${path}": not found`;
  const folder = wildcardFolder(path);
  if (folderExists(analysis, from.index, folder)) {
    return `the wildcard matches nothing in ${folder}. That is no error to BuildKit: the COPY copies nothing, the build succeeds, and the image lacks what it was meant to receive`;
  }
  return `the build stops when the copy runs, with "lstat ${folder}: no such file or directory", because ${stageLabel(from)} has no folder ${folder} to match the wildcard in`;
}

function missingSourceMessage(record: CopyRecord, written: string, path: string, analysis: Analysis, from: Stage): string {
  const line = record.instruction.range.line;
  const workdir = workdirOf(analysis, from.index);
  const label = stageLabel(from);
  const outputs = outputPaths(analysis, from.index);
  const where = outputs.length > 0 ? ` Its build output is at ${outputs.join(', ')}.` : '';
  const fromWorkdir = resolvePath(workdir, written);
  const then = consequence(analysis, from, path);
  if (!written.startsWith('/') && fromWorkdir !== path && sourceVerdict(analysis, from.index, fromWorkdir) === 'found') {
    return `Line ${line} copies ${written} from ${label}. COPY --from reads its sources from the root of that stage, not from its WORKDIR (${workdir}), so this names ${path}, where ${label} has nothing, and ${then}. Write the full path: ${fromWorkdir}.`;
  }
  return `Line ${line} copies ${path} from ${label}, but nothing in ${label} is there (its WORKDIR is ${workdir}), so ${then}.${where}`;
}

/** The copy records of one stage's own COPY --from=<stage> instructions, with each source as written. */
function stageCopies(analysis: Analysis, index: number): {record: CopyRecord; from: Stage; sources: {written: string; path: string}[]}[] {
  const result = [];
  for (const record of analysis.contents[index]?.copies ?? []) {
    if (record.origin.kind !== 'stage') continue;
    const written = record.instruction.sources.filter((source) => !source.startsWith('<<'));
    if (written.length !== record.sources.length) continue;
    result.push({record, from: analysis.stages[record.origin.stage]!, sources: written.map((source, i) => ({written: source, path: record.sources[i]!}))});
  }
  return result;
}

/**
 * `copy-from-paths-exist`: every COPY --from=<stage> of a stage BuildKit builds for the default target names
 * sources where that stage put something, read from the stage's root (a relative source is not read against
 * its WORKDIR).
 */
export const copyFromPathsExist: CheckFunction = ({analysis, defaultBuilt}) => {
  let count = 0;
  for (const index of [...defaultBuilt].sort((a, b) => a - b)) {
    for (const {record, from, sources} of stageCopies(analysis, index)) {
      for (const {written, path} of sources) {
        count++;
        if (isMissing(analysis, from.index, written, path)) {
          return fail(missingSourceMessage(record, written, path, analysis, from), record.instruction.range.line);
        }
      }
    }
  }
  if (count === 0) return pass('No COPY --from copies out of another stage of this file, so there is no source path to check.');
  return pass(`Every COPY --from source names a path where its stage put something, read from the root of that stage.`);
};

// ---------------------------------------------------------------------------------------------
// start-file-named

/** How a copy puts `target` into the image: under a name the Dockerfile writes, or under a wildcard match's own name. */
function howCopied(placement: Placement, target: string): 'named' | 'wildcard' | null {
  for (const source of placement.sources) {
    const glob = hasGlob(basename(source));
    if (!placement.intoDirectory) {
      if (placement.destination === target) return 'named';
      if (!glob && isInside(target, placement.destination)) return 'named';
      continue;
    }
    if (!isInside(target, placement.destination) || target === placement.destination) continue;
    const first = pathSegments(target)[pathSegments(placement.destination).length]!;
    if (glob) {
      if (relatePaths(`${placement.destination}/${basename(source)}`, resolvePath(placement.destination, first)).kind !== 'none') return 'wildcard';
      continue;
    }
    // A folder's contents land in the destination; a file lands under its own name.
    return 'named';
  }
  return null;
}

/**
 * `start-file-named`: the file the start command runs (the `.js` given to node, the jar given to
 * `java -jar`, the program) is put there by a COPY under the name the command uses. A wildcard copied into
 * a folder keeps the names of its matches (`shop-1.4.0.jar`), which the Dockerfile does not know.
 */
export const startFileNamed: CheckFunction = ({analysis, final}) => {
  if (final === null) return fail('The file has no stage, so no image and no start command.');
  const {commandLine, startFile} = startOf(final, analysis);
  if (startFile.kind === 'unknown') return fail(`Line ${commandLine}: ${startFile.reason}.`, commandLine);
  let last: {placement: Placement; how: 'named' | 'wildcard'; target: string} | null = null;
  for (const placement of placementsOf(final, analysis)) {
    for (const target of startFile.candidates) {
      const how = howCopied(placement, target);
      if (how !== null) last = {placement, how, target};
    }
  }
  const shown = startFile.shown;
  if (last === null) {
    return fail(
      `The container starts ${shown} (line ${commandLine}), but no COPY in the final stage puts a file at ${startFile.candidates[0]}, so the container would fail to start.`,
      commandLine,
    );
  }
  const {placement, how, target} = last;
  const line = placement.instruction.range.line;
  const source = placement.instruction.sources.join(' ');
  if (how === 'named')
    return pass(`${lineOf(placement.step, final)} puts ${shown} where the start command (line ${commandLine}) looks for it, under that name.`, line);
  const example = target.endsWith('.jar') ? ' (a versioned name such as shop-1.4.0.jar)' : '';
  const name = target.slice(0, target.lastIndexOf('/')) === placement.step.workdir ? basename(target) : target;
  return fail(
    `The container starts ${shown} (line ${commandLine}), but ${lineOf(placement.step, final)} copies ${source} into ${placement.destination}/, where each match keeps its own name${example}, so nothing guarantees a file called ${basename(target)}. A wildcard that matches one file can be copied to a file name: COPY … ${source} ${name}.`,
    line,
  );
};
