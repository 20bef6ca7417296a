import type {ReactNode} from 'react';
import Link from '@docusaurus/Link';
import {formatBytes, type ConvertResult, type ProposalHunk} from '@site/src/core';
import {testIds} from '../testIds';
import HunkView from './HunkView';
import styles from './styles.module.css';

export type Proposal = Extract<ConvertResult, {kind: 'proposal'}>;

const size = (bytes: number | null) => (bytes === null ? 'unknown' : formatBytes(bytes));

function Estimate({proposal}: {proposal: Proposal}): ReactNode {
  const {estimate} = proposal;
  return (
    <div className={styles.estimate} data-testid={testIds.convertEstimate}>
      <p>
        Final image, estimated: <strong>{size(estimate.before)}</strong> on <code>{estimate.baseBefore}</code> before, <strong>{size(estimate.after)}</strong>{' '}
        on <code>{estimate.baseAfter}</code> after.
        {proposal.rubric === null ? null : (
          <>
            {' '}
            It passes the required checks of the <Link to={`/exercises/${proposal.rubric}`}>{proposal.rubric}</Link> exercise.
          </>
        )}
      </p>
      {estimate.leftTheImage.length > 0 ? (
        <>
          <p className={styles.subheading}>No longer in the final image:</p>
          <ul>
            {estimate.leftTheImage.map((label) => (
              <li key={label}>{label}</li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}

/** A verified proposal: the estimate before and after, what to check, and the hunks still to apply. */
export default function ProposalView({
  proposal,
  hunks,
  onApply,
}: {
  proposal: Proposal;
  hunks: readonly ProposalHunk[];
  onApply: (hunk: ProposalHunk) => void;
}): ReactNode {
  return (
    <>
      <Estimate proposal={proposal} />
      {proposal.notes.length > 0 ? (
        <>
          <p className={styles.subheading}>Check before you build:</p>
          <ul className={styles.notes}>
            {proposal.notes.map((note) => (
              <li key={note.message}>{note.message}</li>
            ))}
          </ul>
        </>
      ) : null}
      <ol className={styles.hunks} aria-label="Proposed changes">
        {hunks.map((hunk, index) => (
          <HunkView key={`${hunk.oldStart}-${index}`} hunk={hunk} index={index} onApply={() => onApply(hunk)} />
        ))}
      </ol>
    </>
  );
}
