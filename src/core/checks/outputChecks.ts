import {isExplicitImageReference} from '../model/parseImageReference';
import type {Analysis, Stage} from '../types';
import {buildSteps, outputsOf, placementsOf, type Output, type Placement} from './files';
import {basename, globMatches, hasGlob, isInside, relativeTo, resolvePath} from '../contents/paths';
import {fail, noBuildStageMessage, pass} from './outcome';
import {isLauncher, startOf} from './startCommand';
import {lineOf, stageLabel} from './steps';
import type {CheckFunction} from './types';

const copiedOutputs = (stage: Stage, analysis: Analysis): (Output & {via: {kind: 'copy'}})[] =>
  outputsOf(stage, analysis).filter((output): output is Output & {via: {kind: 'copy'}} => output.via.kind === 'copy');

/** Where a stage's own build writes, for messages: `/app/dist`, `/bin/server`. */
function buildOrigins(stage: Stage, analysis: Analysis): string[] {
  const origins = outputsOf(stage, analysis).map((output) => (output.kind === 'unnamed' ? `${output.path}/<binary>` : output.origin));
  return [...new Set(origins)];
}

/** `/app/dist (or build, out, .next)`. */
function describeOrigins(origins: readonly string[]): string {
  if (origins.length === 0) return 'its output directory';
  const rest = origins.slice(1).map(basename);
  return rest.length > 0 ? `${origins[0]} (or ${rest.join(', ')})` : origins[0]!;
}

/** `build-output-in-runtime`: the final stage copies the build output (`dist`, files in it, the binary) from the build stage. */
export const buildOutputInRuntime: CheckFunction = ({analysis, final, build, stages}) => {
  if (final === null || build === null) return fail(noBuildStageMessage(stages.length));
  const copied = copiedOutputs(final, analysis)[0];
  if (copied) {
    const placement = copied.via.placement;
    return pass(
      `${lineOf(placement.step, final)} copies the build output (${copied.origin} in ${stageLabel(copied.via.from)}) into the image at ${copied.path}.`,
      placement.instruction.range.line,
    );
  }
  const origins = buildOrigins(build, analysis);
  const where = origins[0] ?? '<output>';
  const fromBuild = placementsOf(final, analysis).find((p) => p.origin.kind === 'stage' && p.origin.stage === build);
  if (fromBuild) {
    const relative = fromBuild.instruction.sources.find((source) => !source.startsWith('/'));
    const hint = relative ? ` A --from path starts at the root of that stage, not at its WORKDIR: ${relative} means /${relative.replace(/^\.\//, '')}.` : '';
    return fail(
      `${lineOf(fromBuild.step, final)} copies ${fromBuild.sources.join(' ')} from ${stageLabel(build)}, but the build writes to ${describeOrigins(origins)}, so the built files never reach the image.${hint}`,
      fromBuild.instruction.range.line,
    );
  }
  const ownBuild = buildSteps(final, analysis)[0];
  if (ownBuild) {
    return fail(
      `The final stage builds for itself (${lineOf(ownBuild.step, final)}) instead of copying the build output from ${stageLabel(build)}: COPY --from=${build.name ?? build.index} ${where} <destination>.`,
      ownBuild.step.instruction.range.line,
    );
  }
  return fail(
    `The final stage (line ${final.line}) copies nothing of the build output from ${stageLabel(build)}. Copy it in: COPY --from=${build.name ?? build.index} ${where} <destination>.`,
    final.line,
  );
};

/** A path inside a landed output directory that the build could really have written there. */
function plausibleInside(output: Output, candidate: string): boolean {
  if (!isInside(candidate, output.path) || candidate === output.path) return false;
  const relative = relativeTo(candidate, output.path);
  if (output.kind === 'unnamed') return !relative.includes('/');
  // `dist/dist/server.js`: the output directory does not contain a folder of its own name.
  if (output.kind === 'directory') return relative.split('/')[0] !== basename(output.origin);
  return true;
}

function outputHolds(output: Output, candidate: string): boolean {
  if (output.kind === 'file') return globMatches(output.path, candidate);
  if (output.kind === 'part') return candidate === output.path || isInside(candidate, output.path);
  return plausibleInside(output, candidate);
}

/** The path inside the placement's origin that lands at `target`, or null. */
function sourceFor(placement: Placement, source: string, target: string): string | null {
  if (hasGlob(source)) {
    if (!isInside(target, placement.destination) || target === placement.destination) return null;
    const [first, ...rest] = relativeTo(target, placement.destination).split('/');
    const parent = source.slice(0, source.lastIndexOf('/')) || '/';
    const matched = resolvePath(parent, first!);
    return globMatches(source, matched) ? resolvePath(matched, rest.join('/')) : null;
  }
  const shape = placement.sourceShapes[placement.sources.indexOf(source)] ?? 'unknown';
  const asFile = placement.intoDirectory ? resolvePath(placement.destination, basename(source)) : placement.destination;
  if (target === asFile && shape !== 'directory') return source;
  // A file holds nothing below it; a directory's contents land in the destination.
  if (shape !== 'file' && isInside(target, placement.destination) && target !== placement.destination) {
    return resolvePath(source, relativeTo(target, placement.destination));
  }
  return null;
}

