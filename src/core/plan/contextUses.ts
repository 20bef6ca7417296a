import {buildContextMatcher} from '../model/buildContextNames';
import type {Analysis} from '../types';

/** What one named build context stands in for in this Dockerfile. */
export type ContextUse =
  /** BuildKit builds nothing for the stage: the context is its result (dockerfile2llb/convert.go, `if st.Name != ""` → namedContext). */
  | {name: string; kind: 'stage'; stage: number; line: number}
  /** A FROM or `--from` that names no stage reads the context instead of pulling an image (convert.go, d.stage.BaseName → namedContext). */
  | {name: string; kind: 'image'; lines: number[]}
  | {name: string; kind: 'unused'};

/**
 * Each context name, and what the build uses it for: a stage it replaces, the FROM and `--from` lines that
 * read it instead of an image, or nothing. Names match as BuildKit matches them (model/buildContextNames).
 */
export function contextUses(analysis: Analysis, names: readonly string[]): ContextUse[] {
  return names.map((name): ContextUse => {
    const context = buildContextMatcher([name]);
    const stage = analysis.replacedStages.map((index) => analysis.stages[index]!).find((candidate) => candidate.name !== null && context.has(candidate.name));
    if (stage) return {name, kind: 'stage', stage: stage.index, line: stage.line};
    const fromLines = analysis.stages.filter((candidate) => candidate.fromStage === null && context.has(candidate.from)).map((candidate) => candidate.line);
    const copyLines = analysis.externalImages.filter((image) => context.has(image.ref)).map((image) => image.line);
    const lines = [...new Set([...fromLines, ...copyLines])].sort((a, b) => a - b);
    return lines.length > 0 ? {name, kind: 'image', lines} : {name, kind: 'unused'};
  });
}
