import {lazy, Suspense, useState, type ReactNode} from 'react';
import BrowserOnly from '@docusaurus/BrowserOnly';
import Link from '@docusaurus/Link';
import type {PredictExercise as PredictExerciseData} from '@site/src/exercises/types';
import StaticCode from '../DockerfilePlayground/StaticCode';
import {editorHeight} from '../DockerfileLab/layout';
import {recordAttempt} from '../Exercise/progress';
import {testIds} from '../testIds';
import styles from './styles.module.css';

const QuestionForm = lazy(() => import('./QuestionForm'));

/** Predict-the-build: each question's Dockerfile and command, and the stages to tick. */
export default function PredictExercise({exercise}: {exercise: PredictExerciseData}): ReactNode {
  const [results, setResults] = useState<Record<string, boolean>>({});
  const correct = exercise.questions.filter((q) => results[q.id]).length;
  const allCorrect = correct === exercise.questions.length;

  const onGraded = (id: string, isCorrect: boolean) => {
    const next = {...results, [id]: isCorrect};
    setResults(next);
    const passed = exercise.questions.every((q) => next[q.id]);
    recordAttempt(exercise.id, passed, null);
  };

  return (
    <div>
      <p className={styles.goal}>{exercise.goal}</p>
      <ol className={styles.questions}>
        {exercise.questions.map((question, i) => (
          <li key={question.id} className={styles.question}>
            <h2 className={styles.prompt} id={question.id}>
              {i + 1}. {question.prompt}
            </h2>
            <p>
              The command: <code>{question.command}</code>
            </p>
            <StaticCode text={question.dockerfile} height={editorHeight(question.dockerfile)} />
            <BrowserOnly fallback={<p className={styles.loading}>Loading the answer form…</p>}>
              {() => (
                <Suspense fallback={<p className={styles.loading}>Loading the answer form…</p>}>
                  <QuestionForm question={question} onGraded={(ok) => onGraded(question.id, ok)} />
                </Suspense>
              )}
            </BrowserOnly>
          </li>
        ))}
      </ol>
      <div
        className={allCorrect ? styles.correct : styles.summary}
        data-testid={testIds.exerciseVerdict}
        data-status={allCorrect ? 'pass' : 'fail'}
        aria-live="polite">
        {allCorrect ? (
          <p className={styles.verdict}>
            All {exercise.questions.length} answers right: you can read a stage graph like BuildKit does. <Link to="/exercises">Back to all exercises</Link>
          </p>
        ) : (
          <p>
            {correct} of {exercise.questions.length} answered correctly so far.
          </p>
        )}
      </div>
    </div>
  );
}
