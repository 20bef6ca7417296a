import {useLayoutEffect, useState} from 'react';
import {useColorMode} from '@docusaurus/theme-common';
import {renderMermaid} from './renderMermaid';

export interface MermaidDiagram {
  /** The last diagram drawn, or null before the first. */
  svg: string | null;
  /** Why the latest text could not be drawn (the last good diagram stays), or null. */
  failure: string | null;
  /** How many times a diagram was drawn (tests check that unchanged text is not drawn again). */
  renders: number;
}

/** Draws `text` with mermaid in the current colour mode once `enabled`, again whenever either changes. */
export function useMermaidDiagram(text: string, enabled: boolean): MermaidDiagram {
  const {colorMode} = useColorMode();
  const [diagram, setDiagram] = useState<MermaidDiagram>({svg: null, failure: null, renders: 0});

  // A layout effect: the drawing starts as soon as the new chart is committed, before the browser paints and before
  // React renders the lab's deferred panels, so a keystroke's redraw waits for neither.
  useLayoutEffect(() => {
    if (!enabled) return undefined;
    let cancelled = false;
    renderMermaid(text, colorMode, () => !cancelled).then(
      (svg) => {
        if (!cancelled && svg !== null) setDiagram((previous) => ({svg, failure: null, renders: previous.renders + 1}));
      },
      (error: unknown) => {
        const failure = error instanceof Error ? (error.message.split('\n')[0] ?? '') : 'unknown error';
        if (!cancelled) setDiagram((previous) => ({...previous, failure}));
      },
    );
    return () => {
      cancelled = true;
    };
  }, [text, colorMode, enabled]);

  return diagram;
}
