/**
 * The only place mermaid is loaded (lazily, on first use). Renders are serialised: mermaid keeps global
 * state, and two renders at once can interfere.
 */
type Mermaid = typeof import('mermaid').default;

let mermaidPromise: Promise<Mermaid> | null = null;
let queue: Promise<unknown> = Promise.resolve();
let counter = 0;

/** Starts loading mermaid (once); the lab calls this as soon as it mounts, before the first render. */
export function loadMermaid(): Promise<Mermaid> {
  mermaidPromise ??= import('mermaid').then((module) => module.default);
  return mermaidPromise;
}

export function renderMermaid(chart: string, dark: boolean): Promise<string> {
  const run = async (): Promise<string> => {
    const mermaid = await loadMermaid();
    // Every time: mermaid is a singleton that the chapters' diagrams configure too.
    mermaid.initialize({
      startOnLoad: false,
      securityLevel: 'strict',
      theme: dark ? 'dark' : 'neutral',
      fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
      layout: 'dagre',
      flowchart: {htmlLabels: false, useMaxWidth: true},
    });
    const id = `stagecraft-graph-${++counter}`;
    try {
      const {svg} = await mermaid.render(id, chart);
      return svg;
    } finally {
      // On a failed render mermaid leaves its scratch element in <body>.
      document.getElementById(id)?.remove();
      document.getElementById(`d${id}`)?.remove();
    }
  };
  const result = queue.then(run, run);
  queue = result.catch(() => undefined);
  return result;
}
