import {lookupBaseImage} from '../../estimate/lookupBaseImage';
import {runBuilds} from '../../contents/buildCommands';
import {baseImageOf} from '../../model/stageChain';
import type {Rule} from '../ruleContext';
import {quotedStageLabel} from '../../model/stageLabel';

/**
 * ToolchainInFinalStage: the final stage (the last, the default target) still runs on a compiler image
 * although a stage it is built from runs the build. Quiet for tooling stages and interpreter runtimes (stagePurpose).
 */
export const toolchainRule: Rule = ({model, finalPurpose, defaultBuilt, sink}) => {
  if (model.stages.length < 2) return;
  const final = model.stages[model.stages.length - 1]!;
  if (finalPurpose?.kind !== 'ships') return;
  const builders = [...defaultBuilt]
    .sort((a, b) => a - b)
    .filter((index) => index !== final.index)
    .map((index) => model.stages[index]!)
    .filter((stage) => stage.instructions.some((i) => i.kind === 'run' && runBuilds(i.command)));
  if (builders.length === 0) return;
  const image = baseImageOf(final, model.stages);
  const info = lookupBaseImage(image);
  if (info.compiler !== true) return;
  const builder = builders[builders.length - 1]!;
  sink.report(
    'ToolchainInFinalStage',
    `The build happens in stage ${quotedStageLabel(builder)}, yet the final image still starts from ${image}, which carries the whole toolchain (${info.label}). Base the final stage on a runtime image (a -slim, -alpine, JRE or distroless variant, or scratch) and copy the build output into it.`,
    {line: final.line, column: final.range.column, endLine: final.line, endColumn: final.range.column + 4},
    final.index,
  );
};
