/**
 * The site's bundle caches mermaid's getConfig (src/plugins/mermaidConfigCacheLoader.cjs). That is only safe
 * while no code mermaid runs for our diagrams writes to its copy of the configuration, so this draws every chart
 * the site draws (each lab example for each of its stages as the target, under both builders the graph marks, and the chapters'
 * mermaid blocks), in both colour modes, with mermaid as published and with the cached getConfig, and requires
 * the same SVG from both.
 */
import {readFileSync} from 'node:fs';
import {test, expect} from '@playwright/test';
import {analyseLabText, labChart} from '../../src/components/DockerfileLab/analyseLabText';
import {mermaidConfig} from '../../src/components/lib/mermaid/renderMermaid';
import {readDocs} from '../content/docs';
import {labExamples} from '../content/predrawnExamples';

// eslint-disable-next-line @typescript-eslint/no-require-imports -- the loader is CommonJS, as webpack loaders are.
const {cacheMermaidGetConfig} = require('../../src/plugins/mermaidConfigCacheLoader.cjs') as {cacheMermaidGetConfig: (source: string) => string};

const builders = ['buildkit', 'legacy'] as const;

/** One chart of each shape the labs draw (charts that differ only in their labels' text run the same code). */
function labCharts(): string[] {
  const byShape = new Map<string, string>();
  for (const example of labExamples()) {
    const inputs = example.change ? {changes: [example.change]} : {};
    const stages = analyseLabText(example.text, null, inputs).stages.map((stage) => stage.name ?? String(stage.index));
    for (const target of [null, ...stages]) {
      for (const builder of builders) {
        const chart = labChart(analyseLabText(example.text, target, inputs), builder);
        const shape = chart.replace(/"[^"]*"/g, '""');
        if (!byShape.has(shape)) byShape.set(shape, chart);
      }
    }
  }
  return [...byShape.values()];
}

function chapterCharts(): string[] {
  return readDocs().flatMap((doc) => [...doc.text.matchAll(/^```mermaid\n([\s\S]*?)^```$/gm)].map((match) => match[1]!));
}

test('mermaid with the cached getConfig draws every chart of the site exactly as mermaid as published does', async ({page}) => {
  test.setTimeout(180_000);
  const charts = [...labCharts(), ...chapterCharts()];
  expect(charts.length).toBeGreaterThan(60);
  const published = readFileSync(require.resolve('mermaid/dist/mermaid.js'), 'utf8');
  const drawAll = async (library: string): Promise<string[]> => {
    await page.setContent('<!doctype html><html><body></body></html>');
    await page.addScriptTag({content: library});
    return page.evaluate(
      async ({charts, configs}) => {
        type Mermaid = {initialize: (c: unknown) => void; render: (i: string, t: string) => Promise<{svg: string}>};
        const mermaid = (window as unknown as {mermaid: Mermaid}).mermaid;
        const drawn: string[] = [];
        for (const config of configs) {
          mermaid.initialize(config);
          for (const [index, chart] of charts.entries()) drawn.push((await mermaid.render(`chart-${index}`, chart)).svg);
        }
        return drawn;
      },
      {charts, configs: [mermaidConfig('light'), mermaidConfig('dark')]},
    );
  };
  const asPublished = await drawAll(published);
  const cached = await drawAll(cacheMermaidGetConfig(published));
  expect(cached).toHaveLength(charts.length * 2);
  for (const [index, svg] of cached.entries()) expect(svg, charts[index % charts.length]).toBe(asPublished[index]);
});

test('the loader refuses a mermaid whose getConfig it does not recognise', () => {
  expect(() => cacheMermaidGetConfig('var getConfig = () => ({});')).toThrow(/no longer reads/);
});
