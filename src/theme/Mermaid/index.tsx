import {lazy, Suspense, type ReactNode} from 'react';
import type {Props} from '@theme/Mermaid';
import PendingDiagram from './PendingDiagram';

// Every docs page carries the MDX components, and only four have a diagram: the slot's code (when to draw, and
// the drawing itself) comes with the first diagram. The server renders the slot in full, and hydration waits
// for this chunk while keeping the server's HTML.
const MermaidSlot = lazy(() => import('./MermaidSlot'));

/**
 * A ```mermaid diagram in a chapter (this replaces the theme's component, so that chapters and the lab share
 * one mermaid).
 */
export default function Mermaid(props: Props): ReactNode {
  return (
    <Suspense fallback={<PendingDiagram />}>
      <MermaidSlot {...props} />
    </Suspense>
  );
}
