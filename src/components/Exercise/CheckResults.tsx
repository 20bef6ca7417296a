import type {ReactNode} from 'react';
import type {CheckResult} from '@site/src/core';
import type {CheckGroup} from '@site/src/exercises/groupChecks';
import {testIds} from '../testIds';
import styles from './styles.module.css';

interface CheckResultsProps {
  groups: readonly CheckGroup[];
  /** The check to fix first (marked "start here"), or null. */
  first: CheckGroup | null;
  onRevealLine: (line: number) => void;
}

function resultClass(check: CheckResult): string | undefined {
  return check.passed ? styles.resultPass : check.required ? styles.resultFail : styles.resultAdvice;
}

function Badge({check}: {check: CheckResult}): ReactNode {
  return (
    <>
      <span className={styles.resultBadge}>{check.passed ? '✓ pass' : check.required ? '✗ fail' : '! tip'}</span>
      <span className={styles.resultKind}>{check.required ? 'required' : 'advice'}</span>
    </>
  );
}

function LineButton({line, onRevealLine}: {line: number | null; onRevealLine: (line: number) => void}): ReactNode {
  if (line === null) return null;
  return (
    <>
      {' '}
      <button type="button" className="sc-link-button" onClick={() => onRevealLine(line)}>
        Go to line {line}
      </button>
    </>
  );
}

const hooks = (check: CheckResult) => ({
  'data-testid': testIds.checkResult(check.id),
  'data-status': check.passed ? 'pass' : 'fail',
  'data-required': String(check.required),
});

/** The failures a root explains: each check on its own row, and the message they share once under them. */
function Dependents({group, onRevealLine}: {group: CheckGroup; onRevealLine: (line: number) => void}): ReactNode {
  return (
    <div className={styles.dependents}>
      <p className={styles.dependentsTitle}>Also fails because of this:</p>
      {group.dependents.map((dependent) => (
        <div key={dependent.checks[0]!.id} className={styles.dependentGroup}>
          <ul className={styles.dependentList}>
            {dependent.checks.map((check) => (
              <li key={check.id} {...hooks(check)} data-because={check.because ?? undefined} className={resultClass(check)}>
                <Badge check={check} />
                <span className={styles.checkName}>
                  <code>{check.id}</code>
                </span>
              </li>
            ))}
          </ul>
          <p className={styles.dependentMessage}>
            {dependent.message}
            {dependent.checks.length === 1 ? <LineButton line={dependent.checks[0]!.line} onRevealLine={onRevealLine} /> : null}
          </p>
        </div>
      ))}
    </div>
  );
}

/**
 * Every check's result, each failure that explains others leading with the ones it explains folded
 * under it, so the learner sees one cause once, and where to start.
 */
export default function CheckResults({groups, first, onRevealLine}: CheckResultsProps): ReactNode {
  return (
    <ul className={styles.results} aria-label="Check results">
      {groups.map((group) => {
        const {check} = group;
        return (
          <li key={check.id} {...hooks(check)} data-first={group === first ? 'true' : undefined} className={resultClass(check)}>
            <Badge check={check} />
            <span className={styles.checkName}>
              <code>{check.id}</code>
              {group === first ? <span className={styles.startHere}>start here</span> : null}
            </span>
            <span className={styles.resultMessage}>
              {check.message}
              <LineButton line={check.line} onRevealLine={onRevealLine} />
            </span>
            {group.dependents.length > 0 ? <Dependents group={group} onRevealLine={onRevealLine} /> : null}
          </li>
        );
      })}
    </ul>
  );
}
