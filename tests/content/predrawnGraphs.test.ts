import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {analyseLabText, labChart} from '../../src/components/DockerfileLab/analyseLabText';
import {exampleKey, predrawnPath, predrawnSvgId, textKey} from '../../src/components/StageGraph/predrawn/keys';
import manifest from '../../src/components/StageGraph/predrawn/manifest.json';
import {labExamples} from './predrawnExamples';

const root = path.resolve(__dirname, '../..');
const installedMermaid = (JSON.parse(readFileSync(require.resolve('mermaid/package.json'), 'utf8')) as {version: string}).version;
const redraw = 'run `npm run graphs:draw`';
const charts: Record<string, string> = manifest.charts;
const examples = labExamples();

describe('the predrawn stage graphs (static/graphs/)', () => {
  it('were drawn by the mermaid the site runs', () => {
    expect(manifest.mermaidVersion, redraw).toBe(installedMermaid);
  });

  it.each(examples.map((example) => [example.source, example] as const))('%s: its drawing shows the chart its lab makes today', (_source, example) => {
    const key = exampleKey(example.text, example.target);
    const chart = labChart(analyseLabText(example.text, example.target, example.change ? {changes: [example.change]} : {}), 'buildkit');
    expect(charts[key], `no drawing of this example, or a stale one: ${redraw}`).toBe(textKey(chart));
    for (const mode of ['light', 'dark'] as const) {
      const svg = readFileSync(path.join(root, 'static', predrawnPath(key, mode)), 'utf8');
      expect(svg.startsWith(`<svg id="${predrawnSvgId(key, mode)}" width="`)).toBe(true);
      expect(svg).not.toMatch(/<script|\son[a-z]+=|href="(?!#)/i);
    }
  });

  it('holds no drawing of an example that is gone', () => {
    const wanted = new Set(examples.map((example) => exampleKey(example.text, example.target)));
    expect(Object.keys(charts).filter((key) => !wanted.has(key))).toEqual([]);
    const files = readdirSync(path.join(root, 'static/graphs'));
    expect(files.filter((file) => !wanted.has(file.split('.')[0]!))).toEqual([]);
  });
});
