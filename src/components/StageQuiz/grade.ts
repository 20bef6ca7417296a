import {analyze, findInFinalImage, itemsHolding, type Analysis, type ContentItem} from '../../core';
import type {QuizBuild, QuizBuilder} from './quizBuild';

/**
 * Grading for the chapter quizzes. Every answer is computed by running the analysis on the question's
 * Dockerfile; nothing here, nor in the MDX, says what the right answer is.
 */

export interface QuizGrade {
  correct: boolean;
  /** For the reader: right or not, and why, in terms of the file. */
  message: string;
}

export interface StageChoice {
  index: number;
  /** The name as written, or `stage N` for an unnamed stage. */
  label: string;
  line: number;
}

function analyse(dockerfile: string, build: QuizBuild): Analysis {
  return analyze(dockerfile, {target: build.target, buildArgs: {...build.buildArgs}});
}

function labelOf(analysis: Analysis, index: number): string {
  const stage = analysis.stages[index];
  return stage?.declaredName ?? `stage ${index}`;
}

/** "a", "a and b", "a, b and c" */
export function listWords(words: readonly string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}

// ---------------------------------------------------------------------------------------------
// Which stages does this command build?

export interface WhichStagesAnswer {
  choices: StageChoice[];
  /** The stages built, ascending: the engine's answer. */
  built: number[];
  builder: QuizBuilder;
  /** Why BuildKit would refuse the file, or null. */
  error: string | null;
}

export function answerWhichStages(dockerfile: string, build: QuizBuild): WhichStagesAnswer {
  const analysis = analyse(dockerfile, build);
  return {
    choices: analysis.stages.map((stage) => ({index: stage.index, label: labelOf(analysis, stage.index), line: stage.line})),
    built: [...(build.builder === 'legacy' ? analysis.legacyBuiltStages : analysis.builtStages)].sort((a, b) => a - b),
    builder: build.builder,
    error: analysis.error,
  };
}

const builderRule: Record<QuizBuilder, string> = {
  buildkit: 'BuildKit builds the target and what it needs through FROM, COPY --from and RUN --mount from=, and nothing else.',
  legacy: 'The legacy builder builds every stage from the top of the file down to the target, needed or not.',
};

export function gradeWhichStages(answer: WhichStagesAnswer, ticked: readonly number[]): QuizGrade {
  const chosen = new Set(ticked);
  const labels = (indices: readonly number[]) => listWords(indices.map((i) => answer.choices[i]?.label ?? `stage ${i}`));
  const missed = answer.built.filter((index) => !chosen.has(index));
  const extra = [...chosen].filter((index) => !answer.built.includes(index)).sort((a, b) => a - b);
  const builder = answer.builder === 'buildkit' ? 'BuildKit' : 'the legacy builder';
  const correct = missed.length === 0 && extra.length === 0;
  const parts: string[] = [];
  if (correct) parts.push(`Right: ${builder} builds ${labels(answer.built)}.`);
  else {
    parts.push('Not quite.');
    if (missed.length > 0) parts.push(`${capitalise(builder)} also builds ${labels(missed)}.`);
    if (extra.length > 0) parts.push(`It does not build ${labels(extra)}.`);
  }
  parts.push(builderRule[answer.builder]);
  return {correct, message: parts.join(' ')};
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

// ---------------------------------------------------------------------------------------------
// Is this path in the final image?

export interface InFinalImageAnswer {
  path: string;
  present: boolean;
  /** The final stage as the reader knows it. */
  finalStage: string;
  /** Why: where the path comes from, or where it exists instead. */
  reason: string;
  error: string | null;
}

function origin(analysis: Analysis, item: ContentItem): string {
  switch (item.via) {
    case 'copy': {
      const from = item.copiedFrom;
      const source = from?.stage != null ? labelOf(analysis, from.stage) : (from?.image ?? 'another image');
      return `line ${item.line} copies it from ${source}`;
    }
    case 'instruction':
      return `line ${item.line} puts it there (${item.label})`;
    case 'inherited':
      return `it comes from ${labelOf(analysis, item.origin.stage)} (line ${item.origin.line}), a stage the final stage is built on`;
    case 'base-image':
      return `it comes with the base image (${item.label})`;
    default: {
      const unreachable: never = item.via;
      return unreachable;
    }
  }
}

/** Where the path exists in other built stages, for the "not in the final image" explanation. */
function elsewhere(analysis: Analysis, path: string, finalIndex: number): string {
  const places = analysis.estimate.stages
    .filter((stage) => stage.index !== finalIndex && analysis.builtStages.includes(stage.index))
    .flatMap((stage) => {
      const item = itemsHolding(stage.contents, path).find((candidate) => candidate.removedAt === null);
      return item ? [`${labelOf(analysis, stage.index)} (line ${item.line})`] : [];
    });
  if (places.length === 0) return 'No built stage puts it there.';
  return `It exists in ${listWords(places)}, and the final stage neither starts FROM that stage nor copies the path out of it.`;
}

function absentReason(analysis: Analysis, path: string, finalIndex: number): string {
  const stage = analysis.estimate.stages.find((s) => s.index === finalIndex);
  const deleted = itemsHolding(stage?.contents ?? [], path).find((item) => item.removedAt !== null);
  if (deleted) {
    return `Line ${deleted.line} put it there, but line ${deleted.removedAt} deleted it. It is gone from the filesystem, although the earlier layer still carries its bytes.`;
  }
  return elsewhere(analysis, path, finalIndex);
}

export function answerInFinalImage(dockerfile: string, build: QuizBuild, path: string): InFinalImageAnswer {
  const analysis = analyse(dockerfile, build);
  const finalIndex = analysis.estimate.final?.index ?? analysis.target;
  const finalStage = finalIndex === null ? 'none' : labelOf(analysis, finalIndex);
  const item = findInFinalImage(analysis, path);
  const reason = item ? `${capitalise(origin(analysis, item))}.` : finalIndex === null ? '' : absentReason(analysis, path, finalIndex);
  return {path, present: item !== null, finalStage, reason, error: analysis.error};
}

export function gradeInFinalImage(answer: InFinalImageAnswer, saysPresent: boolean): QuizGrade {
  const correct = saysPresent === answer.present;
  const verdict = correct ? 'Right' : 'Not quite';
  const fact = `${answer.path} is ${answer.present ? '' : 'not '}in the final image (stage "${answer.finalStage}").`;
  return {correct, message: `${verdict}: ${fact} ${answer.reason}`.trim()};
}
