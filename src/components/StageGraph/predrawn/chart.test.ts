import {readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {predrawnChart, predrawnFile, type PredrawnGraph} from './chart';

const root = path.resolve(__dirname, '../../../..');
const stored = JSON.parse(readFileSync(path.join(root, predrawnFile), 'utf8')) as PredrawnGraph;
const example = readFileSync(path.join(root, 'src/examples/node-three-stage.Dockerfile'), 'utf8');
const installedMermaid = (JSON.parse(readFileSync(require.resolve('mermaid/package.json'), 'utf8')) as {version: string}).version;
const redraw = 'the example, the chart or mermaid changed since the graph was predrawn: run `npm run graphs:draw`';

describe('the playground’s predrawn graph', () => {
  it('was drawn from the chart the lab makes of the example today', () => {
    expect(stored.chart, redraw).toBe(predrawnChart(example));
  });

  it('was drawn by the mermaid the site runs', () => {
    expect(stored.mermaidVersion, redraw).toBe(installedMermaid);
  });

  it('holds one drawing per colour mode, each with its own SVG id and a node per stage', () => {
    for (const mode of ['light', 'dark'] as const) {
      expect(stored[mode]).toMatch(new RegExp(`^<svg id="stagecraft-predrawn-${mode}"`));
      expect(stored[mode].match(/<g class="node [^"]*" id="[^"]*flowchart-s\d+-/g)).toHaveLength(3);
      expect(stored[mode]).not.toMatch(/<script|on[a-z]+=/i);
    }
  });
});
