import type {ReactNode} from 'react';
import {useMermaidDiagram} from '@site/src/components/lib/mermaid/useMermaidDiagram';
import PendingDiagram from './PendingDiagram';
import styles from './styles.module.css';

/** The diagram drawn by mermaid: the placeholder until the first drawing, then the SVG; and why a drawing failed. */
export default function MermaidDrawing({value}: {value: string}): ReactNode {
  const {svg, failure} = useMermaidDiagram(value, true);
  const failed =
    failure !== null ? (
      <p className={styles.failure} role="status">
        This diagram could not be drawn: {failure}
      </p>
    ) : null;
  if (svg === null) return <PendingDiagram>{failed}</PendingDiagram>;
  return (
    <>
      <div
        className={`docusaurus-mermaid-container ${styles.container}`}
        // Authored text, drawn by mermaid at securityLevel "strict" (sanitised).
        dangerouslySetInnerHTML={{__html: svg}}
      />
      {failed}
    </>
  );
}
