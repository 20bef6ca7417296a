import {useRef, type ReactNode} from 'react';
import OriginalMermaid from '@theme-original/Mermaid';
import type MermaidType from '@theme/Mermaid';
import {useInView} from '@site/src/components/lib/useInView';
import styles from './styles.module.css';

type Props = Parameters<typeof MermaidType>[0];

/**
 * Diagrams in chapters render when the reader gets near them: mermaid is a large library and drawing is
 * costly, so a page whose diagram sits further down does not pay for it while loading.
 */
export default function Mermaid(props: Props): ReactNode {
  const ref = useRef<HTMLDivElement | null>(null);
  const near = useInView(ref, '400px');
  return (
    <div ref={ref} className={near ? undefined : styles.pending} data-mermaid-slot="">
      {near ? <OriginalMermaid {...props} /> : <span className={styles.label}>Diagram</span>}
    </div>
  );
}
