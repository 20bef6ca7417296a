import {stageDisplayName} from '../../model/buildStageModel';
import {isExplicitImageReference} from '../../model/parseImageReference';
import type {Rule} from '../ruleContext';
import {closestName} from './closestName';

/** `--from` values that look like a mistyped stage name, and stages the default build never reaches. */
export const referenceRules: Rule = ({model, graph, defaultBuilt, targetOption, buildContexts: contexts, sink}) => {
  const names = model.stages.map((s) => s.name).filter((n): n is string => n !== null);
  for (const image of graph.externalImages) {
    if (isExplicitImageReference(image.ref) || image.ref === 'scratch' || contexts.has(image.ref)) continue;
    const guess = closestName(image.ref.toLowerCase(), names);
    if (guess === null) continue;
    sink.report(
      'UndefinedStage',
      `--from=${image.ref} names no stage, so BuildKit would try to pull an image called "${image.ref}" from Docker Hub. Did you mean --from=${guess}?`,
      image.range,
      image.stage,
    );
  }

  const target = graph.target === null ? null : model.stages[graph.target]!;
  if (target && target.name === null && targetOption !== null && /^\d+$/.test(targetOption) && target.index !== model.stages.length - 1) {
    sink.report(
      'UntargetableStage',
      `Stage #${target.index} has no name, so docker build --target cannot select it (Stagecraft accepts an index, docker build does not). Name it: FROM … AS name.`,
      {line: target.line, column: target.range.column, endLine: target.line, endColumn: target.range.column + 4},
      target.index,
    );
  }

  if (model.stages.length < 2) return;
  for (const stage of model.stages) {
    if (defaultBuilt.has(stage.index)) continue;
    const name = stageDisplayName(stage);
    sink.report(
      'UnusedStage',
      stage.name
        ? `A plain docker build skips stage "${name}": the final stage needs nothing from it. Build it with docker build --target ${name} . (the legacy builder would build it anyway).`
        : `A plain docker build skips ${name}: the final stage needs nothing from it, and without a name it cannot be chosen with --target.`,
      {line: stage.line, column: stage.range.column, endLine: stage.line, endColumn: stage.range.column + 4},
      stage.index,
    );
  }
};
