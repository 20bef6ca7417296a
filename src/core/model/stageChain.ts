import type {Stage} from '../types';

/**
 * Inheritance helpers: a stage built on another (`FROM build AS test`) starts with everything that stage
 * had — its files, ENV, WORKDIR, USER — so checks and estimates walk the FROM chain.
 */

/** The stages from the one resting on an image down to `stage` itself, in build order. */
export function stageChain(stage: Stage, stages: readonly Stage[]): Stage[] {
  const chain = [stage];
  let current = stage;
  while (current.fromStage !== null && chain.length <= stages.length) {
    current = stages[current.fromStage]!;
    chain.unshift(current);
  }
  return chain;
}

/** The image a stage finally rests on, following FROM <stage> links. */
export function baseImageOf(stage: Stage, stages: readonly Stage[]): string {
  return stageChain(stage, stages)[0]!.from;
}
