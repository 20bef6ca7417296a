import {closestName} from '../diagnostics/rules/closestName';
import {isExplicitImageReference} from '../model/parseImageReference';
import {stageChain} from '../model/stageChain';
import type {StageReference} from '../types';
import {dependsOn} from './context';
import {placementsOf} from './files';
import {fail, noBuildStageMessage, pass} from './outcome';
import {lineOf, stageLabel} from './steps';
import type {CheckFunction} from './types';

/**
 * `copy-from-build-stage`: the final stage copies from the build stage with COPY --from, directly or
 * through a stage that itself comes from it (built on it, or copying from it).
 */
export const copyFromBuildStage: CheckFunction = ({analysis, final, build, stages}) => {
  if (final === null || build === null) return fail(noBuildStageMessage(stages.length));
  const placements = placementsOf(final, analysis).filter((p) => p.origin.kind === 'stage');
  const direct = placements.find((p) => p.origin.kind === 'stage' && p.origin.stage === build);
  if (direct) {
    return pass(`${lineOf(direct.step, final)} copies from ${stageLabel(build)}, the build stage, with COPY --from.`, direct.instruction.range.line);
  }
  const indirect = placements.find((p) => p.origin.kind === 'stage' && dependsOn(analysis, p.origin.stage.index, build.index));
  if (indirect && indirect.origin.kind === 'stage') {
    return pass(
      `${lineOf(indirect.step, final)} copies from ${stageLabel(indirect.origin.stage)}, which comes from the build stage ${stageLabel(build)}.`,
      indirect.instruction.range.line,
    );
  }
  if (stageChain(final, stages).includes(build)) {
    return fail(
      `The final stage is built on the build stage ${stageLabel(build)} (FROM on line ${final.line}), so it inherits the toolchain and the sources. Start it FROM a small image and COPY --from=${build.name ?? build.index} only what runs.`,
      final.line,
    );
  }
  const mistyped = placementsOf(final, analysis).find((p) => p.origin.kind === 'image' || p.origin.kind === 'invalid');
  if (mistyped) {
    const raw = mistyped.instruction.from?.raw ?? '';
    return fail(
      `${lineOf(mistyped.step, final)} copies --from=${raw}, which is not the build stage ${stageLabel(build)}: BuildKit would look for an image called "${raw}". Copy from the stage: COPY --from=${build.name ?? build.index} ….`,
      mistyped.instruction.range.line,
    );
  }
  return fail(
    `The final stage (FROM on line ${final.line}) has no COPY --from=${build.name ?? build.index}, so nothing the build stage made reaches the image you ship. Copy the build output: COPY --from=${build.name ?? build.index} <output> <destination>.`,
    final.line,
  );
};

function describeUndefined(reference: StageReference, names: string[]): string | null {
  if (reference.kind === 'stage') return null;
  if (reference.kind === 'invalid') return `--from=${reference.raw} cannot be used: ${reference.reason}.`;
  if (isExplicitImageReference(reference.ref)) return null;
  const guess = closestName(reference.ref.toLowerCase(), names);
  return (
    `--from=${reference.ref} names no stage of this file, so BuildKit would try to pull an image called "${reference.ref}" and fail.` +
    (guess !== null ? ` Did you mean --from=${guess}?` : names.length > 0 ? ` The stages are: ${names.join(', ')}.` : '')
  );
}

/**
 * `copy-from-defined-stage`: every `--from` (COPY, and RUN --mount from=) names a stage of this file (any
 * case, or an index) or is an explicit image reference (a tag, digest or registry/namespace path).
 */
export const copyFromDefinedStage: CheckFunction = ({stages}) => {
  const names = stages.map((stage) => stage.name).filter((name): name is string => name !== null);
  let count = 0;
  for (const stage of stages) {
    for (const instruction of stage.instructions) {
      const references: StageReference[] = [];
      if (instruction.kind === 'copy' && instruction.from !== null) references.push(instruction.from);
      if (instruction.kind === 'run') for (const mount of instruction.mounts) if (mount.from !== null) references.push(mount.from);
      for (const reference of references) {
        count++;
        const problem = describeUndefined(reference, names);
        if (problem !== null) return fail(`Line ${instruction.range.line}: ${problem}`, instruction.range.line);
      }
    }
  }
  return pass(count === 0 ? 'No --from to check.' : `Every --from names a stage of this file or an explicit image (${count} checked).`);
};
