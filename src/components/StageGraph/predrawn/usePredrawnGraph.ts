import {useEffect, useMemo, useState} from 'react';
import useBaseUrl from '@docusaurus/useBaseUrl';
import manifest from './manifest.json';
import {predrawnPath, textKey, type ColorMode} from './keys';

const drawnCharts: Readonly<Record<string, string>> = manifest.charts;

export interface PredrawnGraph {
  /** False while the lab shows the example it opened on and a drawing of that very chart exists. */
  mermaidNeeded: boolean;
  /** The drawing as SVG markup once fetched (for the colour mode), else null. */
  svg: string | null;
  /** The drawing's URL, to show as an image until its markup arrives; null when there is no drawing. */
  imageUrl: string | null;
}

/**
 * The drawing of the lab's example (static/graphs/, by `npm run graphs:draw`), used while the chart is still the
 * one it shows: the page's skeleton already showed it as an image, so the fetch is answered from the HTTP cache.
 * The markup is fetched so the graph stays interactive (nodes to click and mark) as a mermaid drawing is.
 */
export function usePredrawnGraph(predrawnKey: string | undefined, chart: string, colorMode: ColorMode): PredrawnGraph {
  const matches = useMemo(() => predrawnKey !== undefined && drawnCharts[predrawnKey] === textKey(chart), [predrawnKey, chart]);
  const [startedOnDrawing] = useState(matches);
  const [left, setLeft] = useState(!startedOnDrawing);
  if (!left && !matches) setLeft(true);
  const url = useBaseUrl(predrawnPath(predrawnKey ?? '', colorMode));
  const [fetched, setFetched] = useState<Partial<Record<ColorMode, string>>>({});

  useEffect(() => {
    if (!startedOnDrawing || fetched[colorMode] !== undefined) return undefined;
    let cancelled = false;
    fetch(url)
      .then((response) => (response.ok ? response.text() : null))
      .then(
        (text) => {
          if (!cancelled && text?.startsWith('<svg ')) setFetched((previous) => ({...previous, [colorMode]: text}));
        },
        // Offline without the file, or a flaky network: mermaid draws the graph instead, from the next edit.
        () => undefined,
      );
    return () => {
      cancelled = true;
    };
  }, [startedOnDrawing, url, colorMode, fetched]);

  return {
    mermaidNeeded: left,
    svg: startedOnDrawing ? (fetched[colorMode] ?? null) : null,
    imageUrl: startedOnDrawing ? url : null,
  };
}
