/**
 * `npm run bench:site`: the built site measured in headless Chromium behind a gzip static server —
 * JavaScript transferred, time to the first drawn graph, keystroke-to-graph latency, and Lighthouse
 * (mobile and desktop) for a reading page and a chapter page with an editor. Figures, not assertions.
 */
import {execFile, spawnSync} from 'node:child_process';
import {promisify} from 'node:util';
import {existsSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {chromium, type Browser, type Page} from '@playwright/test';
import {chromiumFlags, chromiumLaunchOptions, systemChromiumPath} from '../e2e/browser';
import {startStaticServer} from './staticServer';
import {embedUrl} from '../../src/components/Embed/embedSnippet';

const root = path.resolve(__dirname, '../..');
const buildDir = path.join(root, 'build');
const port = 4180;
const origin = `http://127.0.0.1:${port}`;
const runs = Number(process.env.BENCH_RUNS ?? 5);
const lighthouseRuns = Number(process.env.LH_RUNS ?? 3);
const readingPage = '/tutorial/cheat-sheet';
const editorPage = '/tutorial/first-multi-stage-build';

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/** Gzip bytes of JS the page runs, and of JS it only prefetches for other routes. */
async function transferredJs(browser: Browser, route: string, waitForGraph: boolean): Promise<{run: number; prefetched: number}> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const sizes: Promise<{script: boolean; bytes: number}>[] = [];
  page.on('requestfinished', (request) => {
    if (!new URL(request.url()).pathname.endsWith('.js')) return;
    const script = request.resourceType() === 'script';
    sizes.push(request.sizes().then((s) => ({script, bytes: s.responseBodySize})));
  });
  await page.goto(origin + route);
  if (waitForGraph) await waitForGraph_(page);
  await page.waitForLoadState('networkidle');
  const all = await Promise.all(sizes);
  await context.close();
  const sum = (list: typeof all) => list.reduce((total, s) => total + s.bytes, 0);
  return {run: sum(all.filter((s) => s.script)), prefetched: sum(all.filter((s) => !s.script))};
}

async function waitForGraph_(page: Page): Promise<void> {
  await page.waitForFunction(
    () =>
      document.querySelector('[data-testid="stage-graph"]')?.getAttribute('data-stage-count') !== '0' &&
      document.querySelector('[data-testid="stage-graph"] svg') !== null,
    undefined,
    {timeout: 30_000},
  );
}

async function firstGraphMs(browser: Browser): Promise<number> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${origin}/playground`);
  await waitForGraph_(page);
  const drawn = await page.evaluate(() => performance.getEntriesByName('stagecraft:graph-drawn')[0]?.startTime ?? Number.NaN);
  await context.close();
  return drawn;
}

/** The embed page's rows: JS it runs, and navigation to its first drawn graph (the playground's example in the fragment). */
async function embedRows(browser: Browser, kb: (bytes: number) => string): Promise<string[]> {
  const code = readFileSync(path.join(root, 'src/examples/node-three-stage.Dockerfile'), 'utf8');
  const route = embedUrl('', {code, target: null});
  const js = await transferredJs(browser, route, true);
  const firsts: number[] = [];
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(origin + route);
    await waitForGraph_(page);
    firsts.push(await page.evaluate(() => performance.getEntriesByName('stagecraft:graph-drawn')[0]?.startTime ?? Number.NaN));
    await context.close();
  }
  return [
    `| JS transferred (gzip), /embed until the graph is drawn and the network is idle | ${kb(js.run)} run + ${kb(js.prefetched)} prefetched | no Monaco (e2e test) |`,
    `| navigation to first drawn graph, /embed (cold cache) | ${median(firsts).toFixed(0)} ms | — |`,
  ];
}

interface Keystroke {
  totalMs: number;
  workMs: number;
}

async function keystrokeToGraph(browser: Browser): Promise<{changed: Keystroke[]; redrawsForUnchanged: number}> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${origin}/playground`);
  await page.waitForFunction(() => document.querySelector('[data-testid="dockerfile-editor"]')?.getAttribute('data-ready') === 'true', undefined, {
    timeout: 30_000,
  });
  await waitForGraph_(page);
  await page.evaluate(() => {
    document.addEventListener('keydown', () => ((window as unknown as {lastKey: number}).lastKey = performance.now()), true);
  });
  const renders = () => page.evaluate(() => Number(document.querySelector('[data-testid="stage-graph"]')!.getAttribute('data-render-count')));
  const changed: Keystroke[] = [];
  await page.locator('.view-line', {hasText: 'AS runtime'}).click();
  await page.keyboard.press('End');
  for (let i = 0; i < runs; i++) {
    const before = await renders();
    await page.keyboard.type('x');
    await page.waitForFunction((n) => Number(document.querySelector('[data-testid="stage-graph"]')!.getAttribute('data-render-count')) > n, before);
    // A string, not a function: tsx would wrap inner arrow functions in a helper the page lacks.
    changed.push(
      await page.evaluate(`(() => {
        const drawn = performance.getEntriesByName('stagecraft:graph-drawn').at(-1).startTime;
        const analysed = performance.getEntriesByName('stagecraft:analysis-start').at(-1).startTime;
        return {totalMs: drawn - window.lastKey, workMs: drawn - analysed};
      })()`),
    );
  }
  const before = await renders();
  await page.locator('.view-line', {hasText: 'npm run build'}).click();
  await page.keyboard.press('End');
  await page.keyboard.type(' --quiet');
  await page.keyboard.press('Enter');
  await page.keyboard.insertText('# the stages stay as they are');
  // Analysed once the runtime stage (line 11) has moved down a line in the stage list.
  await page.waitForFunction(`document.querySelector('[data-testid="stage-list"]').textContent.includes('line 12')`);
  // Then one edit that does change the graph: renders run in order, so once it is drawn, any redraw the
  // first edit caused has been counted too.
  await page.keyboard.press('Enter');
  await page.keyboard.insertText('FROM alpine:3.24 AS extra');
  await page.waitForFunction(`[...document.querySelectorAll('[data-testid="stage-graph"] g.node')].some((node) => /extra/.test(node.textContent))`);
  const redrawsForUnchanged = (await renders()) - before - 1;
  await context.close();
  return {changed, redrawsForUnchanged};
}

