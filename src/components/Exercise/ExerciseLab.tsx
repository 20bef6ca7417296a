import {useCallback, useRef, useState, type ReactNode} from 'react';
import {runChecks, type CheckReport} from '@site/src/core';
import type {Analysis} from '@site/src/core';
import type {DockerfileExercise} from '@site/src/exercises/types';
import DockerfileLab, {type DockerfileLabHandle} from '../DockerfileLab';
import {exampleKey} from '../StageGraph/predrawn/keys';
import CheckPanel from './CheckPanel';
import {exerciseEditorKey, readProgress, recordAttempt, type ExerciseProgress} from './progress';
import {testIds} from '../testIds';
import styles from './styles.module.css';

/** The exercise: the live lab on the starting file, and the checker under it. */
export default function ExerciseLab({exercise}: {exercise: DockerfileExercise}): ReactNode {
  const lab = useRef<DockerfileLabHandle | null>(null);
  const latest = useRef<{analysis: Analysis; text: string} | null>(null);
  const [report, setReport] = useState<{report: CheckReport; text: string} | null>(null);
  const [progress, setProgress] = useState<ExerciseProgress | null>(() => readProgress(exercise.id));
  const [currentText, setCurrentText] = useState<string | null>(null);

  const onAnalysis = useCallback((analysis: Analysis, text: string) => {
    latest.current = {analysis, text};
    setCurrentText(text);
  }, []);

  const check = useCallback(() => {
    const text = lab.current?.getText() ?? exercise.start;
    const analysis =
      latest.current?.text === text && latest.current.analysis.target === latest.current.analysis.stages.length - 1 ? latest.current.analysis : undefined;
    const result = runChecks(exercise.checks, text, {exercise: exercise.id, analysis});
    setReport({report: result, text});
    setProgress(recordAttempt(exercise.id, result.passed, text));
    requestAnimationFrame(() => document.querySelector<HTMLElement>(`[data-testid="${testIds.exerciseVerdict}"]`)?.focus({preventScroll: false}));
  }, [exercise]);

  const onKeyDownCapture = (event: React.KeyboardEvent) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      event.stopPropagation();
      check();
    }
  };

  return (
    <div className={styles.exercise} onKeyDownCapture={onKeyDownCapture}>
      <DockerfileLab
        ref={lab}
        storageKey={exerciseEditorKey(exercise.id)}
        example={exercise.start}
        predrawnKey={exampleKey(exercise.start, null)}
        title={`${exercise.title}: your Dockerfile`}
        variant="page"
        readsUrl
        onAnalysis={onAnalysis}>
        <CheckPanel
          exercise={exercise}
          report={report?.report ?? null}
          stale={report !== null && currentText !== null && currentText !== report.text}
          progress={progress}
          currentText={() => lab.current?.getText() ?? exercise.start}
          onCheck={check}
          onRevealLine={(line) => lab.current?.revealLine(line)}
        />
      </DockerfileLab>
    </div>
  );
}
