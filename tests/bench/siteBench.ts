/**
 * `npm run bench:site`: the built site and a bare Docusaurus site of the same version (tests/bench/referenceSite.ts),
 * served the same way (a gzip static server) and measured in the same run, side by side: JavaScript run, load
 * time, first drawn graph, keystroke-to-graph, Lighthouse mobile. Figures, not assertions. Measurements of the
 * two sites alternate, so a machine that slows down mid-run slows both.
 *
 * Sections are independent: each returns its rows, and `sections` lists them in print order.
 */
import {spawnSync} from 'node:child_process';
import {existsSync, readFileSync} from 'node:fs';
import {loadavg} from 'node:os';
import path from 'node:path';
import {chromium, type Browser} from '@playwright/test';
import {chromiumLaunchOptions} from '../e2e/browser';
import {sitemapPaths} from '../e2e/sitemap';
import {formatComparisonTable, median, type ComparisonRow} from './comparisonTable';
import {coldLoadMs, firstGraphMs, keystrokeToFrameMs, lighthouseMobile, pageJsKb, waitForGraph, type LighthouseFigures} from './pageMeasures';
import {ensureReferenceSite, referenceDocsRoute} from './referenceSite';
import {startStaticServer} from './staticServer';
import {embedUrl} from '../../src/components/Embed/embedSnippet';
import {defaultSimulation} from '../../src/core/plan/simulationInputs';

const root = path.resolve(__dirname, '../..');
const buildDir = process.env.BENCH_BUILD_DIR ?? path.join(root, 'build');
const ports = {ours: 4180, reference: 4182};

export interface BenchContext {
  browser: Browser;
  /** Origin serving the site's build. */
  ours: string;
  /** Origin serving the bare reference site's build. */
  reference: string;
  runs: number;
  lighthouseRuns: number;
  /** Lines printed under the table (checks that are counts, not comparisons). */
  notes: string[];
}

export type BenchSection = (context: BenchContext) => Promise<ComparisonRow[]>;

const cheatSheet = '/tutorial/cheat-sheet';

/** The cheat sheet and every page of the diagnostics reference (from the build's sitemap): the longest reading pages. */
function readingPages(): string[] {
  const reference = sitemapPaths(buildDir).filter((route) => route === '/reference/diagnostics' || route.startsWith('/reference/diagnostics/'));
  return [cheatSheet, ...reference.sort()];
}
const editorChapter = '/tutorial/first-multi-stage-build';

async function javaScriptRows({browser, ours, reference}: BenchContext): Promise<ComparisonRow[]> {
  const bare = await pageJsKb(browser, reference + referenceDocsRoute);
  const rows: ComparisonRow[] = [];
  for (const route of readingPages()) {
    rows.push({
      measure: `JS run (gzip), reading page ${route}`,
      ours: await pageJsKb(browser, ours + route),
      reference: bare,
      unit: 'KB',
      budget: {kind: 'ratio', max: 1.05},
    });
  }
  rows.push({
    measure: `JS run (gzip), chapter with editors ${editorChapter}`,
    ours: await pageJsKb(browser, ours + editorChapter),
    reference: bare,
    unit: 'KB',
  });
  rows.push({
    measure: 'JS run (gzip), /playground until the graph is drawn',
    ours: await pageJsKb(browser, `${ours}/playground`, {waitForGraph: true}),
    reference: bare,
    unit: 'KB',
  });
  return rows;
}

async function loadRows({browser, ours, reference, runs}: BenchContext): Promise<ComparisonRow[]> {
  const bare: number[] = [];
  const reading: number[] = [];
  const firstGraph: number[] = [];
  for (let i = 0; i < runs; i++) {
    bare.push(await coldLoadMs(browser, reference + referenceDocsRoute));
    reading.push(await coldLoadMs(browser, ours + cheatSheet));
    firstGraph.push(await firstGraphMs(browser, `${ours}/playground`));
  }
  return [
    {measure: `load event, reading page ${cheatSheet} (cold, median of ${runs})`, ours: median(reading), reference: median(bare), unit: 'ms'},
    {
      measure: `first drawn graph, /playground (cold, median of ${runs}), against the bare page's load event`,
      ours: median(firstGraph),
      reference: median(bare),
      unit: 'ms',
      budget: {kind: 'ratio', max: 1.5},
    },
  ];
}

