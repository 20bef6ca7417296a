/**
 * `npm run bench:trace`: a Chromium performance trace of /playground's cold load, summarised as where the
 * time to the first drawn graph goes — when each script arrived, how long the main thread spent running it,
 * and the page's own marks. Writes the raw trace to tests/bench/.reference/playground-trace.json (open it
 * in Chromium's Performance panel) and prints the summary. BENCH_BUILD_DIR picks another build folder.
 */
import {mkdirSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {chromium} from '@playwright/test';
import {chromiumLaunchOptions} from '../e2e/browser';
import {startStaticServer} from './staticServer';

const root = path.resolve(__dirname, '../..');
const buildDir = process.env.BENCH_BUILD_DIR ?? path.join(root, 'build');
const port = 4181;
const origin = `http://127.0.0.1:${port}`;
const outDir = path.join(__dirname, '.reference');

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  tid: number;
  pid: number;
  args?: {data?: {url?: string; frame?: string}};
}

interface ResourceTiming {
  name: string;
  start: number;
  end: number;
}

const shortName = (url: string) => url.replace(/^.*\//, '') || url;

/** Main-thread milliseconds per script URL (compile + evaluate + calls into it), from the trace's top-level events. */
function mainThreadByScript(events: TraceEvent[]): Map<string, number> {
  const rendererMain = events.find((e) => e.name === 'thread_name' && (e as unknown as {args: {name: string}}).args.name === 'CrRendererMain');
  const byScript = new Map<string, number>();
  for (const event of events) {
    if (!rendererMain || event.tid !== rendererMain.tid || event.pid !== rendererMain.pid || event.ph !== 'X') continue;
    if (
      !['EvaluateScript', 'v8.compile', 'FunctionCall', 'v8.compileModule', 'EventDispatch', 'TimerFire', 'FireAnimationFrame', 'RunMicrotasks'].includes(
        event.name,
      )
    )
      continue;
    const url = event.args?.data?.url ? shortName(event.args.data.url) : `(${event.name})`;
    byScript.set(url, (byScript.get(url) ?? 0) + (event.dur ?? 0) / 1000);
  }
  return byScript;
}

/** Main-thread milliseconds per kind of work (scripting, style and layout, paint, parse HTML). */
function mainThreadByKind(events: TraceEvent[]): Record<string, number> {
  const kinds: Record<string, string[]> = {
    'script (compile, evaluate, calls)': [
      'EvaluateScript',
      'v8.compile',
      'FunctionCall',
      'v8.compileModule',
      'RunMicrotasks',
      'TimerFire',
      'FireAnimationFrame',
    ],
    'style and layout': ['UpdateLayoutTree', 'Layout', 'RecalculateStyles'],
    'paint and composite': ['Paint', 'PaintImage', 'Layerize', 'UpdateLayer', 'CompositeLayers'],
    'parse HTML and CSS': ['ParseHTML', 'ParseAuthorStyleSheet'],
    'garbage collection': ['MajorGC', 'MinorGC', 'V8.GCFinalizeMC', 'V8.GCScavenger'],
  };
  const totals: Record<string, number> = {};
  for (const [kind, names] of Object.entries(kinds)) {
    totals[kind] = events.filter((e) => e.ph === 'X' && names.includes(e.name)).reduce((sum, e) => sum + (e.dur ?? 0) / 1000, 0);
  }
  return totals;
}

async function main(): Promise<void> {
  const server = await startStaticServer(buildDir, port);
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    const page = await (await browser.newContext()).newPage();
    await browser.startTracing(page, {
      categories: ['devtools.timeline', 'v8.execute', 'blink.user_timing', 'loading', 'disabled-by-default-devtools.timeline'],
    });
    await page.goto(`${origin}/playground`);
    await page.waitForFunction(() => performance.getEntriesByName('stagecraft:graph-drawn').length > 0, undefined, {timeout: 60_000});
    const trace = await browser.stopTracing();
    mkdirSync(outDir, {recursive: true});
    writeFileSync(path.join(outDir, 'playground-trace.json'), trace);
    // A string, not a function: tsx would wrap inner arrow functions in a helper the page lacks.
    const timeline = (await page.evaluate(`(() => ({
      resources: performance.getEntriesByType('resource').filter((r) => r.name.endsWith('.js')).map((r) => ({name: r.name, start: r.startTime, end: r.responseEnd})),
      marks: performance.getEntriesByType('mark').map((m) => ({name: m.name, at: m.startTime})),
      domContentLoaded: performance.getEntriesByType('navigation')[0].domContentLoadedEventEnd,
      load: performance.getEntriesByType('navigation')[0].loadEventEnd,
    }))()`)) as {resources: ResourceTiming[]; marks: {name: string; at: number}[]; domContentLoaded: number; load: number};
    const events = (JSON.parse(trace.toString('utf8')) as {traceEvents: TraceEvent[]}).traceEvents;
    const byScript = mainThreadByScript(events);
    console.log(`/playground cold load — DOMContentLoaded ${timeline.domContentLoaded.toFixed(0)} ms, load ${timeline.load.toFixed(0)} ms`);
    console.log('\nscripts: requested → arrived (ms after navigation), main-thread ms spent in them');
    for (const r of timeline.resources) {
      console.log(
        `  ${shortName(r.name).padEnd(28)} ${r.start.toFixed(0).padStart(5)} → ${r.end.toFixed(0).padStart(5)}   ${(byScript.get(shortName(r.name)) ?? 0).toFixed(0).padStart(5)} ms`,
      );
    }
    console.log('\nmarks:');
    for (const m of timeline.marks) console.log(`  ${m.name.padEnd(28)} ${m.at.toFixed(0).padStart(5)} ms`);
    console.log('\nmain thread by kind of work, whole trace:');
    for (const [kind, ms] of Object.entries(mainThreadByKind(events))) console.log(`  ${kind.padEnd(34)} ${ms.toFixed(0).padStart(5)} ms`);
  } finally {
    await browser.close();
    server.close();
  }
}

main().catch((error: unknown) => {
  console.error(`bench:trace failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
