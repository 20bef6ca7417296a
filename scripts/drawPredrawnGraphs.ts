/**
 * `npm run graphs:draw`: draws the stage graph of every example a lab opens on (the playground's, each exercise's start file and each
 * <DockerfilePlayground> in docs/) with the installed mermaid in Chromium, once per colour mode, into
 * static/graphs/, and records in manifest.json which chart each drawing shows. Pages show these drawings at
 * once instead of waiting for mermaid; tests/content/predrawnGraphs.test.ts fails when one is missing or stale.
 */
import {mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {chromium, type Page} from '@playwright/test';
import {chromiumLaunchOptions} from '../tests/e2e/browser';
import {labExamples} from '../tests/content/predrawnExamples';
import {analyseLabText, labChart} from '../src/components/DockerfileLab/analyseLabText';
import {mermaidConfig} from '../src/components/lib/mermaid/renderMermaid';
import {exampleKey, predrawnPath, predrawnSvgId, textKey, type ColorMode} from '../src/components/StageGraph/predrawn/keys';

const root = path.resolve(__dirname, '..');
const outDir = path.join(root, 'static/graphs');
const manifestFile = path.join(root, 'src/components/StageGraph/predrawn/manifest.json');
const mermaidVersion = (JSON.parse(readFileSync(require.resolve('mermaid/package.json'), 'utf8')) as {version: string}).version;

/**
 * mermaid's SVG sizes itself to its container (width="100%" and a max-width); as a file shown in an <img> it
 * needs its own size, which is its viewBox's.
 */
function withIntrinsicSize(svg: string): string {
  const viewBox = /viewBox="[\d.-]+ [\d.-]+ ([\d.]+) ([\d.]+)"/.exec(svg);
  if (!viewBox) throw new Error('mermaid drew an SVG without a viewBox');
  return svg.replace(/^<svg ([^>]*?)width="100%"([^>]*?) style="max-width: [\d.]+px;"/, `<svg $1width="${viewBox[1]}" height="${viewBox[2]}"$2`);
}

/**
 * Draws a chart and returns it as markup that reads the same as XML (a file shown in an <img>) and as HTML (the
 * lab puts it in the page): mermaid writes HTML labels (`<br>`) that XML refuses, and XML's `<span/>` would
 * stay open in HTML, so the SVG is serialised as XML with every empty element closed explicitly, then checked
 * by parsing it both ways.
 */
async function drawOne(page: Page, chart: string, id: string, mode: ColorMode): Promise<string> {
  return page.evaluate(
    async ({config, id, text}) => {
      type Mermaid = {initialize: (c: unknown) => void; render: (i: string, t: string) => Promise<{svg: string}>};
      const mermaid = (window as unknown as {mermaid: Mermaid}).mermaid;
      mermaid.initialize(config);
      const drawn = (await mermaid.render(id, text)).svg;
      const svg = new DOMParser().parseFromString(drawn, 'text/html').querySelector('svg')!;
      const markup = new XMLSerializer().serializeToString(svg).replace(/<(?!br\b)([a-zA-Z][\w:-]*)([^<>]*?)\/>/g, '<$1$2></$1>');
      const asXml = new DOMParser().parseFromString(markup, 'image/svg+xml');
      if (asXml.querySelector('parsererror')) throw new Error(`${id}: not well-formed XML`);
      const asHtml = new DOMParser().parseFromString(markup, 'text/html').querySelector('svg')!;
      if (asHtml.querySelectorAll('*').length !== asXml.documentElement.querySelectorAll('*').length) throw new Error(`${id}: reads differently as HTML`);
      return markup;
    },
    {config: mermaidConfig(mode), id, text: chart},
  );
}

async function draw(): Promise<void> {
  const charts = new Map<string, string>();
  for (const example of labExamples()) {
    const analysis = analyseLabText(example.text, example.target, example.change ? {changes: [example.change]} : {});
    charts.set(exampleKey(example.text, example.target), labChart(analysis, 'buildkit'));
  }
  rmSync(outDir, {recursive: true, force: true});
  mkdirSync(outDir, {recursive: true});
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    const page = await browser.newPage();
    await page.setContent('<!doctype html><html><body></body></html>');
    await page.addScriptTag({path: require.resolve('mermaid/dist/mermaid.min.js')});
    for (const [key, chart] of charts) {
      for (const mode of ['light', 'dark'] as const) {
        const svg = withIntrinsicSize(await drawOne(page, chart, predrawnSvgId(key, mode), mode));
        writeFileSync(path.join(outDir, predrawnPath(key, mode).split('/').pop()!), `${svg}\n`);
      }
    }
  } finally {
    await browser.close();
  }
  const manifest = {mermaidVersion, charts: Object.fromEntries([...charts].map(([key, chart]) => [key, textKey(chart)]))};
  writeFileSync(manifestFile, `${JSON.stringify(manifest, null, 2)}\n`);
  console.log(
    `drew ${charts.size} graphs (playground, exercises, docs labs) in two colour modes into static/graphs/ with mermaid ${mermaidVersion} (${readdirSync(outDir).length} files)`,
  );
}

void draw();
