import {lazy, Suspense, type ReactNode} from 'react';
import BrowserOnly from '@docusaurus/BrowserOnly';
import type {DockerfileExercise} from '@site/src/exercises/types';
import LabSkeleton from '../DockerfilePlayground/LabSkeleton';
import {exampleKey} from '../StageGraph/predrawn/keys';
import styles from './styles.module.css';

const ExerciseLab = lazy(() => import('./ExerciseLab'));

/**
 * An exercise page's body: the goal at once (server-rendered), then the live editor and checker, loaded in
 * the browser. Pages import this directly, so no other page carries it.
 */
export default function Exercise({exercise}: {exercise: DockerfileExercise}): ReactNode {
  const skeleton = (
    <LabSkeleton text={exercise.start} title={`${exercise.title}: your Dockerfile`} variant="page" predrawnKey={exampleKey(exercise.start, null)} />
  );
  return (
    <div className={styles.page}>
      <p className={styles.goal}>{exercise.goal}</p>
      <BrowserOnly fallback={skeleton}>
        {() => (
          <Suspense fallback={skeleton}>
            <ExerciseLab exercise={exercise} />
          </Suspense>
        )}
      </BrowserOnly>
    </div>
  );
}
