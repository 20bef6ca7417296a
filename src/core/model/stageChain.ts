import type {Instruction, Stage} from '../types';

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

/** Instructions that take effect in this stage, inherited ones first (ONBUILD triggers excluded). */
export function effectiveInstructions(stage: Stage, stages: readonly Stage[]): {stage: Stage; instruction: Instruction}[] {
  const result: {stage: Stage; instruction: Instruction}[] = [];
  const chain = stageChain(stage, stages);
  chain.forEach((member, position) => {
    const parent = position > 0 ? chain[position - 1]! : null;
    if (parent) {
      for (const trigger of parent.instructions) if (trigger.onbuild) result.push({stage: member, instruction: trigger});
    }
    for (const instruction of member.instructions) if (!instruction.onbuild) result.push({stage: member, instruction});
  });
  return result;
}

/** Joins and normalises a POSIX path against a working directory (`.`/`..` resolved, no trailing slash). */
export function resolvePath(workdir: string, path: string): string {
  const joined = path.startsWith('/') ? path : `${workdir.replace(/\/+$/, '')}/${path}`;
  const parts: string[] = [];
  for (const part of joined.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') parts.pop();
    else parts.push(part);
  }
  return `/${parts.join('/')}`;
}

/**
 * The working directory in effect just before `instruction` of `stage` (or at the end of the stage when
 * omitted), following WORKDIR across the FROM chain. An image base starts at `/` (its own WORKDIR, if
 * any, is not known to the analysis).
 */
export function workdirAt(stage: Stage, stages: readonly Stage[], instruction?: Instruction): string {
  let workdir = '/';
  for (const entry of effectiveInstructions(stage, stages)) {
    if (entry.instruction === instruction) break;
    if (entry.instruction.kind === 'workdir') workdir = resolvePath(workdir, entry.instruction.path);
  }
  return workdir;
}
