import type {ReactNode} from 'react';
import {formatBytes} from '@site/src/core';
import type {BreakdownPart} from '@site/src/core';
import {testIds} from '../testIds';
import {originLabel} from './origins';
import styles from './styles.module.css';

interface BreakdownTableProps {
  parts: readonly BreakdownPart[];
  caption: string;
  onRevealLine: (line: number) => void;
}

function sizeOf(part: BreakdownPart): string {
  if (part.bytes === null) return 'unknown';
  const more = part.unknownItems > 0 ? ` + ${part.unknownItems} unknown` : '';
  return `≈ ${formatBytes(part.bytes)}${more}`;
}

/** The breakdown as a table: the bar's text alternative, and its legend (the swatch is the segment's colour). */
export default function BreakdownTable({parts, caption, onRevealLine}: BreakdownTableProps): ReactNode {
  return (
    <table className={styles.table} data-testid={testIds.breakdownTable}>
      <caption className={styles.caption}>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Origin</th>
          <th scope="col">What</th>
          <th scope="col">Size</th>
          <th scope="col">Line</th>
        </tr>
      </thead>
      <tbody>
        {parts.map((part) => (
          <tr key={`${part.origin}-${part.line}-${part.stage}-${part.image}`} data-origin={part.origin}>
            <td>
              <span className={`${styles.swatch} ${styles[part.origin]}`} aria-hidden="true" />
              {originLabel[part.origin]}
            </td>
            <td className={styles.what}>{part.label}</td>
            <td className={styles.number}>{sizeOf(part)}</td>
            <td>
              <button type="button" className="sc-link-button" onClick={() => onRevealLine(part.line)} aria-label={`Show line ${part.line} in the editor`}>
                {part.line}
              </button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
