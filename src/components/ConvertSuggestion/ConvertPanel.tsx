import {useState, type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import {applyHunk, convertDockerfile, formatBytes, proposalHunks, type ConvertResult, type ProposalHunk} from '@site/src/core';
import {testIds} from '../testIds';
import HunkView from './HunkView';
import styles from './styles.module.css';

export interface ConvertPanelProps {
  /** The editor's text as last analysed (re-renders the hunks as it changes). */
  text: string;
  /** The editor's text right now. */
  getText: () => string;
  setText: (text: string) => void;
}

type Proposal = Extract<ConvertResult, {kind: 'proposal'}>;

const size = (bytes: number | null) => (bytes === null ? 'unknown' : formatBytes(bytes));

/** The same hunk among freshly computed ones (the text may have changed since the list was drawn). */
function sameHunk(a: ProposalHunk, b: ProposalHunk): boolean {
  return a.oldStart === b.oldStart && a.added.join('\n') === b.added.join('\n') && a.removed.join('\n') === b.removed.join('\n');
}

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

/**
 * "Suggest a multi-stage version": the engine's verified proposal as hunks against the editor's text, each
 * with its reason and chapter, applied all at once or one by one (each a normal editor edit, so Ctrl+Z undoes
 * it, and Undo here steps back through what this panel applied).
 */
export default function ConvertPanel({text, getText, setText}: ConvertPanelProps): ReactNode {
  const [result, setResult] = useState<ConvertResult | null>(null);
  const [history, setHistory] = useState<string[]>([]);
  const proposal = result?.kind === 'proposal' ? result : null;
  const hunks = proposal === null ? [] : proposalHunks(text, proposal.dockerfile, proposal.sections);

  const suggest = () => {
    setResult(convertDockerfile(getText(), {today: new Date()}));
    setHistory([]);
  };
  const write = (next: string) => {
    const current = getText();
    if (next === current) return;
    setHistory((past) => [...past, current]);
    setText(next);
  };
  const applyOne = (hunk: ProposalHunk) => {
    if (proposal === null) return;
    const current = getText();
    const fresh = proposalHunks(current, proposal.dockerfile, proposal.sections).find((candidate) => sameHunk(candidate, hunk));
    if (fresh !== undefined) write(applyHunk(current, fresh));
  };
  const undo = () => {
    const previous = history.at(-1);
    if (previous === undefined) return;
    setHistory((past) => past.slice(0, -1));
    setText(previous);
  };

  return (
    <section className={styles.panel} aria-labelledby="convert-heading" data-testid={testIds.convertPanel}>
      <h2 id="convert-heading" className={styles.heading}>
        Make it multi-stage
      </h2>
      <p className={styles.intro}>
        Stagecraft can propose a multi-stage version of a single-stage Dockerfile, following the <Link to="/tutorial/recipes/node">recipes</Link>. Every
        proposal is checked by the same engine before you see it.
      </p>
      <div className={styles.actions}>
        <button type="button" className="button button--primary button--sm" onClick={suggest} data-testid={testIds.convertSuggest}>
          Suggest a multi-stage version
        </button>
        {proposal !== null && hunks.length > 0 ? (
          <button
            type="button"
            className="button button--secondary button--sm"
            onClick={() => write(proposal.dockerfile)}
            data-testid={testIds.convertApplyAll}>
            Apply all
          </button>
        ) : null}
        {history.length > 0 ? (
          <button type="button" className="button button--secondary button--sm" onClick={undo} data-testid={testIds.convertUndo}>
            Undo
          </button>
        ) : null}
      </div>
      <div role="status" className={styles.status}>
        {result?.kind === 'declined' ? <p data-testid={testIds.convertDeclined}>{result.reason}</p> : null}
        {proposal !== null && hunks.length === 0 ? <p>Your Dockerfile now matches the proposal.</p> : null}
      </div>
      {proposal !== null ? (
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
              <HunkView key={`${hunk.oldStart}-${index}`} hunk={hunk} index={index} onApply={() => applyOne(hunk)} />
            ))}
          </ol>
        </>
      ) : null}
    </section>
  );
}
