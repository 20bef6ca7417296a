import {describeWholeSource, wholeSourceCopy} from '../contents/queries';
import {buildSteps} from './files';
import {fail, pass} from './outcome';
import {lineOf, stageLabel} from './steps';
import type {Stage} from '../types';
import type {CheckFunction} from './types';

/**
 * `no-source-in-runtime`: the final stage does not copy the whole build context (`COPY . .`, `ADD . /app`)
 * nor a whole working directory (`/app`, `/src`, `/usr/src/app`, `/`, or the source stage's WORKDIR) of
 * any stage or image: the model's whole-source finding, which the estimate and SourceInFinalStage share.
 */
export const noSourceInRuntime: CheckFunction = ({analysis, final}) => {
  if (final === null) return fail('The file has no stage.');
  const record = wholeSourceCopy(analysis.contents, final.index);
  if (record === null) return pass('The final stage copies only chosen files, not the whole source.');
  const {instruction, step} = record;
  const what = describeWholeSource(record, (index) => stageLabel(analysis.stages[index]!));
  return fail(
    `${lineOf(step, final)}: ${instruction.keyword} ${instruction.text} puts ${what} into the final image: source code, tests, configuration and whatever else lies there ship with it. Copy only what runs (the build output, production dependencies).`,
    instruction.range.line,
  );
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
