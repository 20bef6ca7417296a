import type {ReactNode} from 'react';
import {diffLines} from 'diff';
import styles from './styles.module.css';

interface SolutionDiffProps {
  mine: string;
  solution: string;
}

/** A line diff from the learner's Dockerfile to the model solution: what to remove, what to add. */
export default function SolutionDiff({mine, solution}: SolutionDiffProps): ReactNode {
  const parts = diffLines(mine.replace(/\n?$/, '\n'), solution.replace(/\n?$/, '\n'));
  return (
    <pre className={styles.diff} aria-label="Differences between your Dockerfile and the solution" tabIndex={0}>
      {parts.flatMap((part, i) =>
        part.value
          .replace(/\n$/, '')
          .split('\n')
          .map((line, j) => {
            const kind = part.added ? 'added' : part.removed ? 'removed' : 'same';
            const sign = part.added ? '+' : part.removed ? '−' : ' ';
            return (
              <div key={`${i}-${j}`} className={styles[kind]}>
                <span aria-hidden="true" className={styles.sign}>
                  {sign}
                </span>
                <span className="sr-only">{kind === 'same' ? '' : kind === 'added' ? 'add: ' : 'remove: '}</span>
                {line || ' '}
              </div>
            );
          }),
      )}
    </pre>
  );
}
