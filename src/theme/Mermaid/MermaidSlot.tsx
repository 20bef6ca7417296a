import {lazy, Suspense, useRef, type ReactNode} from 'react';
import type {Props} from '@theme/Mermaid';
import {useInView} from '@site/src/components/lib/useInView';
import PendingDiagram from './PendingDiagram';

// Fetched with the first diagram a reader gets near: most pages have none, and need not load the drawing code.
const MermaidDrawing = lazy(() => import('./MermaidDrawing'));

/**
 * A diagram's place on the page: it is drawn when the reader gets near it. Mermaid is a large library and
 * drawing is costly, so a page whose diagram sits further down does not pay for it while loading.
 */
export default function MermaidSlot({value}: Props): ReactNode {
  const ref = useRef<HTMLDivElement | null>(null);
  const near = useInView(ref, '400px');
  return (
    <div ref={ref} data-mermaid-slot="">
      {near ? (
        <Suspense fallback={<PendingDiagram />}>
          <MermaidDrawing value={value} />
        </Suspense>
      ) : (
        <PendingDiagram />
      )}
    </div>
  );
}
