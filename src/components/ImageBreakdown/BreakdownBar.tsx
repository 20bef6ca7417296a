import type {ReactNode} from 'react';
import {formatBytes} from '@site/src/core';
import type {BreakdownPart} from '@site/src/core';
import {testIds} from '../testIds';
import {originLabel} from './origins';
import styles from './styles.module.css';

interface BreakdownBarProps {
  parts: readonly BreakdownPart[];
  onRevealLine: (line: number) => void;
}

/**
 * The stage's known bytes as one stacked bar, a segment per part, in the table's order. Each segment is a
 * button that shows its line in the editor; parts of unknown size have no segment (the table lists them).
 */
export default function BreakdownBar({parts, onRevealLine}: BreakdownBarProps): ReactNode {
  const sized = parts.filter((part) => part.bytes !== null && part.bytes > 0);
  const total = sized.reduce((sum, part) => sum + part.bytes!, 0);
  if (total === 0) return null;
  return (
    <div className={styles.bar} role="group" aria-label="Bytes by origin: each part shows its line in the editor" data-testid={testIds.breakdownBar}>
      {sized.map((part) => {
        const share = (100 * part.bytes!) / total;
        const name = `${originLabel[part.origin]}: ${part.label}, ≈ ${formatBytes(part.bytes!)} (${Math.round(share)}%), line ${part.line}`;
        return (
          <button
            key={`${part.origin}-${part.line}-${part.stage}-${part.image}`}
            type="button"
            className={`${styles.segment} ${styles[part.origin]}`}
            style={{flexGrow: part.bytes!, minWidth: share < 1 ? '6px' : undefined}}
            aria-label={name}
            title={name}
            data-origin={part.origin}
            onClick={() => onRevealLine(part.line)}
          />
        );
      })}
    </div>
  );
}
