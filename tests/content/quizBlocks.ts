/**
 * Reads the quizzes an MDX page holds, the way `<StageQuiz>` does: each question's own fenced Dockerfile,
 * or else the one fenced directly inside the quiz. Used by the content test and the e2e spec.
 */

export type QuizQuestionKind = 'WhichStages' | 'InFinalImage';

export interface AuthoredQuestion {
  kind: QuizQuestionKind;
  /** 1-based line of the question's opening tag. */
  line: number;
  /** String props as written (`target="test"`). */
  props: Record<string, string>;
  /** The Dockerfile the question is about, or null when there is none. */
  dockerfile: string | null;
  /** Whether the Dockerfile is the quiz's shared one. */
  shared: boolean;
}

export interface AuthoredQuiz {
  line: number;
  /** What the quiz holds besides its questions, trimmed: its shared Dockerfile fence, or nothing. */
  rest: string;
  questions: AuthoredQuestion[];
}

/** A question, self-closing (it uses the quiz's Dockerfile) or with a body (its own). */
const questionPattern = /<(WhichStages|InFinalImage)\b([^>]*?)(?:\/>|>([\s\S]*?)<\/\1>)/g;
const fencePattern = /```dockerfile\n([\s\S]*?)```/;

function lineAt(text: string, index: number): number {
  return text.slice(0, index).split('\n').length;
}

export function readQuizzes(text: string): AuthoredQuiz[] {
  return [...text.matchAll(/<StageQuiz>([\s\S]*?)<\/StageQuiz>/g)].map((quiz) => {
    const body = quiz[1]!;
    const bodyStart = quiz.index + '<StageQuiz>'.length;
    const rest = body.replace(questionPattern, '').trim();
    const shared = fencePattern.exec(rest)?.[1] ?? null;
    const questions = [...body.matchAll(questionPattern)].map((match) => {
      const own = fencePattern.exec(match[3] ?? '')?.[1] ?? null;
      return {
        kind: match[1] as QuizQuestionKind,
        line: lineAt(text, bodyStart + match.index),
        props: Object.fromEntries([...match[2]!.matchAll(/(\w+)="([^"]*)"/g)].map((p) => [p[1]!, p[2]!])),
        dockerfile: own ?? shared,
        shared: own === null && shared !== null,
      };
    });
    return {line: lineAt(text, quiz.index), rest, questions};
  });
}