interface KeystrokeFigures {
  /** Keystroke to redrawn graph for each key typed, in order: the first is the page's first edit. */
  totalMs: number[];
  redrawsForUnchanged: number;
}

/** A reader's pause between clicking into the code and the first key, and between two keys while typing a word. */
const pauseBeforeTypingMs = 1000;
const pauseBetweenKeysMs = 150;
/** The bench models a person's pace here; it waits for no condition (each figure does, below). */
const readerPause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Keystrokes on the playground as a reader types them: a click into the code, a pause, then keys at a typing pace,
 * each renaming the runtime stage (a changed graph); then one edit that changes no stage. Each key waits for the
 * previous key's graph, so every figure is one keystroke's own latency.
 */
async function playgroundKeystrokes(browser: Browser, origin: string, keys: number): Promise<KeystrokeFigures> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${origin}/playground`);
  await page.waitForFunction(`document.querySelector('[data-testid="dockerfile-editor"]')?.getAttribute('data-ready') === 'true'`, undefined, {
    timeout: 60_000,
  });
  await waitForGraph(page);
  await page.evaluate(`document.addEventListener('keydown', () => (window.lastKey = performance.now()), true)`);
  const renders = async () => Number(await page.getAttribute('[data-testid="stage-graph"]', 'data-render-count'));
  const totalMs: number[] = [];
  await page.locator('.view-line', {hasText: 'AS runtime'}).click();
  await page.keyboard.press('End');
  await readerPause(pauseBeforeTypingMs);
  for (let i = 0; i < keys; i++) {
    if (i > 0) await readerPause(pauseBetweenKeysMs);
    const before = await renders();
    await page.keyboard.type('x');
    await page.waitForFunction(`Number(document.querySelector('[data-testid="stage-graph"]').getAttribute('data-render-count')) > ${before}`);
    totalMs.push((await page.evaluate(`performance.getEntriesByName('stagecraft:graph-drawn').at(-1).startTime - window.lastKey`)) as number);
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
  return {totalMs, redrawsForUnchanged};
}

async function keystrokeRows({browser, ours, reference, runs, notes}: BenchContext): Promise<ComparisonRow[]> {
  const typed = runs * 4;
  const keys = await playgroundKeystrokes(browser, ours, typed);
  const frame = await keystrokeToFrameMs(browser, reference + referenceDocsRoute, runs);
  notes.push(`graph redraws for an edit that leaves the stages alone: ${keys.redrawsForUnchanged} (budget 0)`);
  notes.push(`keystroke to redrawn graph, each of the ${typed} keys in order (ms): ${keys.totalMs.map((ms) => Math.round(ms)).join(' ')}`);
  const frameMs = median(frame);
  const referenceNote = 'keystroke to next frame in a plain text field';
  return [
    {
      measure: `keystroke to redrawn graph, /playground, typing ${typed} keys that change the graph, ${pauseBetweenKeysMs} ms apart (median)`,
      ours: median(keys.totalMs),
      reference: frameMs,
      referenceNote,
      unit: 'ms',
      budget: {kind: 'absolute', max: 100},
    },
    {
      measure: 'keystroke to redrawn graph, /playground, the first key, 1 s after clicking into the code',
      ours: keys.totalMs[0]!,
      reference: frameMs,
      referenceNote,
      unit: 'ms',
    },
  ];
}

async function lighthouseRows(context: BenchContext): Promise<ComparisonRow[]> {
  const {ours, reference, lighthouseRuns} = context;
  const pages = [
    {label: `reading page ${cheatSheet}`, url: ours + cheatSheet, points: undefined, tbtRatio: undefined},
    {label: `chapter with editors ${editorChapter}`, url: ours + editorChapter, points: 2, tbtRatio: 1.1},
    {label: '/playground', url: `${ours}/playground`, points: 5, tbtRatio: undefined},
  ];
  const bare: LighthouseFigures[] = [];
  const figures = pages.map((): LighthouseFigures[] => []);
  for (let i = 0; i < lighthouseRuns; i++) {
    bare.push(await lighthouseMobile(reference + referenceDocsRoute));
    for (const [index, {url}] of pages.entries()) figures[index]!.push(await lighthouseMobile(url));
  }
  const pick = (list: LighthouseFigures[], key: keyof LighthouseFigures) => median(list.map((f) => f[key]));
  // Every run, not only the medians: one Lighthouse run moves by several points and by half its blocking time.
  const runsOf = (list: LighthouseFigures[]) => list.map((f) => `${Math.round(f.performance)}/${Math.round(f.tbt)} ms`).join(', ');
  context.notes.push(`Lighthouse runs (performance/total blocking time, in run order): bare ${runsOf(bare)}`);
  for (const [index, {label}] of pages.entries()) context.notes.push(`  ${label}: ${runsOf(figures[index]!)}`);
  return pages.flatMap(({label, points, tbtRatio}, index): ComparisonRow[] => [
    {
      measure: `Lighthouse mobile performance, ${label} (median of ${lighthouseRuns})`,
      ours: pick(figures[index]!, 'performance'),
      reference: pick(bare, 'performance'),
      unit: 'points',
      budget: points === undefined ? undefined : {kind: 'pointsBelow', max: points},
    },
    {
      measure: `Lighthouse mobile total blocking time, ${label}`,
      ours: pick(figures[index]!, 'tbt'),
      reference: pick(bare, 'tbt'),
      unit: 'ms',
      budget: tbtRatio === undefined ? undefined : {kind: 'ratio', max: tbtRatio},
    },
  ]);
}

/** The embed page (the playground's example in its fragment): JS it runs and its first drawn graph, against the bare page. */
async function embedRows({browser, ours, reference, runs}: BenchContext): Promise<ComparisonRow[]> {
  const code = readFileSync(path.join(root, 'src/examples/node-three-stage.Dockerfile'), 'utf8');
  const route = embedUrl('', {code, target: null, simulation: defaultSimulation});
  const bareJs = await pageJsKb(browser, reference + referenceDocsRoute);
  const embedJs = await pageJsKb(browser, ours + route, {waitForGraph: true});
  const bare: number[] = [];
  const firstGraph: number[] = [];
  for (let i = 0; i < runs; i++) {
    bare.push(await coldLoadMs(browser, reference + referenceDocsRoute));
    firstGraph.push(await firstGraphMs(browser, ours + route));
  }
  return [
    {measure: 'JS run (gzip), /embed until the graph is drawn', ours: embedJs, reference: bareJs, unit: 'KB'},
    {
      measure: `first drawn graph, /embed (cold, median of ${runs}), against the bare page's load event`,
      ours: median(firstGraph),
      reference: median(bare),
      unit: 'ms',
    },
  ];
}