/**
 * Runs the Lighthouse CLI in its own Node process (under tsx, functions Lighthouse sends to the page would
 * carry a helper the page lacks), with the same Chromium and flags as the tests.
 */
async function lighthouseScores(url: string, preset: 'mobile' | 'desktop'): Promise<{performance: number; accessibility: number; tbt: number; lcp: number}> {
  const args = [
    path.join(root, 'node_modules/lighthouse/cli/index.js'),
    url,
    '--output=json',
    '--output-path=stdout',
    '--quiet',
    '--only-categories=performance,accessibility',
    `--chrome-flags=--headless=new ${chromiumFlags.join(' ')}`,
    ...(preset === 'desktop' ? ['--preset=desktop'] : []),
  ];
  const chromePath = systemChromiumPath() ?? chromium.executablePath();
  // Asynchronous: the static server answering Lighthouse runs in this very process.
  const {stdout} = await promisify(execFile)(process.execPath, args, {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    env: {...process.env, CHROME_PATH: chromePath},
  });
  const lhr = JSON.parse(stdout) as {
    categories: Record<string, {score: number | null}>;
    audits: Record<string, {numericValue?: number}>;
  };
  return {
    performance: Math.round((lhr.categories.performance?.score ?? 0) * 100),
    accessibility: Math.round((lhr.categories.accessibility?.score ?? 0) * 100),
    tbt: Math.round(lhr.audits['total-blocking-time']?.numericValue ?? 0),
    lcp: Math.round(lhr.audits['largest-contentful-paint']?.numericValue ?? 0),
  };
}

async function main(): Promise<void> {
  if (!existsSync(path.join(buildDir, 'index.html'))) {
    console.log('No build found: running docusaurus build first.');
    spawnSync('npx', ['docusaurus', 'build'], {cwd: root, stdio: 'inherit'});
  }
  const server = await startStaticServer(buildDir, port);
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
    console.log(`Stagecraft site benchmark — Chromium ${browser.version()}, Node ${process.version}, gzip static server, median of ${runs} runs unless noted`);
    console.log('');
    console.log('| measure | figure | budget |');
    console.log('| --- | ---: | --- |');
    const reading = await transferredJs(browser, readingPage, false);
    const playground = await transferredJs(browser, '/playground', true);
    console.log(
      `| JS transferred (gzip), docs page without an editor (${readingPage}) | ${kb(reading.run)} run + ${kb(reading.prefetched)} prefetched for other pages | ≤ 200 KB run; no Monaco or mermaid (e2e test) |`,
    );
    console.log(
      `| JS transferred (gzip), /playground until the graph is drawn and the network is idle | ${kb(playground.run)} run + ${kb(playground.prefetched)} prefetched | — |`,
    );
    const firsts: number[] = [];
    for (let i = 0; i < runs; i++) firsts.push(await firstGraphMs(browser));
    console.log(`| navigation to first drawn graph, /playground (cold cache) | ${median(firsts).toFixed(0)} ms | ≤ 1000 ms |`);
    for (const row of await embedRows(browser, kb)) console.log(row);
    const keys = await keystrokeToGraph(browser);
    console.log(
      `| keystroke to redrawn graph, edit that changes the graph (incl. the 150 ms debounce) | ${median(keys.changed.map((k) => k.totalMs)).toFixed(0)} ms | — |`,
    );
    console.log(`| of which analysis + mermaid render + DOM, after the debounce | ${median(keys.changed.map((k) => k.workMs)).toFixed(1)} ms | ≤ 50 ms |`);
    console.log(`| graph redraws for an edit that leaves the stages alone | ${keys.redrawsForUnchanged} | 0 |`);
    for (const [label, route] of [
      ['reading page', readingPage],
      ['chapter with editors', editorPage],
    ] as const) {
      for (const preset of ['mobile', 'desktop'] as const) {
        const scores: Awaited<ReturnType<typeof lighthouseScores>>[] = [];
        for (let i = 0; i < lighthouseRuns; i++) scores.push(await lighthouseScores(origin + route, preset));
        const pick = (key: keyof (typeof scores)[number]): number => median(scores.map((s) => s[key]));
        console.log(
          `| Lighthouse ${preset}, ${label} (${route}), median of ${lighthouseRuns} | performance ${pick('performance')}, accessibility ${pick('accessibility')} (TBT ${pick('tbt')} ms, LCP ${pick('lcp')} ms) | ${label === 'chapter with editors' && preset === 'mobile' ? '≥ 90' : '—'} |`,
        );
      }
    }
  } finally {
    await browser.close();
    server.close();
  }
}

main().catch((error: unknown) => {
  console.error(`bench:site failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
