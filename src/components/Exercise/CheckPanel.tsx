import {useState, type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import type {CheckReport} from '@site/src/core';
import {firstStepSentence, firstToFix, groupChecks} from '@site/src/exercises/groupChecks';
import type {DockerfileExercise} from '@site/src/exercises/types';
import StaticCode from '../DockerfilePlayground/StaticCode';
import {editorHeight} from '../DockerfileLab/layout';
import {testIds} from '../testIds';
import CheckResults from './CheckResults';
import type {ExerciseProgress} from './progress';
import SolutionDiff from './SolutionDiff';
import styles from './styles.module.css';

interface CheckPanelProps {
  exercise: DockerfileExercise;
  report: CheckReport | null;
  /** The report is of an older version of the file. */
  stale: boolean;
  progress: ExerciseProgress | null;
  currentText: () => string;
  onCheck: () => void;
  onRevealLine: (line: number) => void;
}

/** Check, per-check results, the verdict, hints one at a time, and the solution as a diff. */
export default function CheckPanel({exercise, report, stale, progress, currentText, onCheck, onRevealLine}: CheckPanelProps): ReactNode {
  const [hintsShown, setHintsShown] = useState(0);
  const [solutionShown, setSolutionShown] = useState(false);
  const requiredFailing = report ? report.checks.filter((c) => c.required && !c.passed).length : 0;
  const requiredTotal = exercise.checks.filter((c) => c.required).length;
  const groups = report ? groupChecks(report) : [];
  const first = firstToFix(groups);

  return (
    <div className={styles.panel}>
      <div className={styles.checkRow}>
        <button type="button" className="button button--primary" data-testid={testIds.exerciseCheck} onClick={onCheck}>
          Check my Dockerfile
        </button>
        <span className={styles.shortcut}>
          or press <kbd>Ctrl</kbd>+<kbd>Enter</kbd> (<kbd>⌘</kbd>+<kbd>Enter</kbd> on a Mac)
        </span>
        {progress ? (
          <span className={styles.progressNote}>
            {progress.attempts} check{progress.attempts === 1 ? '' : 's'} so far{progress.passed ? ' · passed before' : ''}
          </span>
        ) : null}
      </div>

      <div aria-live="polite">
        {report ? (
          <div
            className={report.passed ? styles.verdictPass : styles.verdictFail}
            data-testid={testIds.exerciseVerdict}
            data-status={report.passed ? 'pass' : 'fail'}
            tabIndex={-1}>
            {report.passed ? (
              <>
                <p className={styles.verdictTitle}>Passed: every required check is green.</p>
                <p>
                  {exercise.explanation}{' '}
                  {exercise.next ? (
                    <Link to={`/exercises/${exercise.next}`} className={styles.nextLink}>
                      Next exercise →
                    </Link>
                  ) : (
                    <Link to="/exercises">Back to all exercises</Link>
                  )}
                </p>
              </>
            ) : (
              <>
                <p className={styles.verdictTitle}>
                  Not yet: {requiredFailing} of {requiredTotal} required check{requiredTotal === 1 ? '' : 's'} to fix.
                </p>
                {first ? <p className={styles.firstStep}>{firstStepSentence(first)}</p> : null}
              </>
            )}
            {report.error ? <p className={styles.refusal}>Note: BuildKit would refuse this file: {report.error}</p> : null}
            {stale ? <p className={styles.stale}>You have edited the file since this check; press Check again.</p> : null}
          </div>
        ) : null}
      </div>

      {report ? (
        <CheckResults groups={groups} first={first} onRevealLine={onRevealLine} />
      ) : (
        <p className={styles.before}>Edit the Dockerfile above, then press Check. Each check says what it found and where.</p>
      )}

      <div className={styles.help}>
        <h2 className={styles.helpTitle} id="hints">
          Hints
        </h2>
        {exercise.hints.slice(0, hintsShown).map((hint, i) => (
          <p key={i} className={styles.hint}>
            <strong>Hint {i + 1}.</strong> {hint}
          </p>
        ))}
        {hintsShown < exercise.hints.length ? (
          <button type="button" className="button button--sm button--secondary" onClick={() => setHintsShown((n) => n + 1)}>
            Show {hintsShown === 0 ? 'a hint' : 'the next hint'} ({hintsShown + 1} of {exercise.hints.length})
          </button>
        ) : null}
        <h2 className={styles.helpTitle} id="solution">
          Solution
        </h2>
        {solutionShown ? (
          <>
            <p>{exercise.explanation}</p>
            <p>Your file compared with the model solution (lines marked − are yours to remove, + to add):</p>
            <SolutionDiff mine={currentText()} solution={exercise.solution} />
            <details className={styles.fullSolution}>
              <summary>The whole solution</summary>
              <StaticCode text={exercise.solution} height={editorHeight(exercise.solution)} />
            </details>
          </>
        ) : (
          <button type="button" className="button button--sm button--secondary" onClick={() => setSolutionShown(true)}>
            Show the solution
          </button>
        )}
      </div>
    </div>
  );
}
