import type {ReactNode} from 'react';
import Link from '@docusaurus/Link';
import type {WasteFinding} from '@site/src/core';
import {testIds} from '../testIds';
import styles from './styles.module.css';

interface WasteListProps {
  waste: readonly WasteFinding[];
  efficiency: number | null;
  onRevealLine: (line: number) => void;
}

/** Waste in the final image found before the build, each with its line and fix, and the efficiency figure. */
export default function WasteList({waste, efficiency, onRevealLine}: WasteListProps): ReactNode {
  return (
    <div data-testid={testIds.wasteList}>
      <h4 className={styles.subheading}>Waste found before the build</h4>
      <p className={styles.efficiency}>
        Efficiency: {efficiency === null ? 'unknown (the final size is unknown)' : `${(efficiency * 100).toFixed(1)}%`}{' '}
        <span className={styles.muted}>
          (1 − wasted ÷ total bytes of every layer, from this estimate: <Link to="/reference/engine#efficiency">how it is computed</Link>)
        </span>
      </p>
      {waste.length === 0 ? (
        <p className={styles.muted}>Nothing found.</p>
      ) : (
        <ul className={styles.waste}>
          {waste.map((finding) => (
            <li key={`${finding.kind}-${finding.line}-${finding.message}`} data-kind={finding.kind}>
              {finding.message}{' '}
              <button type="button" className="sc-link-button" onClick={() => onRevealLine(finding.line)}>
                Line {finding.line}
              </button>
              <br />
              <span className={styles.fix}>Fix: {finding.fix}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
