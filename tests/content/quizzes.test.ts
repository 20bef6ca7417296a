import {describe, expect, it} from 'vitest';
import {analyze} from '../../src/core/analyze';
import {toQuizBuild} from '../../src/components/StageQuiz/quizBuild';
import {readDocs} from './docs';

/**
 * Every quiz question in the docs is authored content: its Dockerfile must build, its target must name a
 * stage and its props must be readable, or the reader would be graded against a broken file. The answers
 * themselves are never written down; the component computes them.
 */

interface QuizQuestionBlock {
  file: string;
  line: number;
  kind: 'WhichStages' | 'InFinalImage';
  props: Record<string, string>;
  dockerfile: string | null;
}

function quizQuestions(file: string, text: string): QuizQuestionBlock[] {
  const pattern = /<(WhichStages|InFinalImage)\b([^>]*)>([\s\S]*?)<\/\1>/g;
  return [...text.matchAll(pattern)].map((match) => ({
    file,
    line: text.slice(0, match.index).split('\n').length,
    kind: match[1] as QuizQuestionBlock['kind'],
    props: Object.fromEntries([...match[2]!.matchAll(/(\w+)="([^"]*)"/g)].map((p) => [p[1]!, p[2]!])),
    dockerfile: /```dockerfile\n([\s\S]*?)```/.exec(match[3]!)?.[1] ?? null,
  }));
}

const questions = readDocs().flatMap((doc) => quizQuestions(doc.relativePath, doc.text));

describe('quiz questions in the docs', () => {
  it('exist', () => {
    expect(questions.length).toBeGreaterThan(0);
  });

  for (const question of questions) {
    describe(`${question.file}:${question.line} ${question.kind}`, () => {
      it('holds a Dockerfile and readable props', () => {
        expect(question.dockerfile).not.toBeNull();
        expect(() => toQuizBuild(question.props)).not.toThrow();
        if (question.kind === 'InFinalImage') expect(question.props.path).toMatch(/^\//);
        expect(question.props.explain?.length ?? 0, 'an explanation for after a right answer').toBeGreaterThan(20);
      });

      it('asks about a file that builds, for a target that exists', () => {
        const build = toQuizBuild(question.props);
        const analysis = analyze(question.dockerfile ?? '', {target: build.target, buildArgs: {...build.buildArgs}});
        expect(analysis.error).toBeNull();
        expect(analysis.diagnostics.filter((d) => d.severity !== 'info').map((d) => `${d.code} line ${d.line}`)).toEqual([]);
        if (build.target !== null) expect(analysis.stages[analysis.target ?? -1]?.name).toBe(build.target.toLowerCase());
      });

      if (question.kind === 'WhichStages') {
        it('offers more than one stage to choose from', () => {
          expect(analyze(question.dockerfile ?? '').stages.length).toBeGreaterThan(1);
        });
      }
    });
  }
});
