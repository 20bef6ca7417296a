import type {ReactNode} from 'react';
import Link from '@docusaurus/Link';
import type {ProposalHunk} from '@site/src/core';
import {testIds} from '../testIds';
import styles from './styles.module.css';

function DiffLine({line, kind}: {line: string; kind: 'added' | 'removed'}): ReactNode {
  return (
    <div className={styles[kind]}>
      <span aria-hidden="true" className={styles.sign}>
        {kind === 'added' ? '+' : '−'}
      </span>
      <span className="sr-only">{kind === 'added' ? 'add: ' : 'remove: '}</span>
      {line || ' '}
    </div>
  );
}

/** One proposed change: why, where it is explained, the lines it removes and adds, and a button to apply it. */
export default function HunkView({hunk, index, onApply}: {hunk: ProposalHunk; index: number; onApply: () => void}): ReactNode {
  const where = hunk.removed.length === 0 ? `before line ${hunk.oldStart}` : `line ${hunk.oldStart}`;
  return (
    <li className={styles.hunk} data-testid={testIds.convertHunk(index)}>
      <p className={styles.reason}>
        <span className={styles.where}>{where}:</span> {hunk.reason} <Link to={hunk.chapter}>Why</Link>
      </p>
      <pre className={styles.diff} tabIndex={0} aria-label={`Change ${index + 1}, ${where}`}>
        {hunk.removed.map((line, i) => (
          <DiffLine key={`r${i}`} line={line} kind="removed" />
        ))}
        {hunk.added.map((line, i) => (
          <DiffLine key={`a${i}`} line={line} kind="added" />
        ))}
      </pre>
      <button
        type="button"
        className="button button--outline button--secondary button--sm"
        onClick={onApply}
        aria-label={`Apply change ${index + 1} (${where})`}>
        Apply this change
      </button>
    </li>
  );
}
