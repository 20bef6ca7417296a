/**
 * `npm run graphs:draw`: draws the playground example's stage graph with the installed mermaid in Chromium,
 * once per colour mode, and stores the SVG beside the chart it was drawn from. The playground shows it in its
 * first paint instead of waiting about a second for mermaid; tests/core/predrawnGraphs.test.ts fails when the
 * example, the chart or mermaid changed since, naming this command.
 */
import {readFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {chromium} from '@playwright/test';
import {chromiumLaunchOptions} from '../tests/e2e/browser';
import {mermaidConfig, type ColorMode} from '../src/components/lib/mermaid/renderMermaid';
import {predrawnChart, predrawnFile, type PredrawnGraph} from '../src/components/StageGraph/predrawn/chart';

const root = path.resolve(__dirname, '..');
const mermaidScript = require.resolve('mermaid/dist/mermaid.min.js');
const mermaidVersion = (JSON.parse(readFileSync(require.resolve('mermaid/package.json'), 'utf8')) as {version: string}).version;

async function draw(): Promise<void> {
  const example = readFileSync(path.join(root, 'src/examples/node-three-stage.Dockerfile'), 'utf8');
  const chart = predrawnChart(example);
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    const page = await browser.newPage();
    await page.setContent('<!doctype html><html><body></body></html>');
    await page.addScriptTag({path: mermaidScript});
    const svgs: Partial<Record<ColorMode, string>> = {};
    for (const mode of ['light', 'dark'] as const) {
      svgs[mode] = await page.evaluate(
        async ({config, id, text}) => {
          const mermaid = (window as unknown as {mermaid: {initialize: (c: unknown) => void; render: (i: string, t: string) => Promise<{svg: string}>}})
            .mermaid;
          mermaid.initialize(config);
          return (await mermaid.render(id, text)).svg;
        },
        {config: mermaidConfig(mode), id: `stagecraft-predrawn-${mode}`, text: chart},
      );
    }
    const graph: PredrawnGraph = {mermaidVersion, chart, light: svgs.light!, dark: svgs.dark!};
    writeFileSync(path.join(root, predrawnFile), `${JSON.stringify(graph, null, 2)}\n`);
    console.log(`drew ${predrawnFile} with mermaid ${mermaidVersion}`);
  } finally {
    await browser.close();
  }
}

void draw();
