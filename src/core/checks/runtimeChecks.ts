import {buildSteps, placementsOf, workingDirectories, type Placement} from './files';
import {wholeDirectory} from '../contents/paths';
import {fail, pass} from './outcome';
import {finalWorkdir, lineOf, stageLabel} from './steps';
import type {Analysis, Stage} from '../types';
import type {CheckFunction} from './types';


/** Whether a placement copies a whole build context or a whole working directory, and which. */
function copiedSource(placement: Placement, analysis: Analysis): string | null {
  for (const raw of placement.sources) {
    const source = wholeDirectory(raw);
    if (placement.origin.kind === 'context') {
      if (source === '/') return 'the whole build context';
      continue;
    }
    const workdir = placement.origin.kind === 'stage' ? finalWorkdir(placement.origin.stage, analysis) : null;
    if (workingDirectories.has(source) || source === workdir) {
      const where = placement.origin.kind === 'stage' ? stageLabel(placement.origin.stage) : placement.instruction.from?.raw ?? 'another image';
      return `the whole working directory ${source} of ${where}`;
    }
  }
  return null;
}

/**
 * `no-source-in-runtime`: the final stage does not copy the whole build context (`COPY . .`, `ADD . /app`)
 * nor a whole working directory (`/app`, `/src`, `/usr/src/app`, `/`, or the source stage's WORKDIR) of
 * any stage or image.
 */
export const noSourceInRuntime: CheckFunction = ({analysis, final}) => {
  if (final === null) return fail('The file has no stage.');
  for (const placement of placementsOf(final, analysis)) {
    const what = copiedSource(placement, analysis);
    if (what === null) continue;
    const line = placement.instruction.range.line;
    return fail(
      `${lineOf(placement.step, final)}: ${placement.instruction.keyword} ${placement.instruction.text} puts ${what} into the final image: source code, tests, configuration and whatever else lies there ship with it. Copy only what runs (the build output, production dependencies).`,
      line,
    );
  }
  return pass('The final stage copies only chosen files, not the whole source.');
};

function ownOrInherited(stage: Stage, final: Stage): string {
  return stage === final ? 'The final stage runs the build' : `The final stage is built on ${stageLabel(stage)}, which runs the build`;
}

/** `no-build-in-runtime`: the final stage does not run the build (`npm run build`, `tsc`, `go build`, …), itself or inherited. */
export const noBuildInRuntime: CheckFunction = ({analysis, final}) => {
  if (final === null) return fail('The file has no stage.');
  const first = buildSteps(final, analysis)[0];
  if (first === undefined) return pass('The final stage runs no build: it only receives what was built elsewhere.');
  return fail(
    `${ownOrInherited(first.step.stage, final)} (${lineOf(first.step, final)}: ${first.commands[0]!.words.join(' ')}), so the image needs the compiler and the sources, and ships them. Build in the build stage and COPY --from it.`,
    first.step.instruction.range.line,
  );
};
