import {describe, expect, it} from 'vitest';
import {analyze} from '../../src/core/analyze';
import {toQuizBuild} from '../../src/components/StageQuiz/quizBuild';
import {readDocs} from './docs';
import {readQuizzes} from './quizBlocks';

/**
 * Every quiz in the docs is authored content: its Dockerfiles must build, its targets must name stages and
 * its props must be readable, or the reader would be graded against a broken file. The answers themselves
 * are never written down; the component computes them.
 */

const quizzes = readDocs().flatMap((doc) => readQuizzes(doc.text).map((quiz) => ({file: doc.relativePath, ...quiz})));

describe('readQuizzes', () => {
  it('gives a question its own Dockerfile, or else the quiz one', () => {
    const fence = (body: string) => ['```dockerfile', body, '```'].join('\n');
    const text = [
      '<StageQuiz>',
      fence('FROM alpine:3.24 AS shared'),
      '<WhichStages target="shared" explain="x" />',
      '',
      '<InFinalImage path="/x" explain="y">',
      fence('FROM alpine:3.24 AS own'),
      '</InFinalImage>',
      '</StageQuiz>',
    ].join('\n');
    const [quiz] = readQuizzes(text);
    expect(quiz!.questions.map((q) => [q.kind, q.line, q.dockerfile, q.shared])).toEqual([
      ['WhichStages', 5, 'FROM alpine:3.24 AS shared\n', true],
      ['InFinalImage', 7, 'FROM alpine:3.24 AS own\n', false],
    ]);
  });
});

describe('quizzes in the docs', () => {
  it('exist', () => {
    expect(quizzes.length).toBeGreaterThan(0);
  });

  for (const quiz of quizzes) {
    it(`${quiz.file}:${quiz.line} holds only questions and at most one shared Dockerfile`, () => {
      expect(quiz.rest.replace(/^```dockerfile\n[\s\S]*?```$/, '')).toBe('');
      expect(quiz.questions.length).toBeGreaterThan(1);
    });

    for (const question of quiz.questions) {
      describe(`${quiz.file}:${question.line} ${question.kind}`, () => {
        it('has a Dockerfile and readable props', () => {
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
  }
});
