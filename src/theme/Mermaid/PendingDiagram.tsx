import type {ReactNode} from 'react';
import styles from './styles.module.css';

/** The diagram's place, kept at its size until mermaid has drawn it, so the page does not jump. */
export default function PendingDiagram({children}: {children?: ReactNode}): ReactNode {
  return <div className={styles.pending}>{children ?? <span className={styles.label}>Diagram</span>}</div>;
}
