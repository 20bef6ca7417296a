import {useState, type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import {applyHunk, convertDockerfile, proposalHunks, type ConvertResult, type ProposalHunk} from '@site/src/core';
import {testIds} from '../testIds';
import ProposalView from './ProposalView';
import styles from './styles.module.css';

export interface ConvertPanelProps {
  /** The editor's text as last analysed (re-renders the hunks as it changes). */
  text: string;
  /** The editor's text right now. */
  getText: () => string;
  setText: (text: string) => void;
}

/** The same hunk among freshly computed ones (the text may have changed since the list was drawn). */
function sameHunk(a: ProposalHunk, b: ProposalHunk): boolean {
  return a.oldStart === b.oldStart && a.added.join('\n') === b.added.join('\n') && a.removed.join('\n') === b.removed.join('\n');
}

/**
 * The panel's state: the proposal (fixed once suggested, so the hunks are always "from the text now to the
 * proposal") and the texts this panel replaced, for Undo. Each change goes through the lab, which writes it
 * into Monaco as an edit, so Ctrl+Z in the editor undoes it too.
 */
function useConversion({getText, setText}: Pick<ConvertPanelProps, 'getText' | 'setText'>) {
  const [result, setResult] = useState<ConvertResult | null>(null);
  const [history, setHistory] = useState<string[]>([]);
  const write = (next: string) => {
    const current = getText();
    if (next === current) return;
    setHistory((past) => [...past, current]);
    setText(next);
  };
  return {
    result,
    canUndo: history.length > 0,
    suggest: () => {
      setResult(convertDockerfile(getText(), {today: new Date()}));
      setHistory([]);
    },
    applyAll: () => (result?.kind === 'proposal' ? write(result.dockerfile) : undefined),
    applyOne: (hunk: ProposalHunk) => {
      if (result?.kind !== 'proposal') return;
      const current = getText();
      const fresh = proposalHunks(current, result.dockerfile, result.sections).find((candidate) => sameHunk(candidate, hunk));
      if (fresh !== undefined) write(applyHunk(current, fresh));
    },
    undo: () => {
      const previous = history.at(-1);
      if (previous === undefined) return;
      setHistory((past) => past.slice(0, -1));
      setText(previous);
    },
  };
}

/** "Suggest a multi-stage version": the engine's verified proposal as hunks against the editor's text. */
export default function ConvertPanel(props: ConvertPanelProps): ReactNode {
  const conversion = useConversion(props);
  const {result} = conversion;
  const proposal = result?.kind === 'proposal' ? result : null;
  const hunks = proposal === null ? [] : proposalHunks(props.text, proposal.dockerfile, proposal.sections);
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
        <button type="button" className="button button--primary button--sm" onClick={conversion.suggest} data-testid={testIds.convertSuggest}>
          Suggest a multi-stage version
        </button>
        {hunks.length > 0 ? (
          <button type="button" className="button button--secondary button--sm" onClick={conversion.applyAll} data-testid={testIds.convertApplyAll}>
            Apply all
          </button>
        ) : null}
        {conversion.canUndo ? (
          <button type="button" className="button button--secondary button--sm" onClick={conversion.undo} data-testid={testIds.convertUndo}>
            Undo
          </button>
        ) : null}
      </div>
      <div role="status" className={styles.status}>
        {result?.kind === 'declined' ? <p data-testid={testIds.convertDeclined}>{result.reason}</p> : null}
        {proposal !== null && hunks.length === 0 ? <p>Your Dockerfile now matches the proposal.</p> : null}
      </div>
      {proposal !== null ? <ProposalView proposal={proposal} hunks={hunks} onApply={conversion.applyOne} /> : null}
    </section>
  );
}
