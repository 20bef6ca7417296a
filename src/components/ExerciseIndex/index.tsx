import {useMemo, useState, type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import useIsBrowser from '@docusaurus/useIsBrowser';
import {exerciseList} from '@site/src/exercises/list';
import {readProgress, resetAllProgress, type ExerciseProgress} from '../Exercise/progress';
import styles from './styles.module.css';

type ProgressById = Record<string, ExerciseProgress | null>;

const readAllProgress = (): ProgressById => Object.fromEntries(exerciseList.map((e) => [e.id, readProgress(e.id)]));

/** Every exercise with the progress this browser has saved, and a way to start over. */
export default function ExerciseIndex(): ReactNode {
  // Saved progress exists only in the browser: read it after hydration, so the server's HTML matches.
  const isBrowser = useIsBrowser();
  const saved = useMemo(() => (isBrowser ? readAllProgress() : {}), [isBrowser]);
  const [afterReset, setAfterReset] = useState<ProgressById | null>(null);
  const progress = afterReset ?? saved;
  const passed = exerciseList.filter((e) => progress[e.id]?.passed).length;

  return (
    <div>
      <ol className={styles.list}>
        {exerciseList.map((exercise) => {
          const entry = progress[exercise.id];
          const status = entry?.passed ? 'passed' : entry ? 'started' : 'new';
          return (
            <li key={exercise.id} className={styles.item} data-exercise={exercise.id} data-progress={status}>
              <Link to={`/exercises/${exercise.id}`} className={styles.title}>
                {exercise.title}
              </Link>
              <span className={styles[status]}>
                {status === 'passed'
                  ? '✓ passed'
                  : status === 'started'
                    ? `started · ${entry!.attempts} check${entry!.attempts === 1 ? '' : 's'}`
                    : 'not started'}
              </span>
              <p className={styles.goal}>{exercise.goal}</p>
            </li>
          );
        })}
      </ol>
      <p className={styles.summary}>
        {passed} of {exerciseList.length} passed. Progress is saved in this browser only.{' '}
        <button
          type="button"
          className="button button--sm button--secondary"
          onClick={() => {
            if (window.confirm('Forget all exercise progress and your saved Dockerfiles in this browser?')) {
              resetAllProgress(exerciseList.map((e) => e.id));
              setAfterReset(readAllProgress());
            }
          }}>
          Reset progress
        </button>
      </p>
    </div>
  );
}
