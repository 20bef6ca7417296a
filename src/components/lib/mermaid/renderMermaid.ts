/**
 * The site's only door to mermaid: the lab's stage graph and the chapters' ```mermaid diagrams both draw
 * through here. mermaid is one global object whose configuration every render reads, so it is loaded once
 * (lazily, when the first diagram nears the screen), configured again only when the colour mode changes,
 * and asked for one render at a time, so two graphs on a page never interleave a configure and a render.
 */
import type {MermaidConfig} from 'mermaid';
import {createSerialQueue} from './serialQueue';

export type ColorMode = 'light' | 'dark';

/** The two calls this module makes (unit tests pass a stand-in). */
export interface MermaidLibrary {
  initialize: (config: MermaidConfig) => void;
  render: (id: string, text: string) => Promise<{svg: string}>;
}

export interface MermaidRenderer {
  /** Starts loading mermaid (once), ahead of the first render. */
  load: () => Promise<MermaidLibrary>;
  /**
   * Draws a diagram as SVG markup, after every render queued before it. When `stillWanted` says no by the
   * time its turn comes (the text changed again while it waited), it is skipped and resolves to null, so
   * fast typing never queues up drawings nobody will see.
   */
  render: (text: string, mode: ColorMode, stillWanted?: () => boolean) => Promise<string | null>;
  /**
   * Loads mermaid and draws `text` once, throwing the drawing away: mermaid's first render in a page is several
   * times slower than the next (its code is compiled then), so a lab calls this when the reader reaches for the
   * code, and the first keystroke's redraw runs at the speed of every later one. Once per page.
   */
  warm: (text: string, mode: ColorMode) => void;
}

/**
 * One configuration for every diagram. `strict` stops scripts and click handlers; SVG text labels
 * (no htmlLabels) keep user text out of HTML, and toMermaid entity-escapes every label on top of that.
 * dagre is pinned: mermaid 12 defaults to ELK, a much larger and slower layout. Image nodes (rounded) are drawn
 * with rough.js, whose curve control points are random unless seeded: the seed makes each chart's drawing the
 * same every time (the shapes look the same either way), so a predrawn graph and mermaid's redraw are identical.
 */
export function mermaidConfig(mode: ColorMode): MermaidConfig {
  return {
    startOnLoad: false,
    securityLevel: 'strict',
    theme: mode === 'dark' ? 'dark' : 'neutral',
    fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
    layout: 'dagre',
    handDrawnSeed: 1,
    flowchart: {htmlLabels: false, useMaxWidth: true},
  };
}

/** On a failed render mermaid leaves its scratch elements in <body>. */
function removeScratchElements(id: string): void {
  if (typeof document === 'undefined') return;
  document.getElementById(id)?.remove();
  document.getElementById(`d${id}`)?.remove();
}

export function createMermaidRenderer(loadLibrary: () => Promise<MermaidLibrary>): MermaidRenderer {
  let library: Promise<MermaidLibrary> | null = null;
  let configuredFor: ColorMode | null = null;
  let renders = 0;
  const enqueue = createSerialQueue();

  const load = (): Promise<MermaidLibrary> => {
    // A failed download (a flaky network) is tried again by the next render rather than remembered.
    library ??= loadLibrary().catch((error: unknown) => {
      library = null;
      throw error;
    });
    return library;
  };

  const draw = async (text: string, mode: ColorMode, stillWanted: () => boolean): Promise<string | null> => {
    const mermaid = await load();
    if (!stillWanted()) return null;
    if (configuredFor !== mode) {
      mermaid.initialize(mermaidConfig(mode));
      configuredFor = mode;
    }
    const id = `stagecraft-mermaid-${++renders}`;
    try {
      return (await mermaid.render(id, text)).svg;
    } finally {
      removeScratchElements(id);
    }
  };

  let warmed = false;
  const warm = (text: string, mode: ColorMode): void => {
    if (warmed) return;
    warmed = true;
    // A failed warm-up costs nothing: the next real render loads and draws again, and reports its own failure.
    enqueue(() => draw(text, mode, () => true)).catch(() => undefined);
  };

  return {load, warm, render: (text, mode, stillWanted = () => true) => enqueue(() => draw(text, mode, stillWanted))};
}

/**
 * mermaid, fetched together with the flowchart diagram and the dagre layout it would otherwise import one
 * after the other on the first render (every diagram on the site is a flowchart; see src/plugins/bundling.ts).
 */
async function loadMermaidWithFlowchart(): Promise<MermaidLibrary> {
  const [mermaid] = await Promise.all([import('mermaid'), import('stagecraft-mermaid-flowchart'), import('stagecraft-mermaid-dagre')]);
  return mermaid.default;
}

const renderer = createMermaidRenderer(loadMermaidWithFlowchart);

export const warmMermaid = renderer.warm;
export const renderMermaid = renderer.render;
