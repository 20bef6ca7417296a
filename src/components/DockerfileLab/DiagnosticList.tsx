import type {ReactNode} from 'react';
import Link from '@docusaurus/Link';
import type {Diagnostic} from '@site/src/core';
import {testIds} from '../testIds';
import styles from './styles.module.css';

interface DiagnosticListProps {
  diagnostics: readonly Diagnostic[];
  error: string | null;
  onReveal: (line: number) => void;
}

const severityLabel = {error: 'Error', warning: 'Warning', info: 'Note'} as const;

/** What the analysis found, in words, each with its line (a button that jumps there) and an explanation. */
export default function DiagnosticList({diagnostics, error, onReveal}: DiagnosticListProps): ReactNode {
  return (
    <div className={styles.diagnostics} data-testid={testIds.diagnostics}>
      <p className={error ? styles.verdictError : styles.verdictOk} role="status">
        {error ? (
          <>
            BuildKit would refuse this build: <code>{error}</code>
          </>
        ) : (
          'BuildKit would accept this file.'
        )}
      </p>
      {diagnostics.length > 0 ? (
        <ul className={styles.diagnosticList} aria-label="Diagnostics">
          {diagnostics.map((d, i) => (
            <li key={`${d.code}-${d.line}-${i}`} className={styles[`severity-${d.severity}`]} data-code={d.code}>
              <button type="button" className={styles.lineButton} onClick={() => onReveal(d.line)} aria-label={`Go to line ${d.line}`}>
                line {d.line}
              </button>{' '}
              <strong>{severityLabel[d.severity]}</strong> {d.message}{' '}
              {d.url ? (
                <Link to={d.url} className={styles.codeLink}>
                  {d.code}
                </Link>
              ) : (
                <code>{d.code}</code>
              )}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
