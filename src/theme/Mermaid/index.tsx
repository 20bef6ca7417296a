import {useRef, type ReactNode} from 'react';
import type {Props} from '@theme/Mermaid';
import {useMermaidDiagram} from '@site/src/components/lib/mermaid/useMermaidDiagram';
import {useInView} from '@site/src/components/lib/useInView';
import styles from './styles.module.css';

/**
 * A ```mermaid diagram in a chapter (this replaces the theme's component, so that chapters and the lab
 * share one mermaid). It is drawn when the reader gets near it: mermaid is a large library and drawing is
 * costly, so a page whose diagram sits further down does not pay for it while loading.
 */
export default function Mermaid({value}: Props): ReactNode {
  const ref = useRef<HTMLDivElement | null>(null);
  const near = useInView(ref, '400px');
  const {svg, failure} = useMermaidDiagram(value, near);
  return (
    <div ref={ref} className={svg === null ? styles.pending : undefined} data-mermaid-slot="">
      {svg !== null ? (
        <div
          className={`docusaurus-mermaid-container ${styles.container}`}
          // Authored text, drawn by mermaid at securityLevel "strict" (sanitised).
          dangerouslySetInnerHTML={{__html: svg}}
        />
      ) : null}
      {svg === null && failure === null ? <span className={styles.label}>Diagram</span> : null}
      {failure !== null ? (
        <p className={styles.failure} role="status">
          This diagram could not be drawn: {failure}
        </p>
      ) : null}
    </div>
  );
}
