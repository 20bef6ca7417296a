import {describeWholeSource, wholeSourceCopy} from '../../contents/queries';
import {stageLabelAt} from '../../model/stageLabel';
import type {Rule} from '../ruleContext';

/**
 * SourceInFinalStage: a multi-stage file's final stage (the last, the default target) brings in a whole
 * source tree. The same whole-source finding of the stage-contents model decides the exercise check
 * `no-source-in-runtime` and the estimate's source warning. Quiet for a final stage that is a tooling stage
 * (development, tests, lint) or an interpreter running the source it copies: there the source is the point.
 */
export const finalStageRules: Rule = ({model, contents, finalPurpose, sink}) => {
  if (model.stages.length < 2) return;
  const final = model.stages[model.stages.length - 1]!;
  if (finalPurpose?.kind !== 'ships') return;
  const record = wholeSourceCopy(contents, final.index);
  if (record === null) return;
  const {instruction} = record;
  const what = describeWholeSource(record, (index) => `"${stageLabelAt(model.stages, index)}"`);
  sink.report(
    'SourceInFinalStage',
    `${instruction.keyword} ${instruction.text} puts ${what} (source code, tests, config) into the final image. Copy only what runs, from the build stage: COPY --from=<build stage> <output> <destination>.`,
    instruction.range,
    final.index,
  );
};