/** A start-file candidate the final stage's own build (in its chain) writes, with the line of that build. */
function builtInPlace(final: Stage, analysis: Analysis, candidates: readonly string[]): {path: string; line: number} | null {
  for (const output of outputsOf(final, analysis)) {
    if (output.via.kind !== 'run') continue;
    const found = candidates.find((candidate) => outputHolds(output, candidate));
    if (found !== undefined) return {path: found, line: output.buildLine};
  }
  return null;
}

/**
 * `start-file-present`: the file the container starts (the script given to node, or the program CMD /
 * ENTRYPOINT runs) was put into the final image by a COPY, directly or inside a copied folder.
 */
export const startFilePresent: CheckFunction = ({analysis, final}) => {
  if (final === null) return fail('The file has no stage, so no image and no start command.');
  const {command, commandLine, startFile} = startOf(final, analysis);
  if (startFile.kind === 'unknown') {
    return fail(`Line ${commandLine}: ${startFile.reason}.`, commandLine);
  }
  const {candidates, shown} = startFile;
  const target = candidates[0]!;
  const base = command.baseEntrypoint;
  const via = base !== null && base.length > 0 && !isLauncher(base[0]!) ? ` (the base image's ENTRYPOINT, ${base.join(' ')}, runs it)` : '';

  // Through a copied build output.
  for (const output of copiedOutputs(final, analysis)) {
    const found = candidates.find((candidate) => outputHolds(output, candidate));
    if (found !== undefined) {
      return pass(
        `The container starts ${shown}${via}, and ${lineOf(output.via.placement.step, final)} puts it at ${found} (build output of ${stageLabel(output.via.from)}).`,
        output.via.placement.instruction.range.line,
      );
    }
  }

  const inPlace = builtInPlace(final, analysis, candidates);
  if (inPlace !== null) {
    return pass(
      `The container starts ${shown}${via}, and the final stage's own build (line ${inPlace.line}) writes it at ${inPlace.path}. It is there, but the image then carries what built it.`,
      inPlace.line,
    );
  }

  // Through any other COPY.
  let typo: string | null = null;
  for (const placement of placementsOf(final, analysis)) {
    for (const source of placement.sources) {
      for (const candidate of candidates) {
        const origin = sourceFor(placement, source, candidate);
        if (origin === null) continue;
        const line = placement.instruction.range.line;
        if (placement.origin.kind === 'stage') {
          const from = placement.origin.stage;
          // A path inside a build output is judged above: it is not there.
          if (outputsOf(from, analysis).some((output) => output.kind !== 'file' && output.kind !== 'part' && isInside(origin, output.path))) continue;
          return pass(`The container starts ${shown}${via}, and ${lineOf(placement.step, final)} copies it from ${stageLabel(from)} (${origin}).`, line);
        }
        if (placement.origin.kind === 'context') {
          return pass(`The container starts ${shown}${via}, and ${lineOf(placement.step, final)} copies it from the build context.`, line);
        }
        if (placement.origin.kind === 'image' && isExplicitImageReference(placement.origin.ref)) {
          return pass(`The container starts ${shown}${via}, and ${lineOf(placement.step, final)} copies it from the image ${placement.origin.ref}.`, line);
        }
        const raw = placement.instruction.from?.raw ?? '';
        typo ??= `${lineOf(placement.step, final)} would copy ${shown} from "${raw}", which is no stage of this file, so the build fails before the file ever gets there.`;
      }
    }
  }
  const intro = `The container starts ${shown}${via} (line ${commandLine})${target === shown ? '' : `, which is ${target}`}`;
  if (typo !== null) return fail(`${intro}. ${typo}`, commandLine);

  // A copied output that landed elsewhere: say where the file really is.
  for (const output of copiedOutputs(final, analysis)) {
    if (output.kind !== 'directory' || !isInside(target, output.path) || target === output.path) continue;
    const relative = relativeTo(target, output.path).split('/');
    if (relative[0] !== basename(output.origin) || relative.length < 2) continue;
    const actual = resolvePath(output.path, relative.slice(1).join('/'));
    return fail(
      `${intro}, but ${lineOf(output.via.placement.step, final)} copies the contents of ${output.origin} into ${output.path}, so the file is at ${actual}. Copy the folder to its own place (COPY --from=${output.via.from.name ?? output.via.from.index} ${output.origin} ./${basename(output.origin)}) or start ${actual}.`,
      output.via.placement.instruction.range.line,
    );
  }
  const landed = copiedOutputs(final, analysis).map((output) => output.path);
  const hint = landed.length > 0 ? ` The build output it receives is at ${[...new Set(landed)].join(', ')}.` : ' Copy it in from the build stage.';
  return fail(`${intro}, but no COPY in the final stage puts a file there, so the container would fail to start.${hint}`, commandLine);
};