export const sections: BenchSection[] = [javaScriptRows, loadRows, embedRows, keystrokeRows, lighthouseRows];

const loadAverage = () =>
  loadavg()
    .map((value) => value.toFixed(2))
    .join(', ');

async function main(): Promise<void> {
  if (!existsSync(path.join(buildDir, 'index.html'))) {
    console.log('No build found: running docusaurus build first.');
    spawnSync('npx', ['docusaurus', 'build'], {cwd: root, stdio: 'inherit'});
  }
  const referenceBuild = ensureReferenceSite();
  const servers = [await startStaticServer(buildDir, ports.ours), await startStaticServer(referenceBuild, ports.reference)];
  const browser = await chromium.launch(chromiumLaunchOptions());
  const context: BenchContext = {
    browser,
    ours: `http://127.0.0.1:${ports.ours}`,
    reference: `http://127.0.0.1:${ports.reference}`,
    runs: Number(process.env.BENCH_RUNS ?? 5),
    lighthouseRuns: Number(process.env.LH_RUNS ?? 5),
    notes: [],
  };
  try {
    console.log(
      `Stagecraft site benchmark against a bare Docusaurus site (${referenceDocsRoute}), same run — Chromium ${browser.version()}, Node ${process.version}`,
    );
    console.log(`${new Date().toISOString()}, load average at the start ${loadAverage()}`);
    const rows: ComparisonRow[] = [];
    for (const section of sections) {
      const started = Date.now();
      rows.push(...(await section(context)));
      // Progress on stderr: a full run takes minutes on a busy machine.
      console.error(`${section.name}: done in ${((Date.now() - started) / 1000).toFixed(0)} s (load average ${loadAverage()})`);
    }
    console.log('');
    console.log(formatComparisonTable(rows));
    console.log('');
    for (const note of context.notes) console.log(note);
    console.log(`load average at the end ${loadAverage()}`);
  } finally {
    await browser.close();
    for (const server of servers) server.close();
  }
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(`bench:site failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  });
}
