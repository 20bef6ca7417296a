import {analyze, toMermaid} from '../../../core';

/** A stage graph drawn ahead of time by `npm run graphs:draw`, with the chart and mermaid version it was drawn from. */
export interface PredrawnGraph {
  mermaidVersion: string;
  chart: string;
  light: string;
  dark: string;
}

export const predrawnFile = 'src/components/StageGraph/predrawn/playground.json';

/** The chart the lab draws for an example as it first opens: no target, build inputs or saved edits. */
export function predrawnChart(example: string): string {
  return toMermaid(analyze(example), {builder: 'buildkit'});
}
