import type {CopyInstruction} from '../../types';
import type {Rule} from '../ruleContext';

function copiesWholeContext(instruction: CopyInstruction): boolean {
  return instruction.from === null && instruction.sources.some((source) => /^\.\/?$/.test(source));
}

/** What a multi-stage file's final stage (the last, the default target) should not do: copy the whole build context. */
export const finalStageRules: Rule = ({model, sink}) => {
  if (model.stages.length < 2) return;
  const final = model.stages[model.stages.length - 1]!;
  for (const instruction of final.instructions) {
    if ((instruction.kind === 'copy' || instruction.kind === 'add') && !instruction.onbuild && copiesWholeContext(instruction)) {
      sink.report(
        'SourceInFinalStage',
        `${instruction.keyword} ${instruction.sources.join(' ')} ${instruction.destination ?? ''} puts the whole build context (source code, tests, config) into the final image. Copy only what runs, from the build stage: COPY --from=<build stage> <output> <destination>.`,
        instruction.range,
        final.index,
      );
    }
  }
};
